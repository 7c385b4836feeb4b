//! Session 33: rules found by reading reports written for this session and shown to no rule
//! before (an agency's Management Board minutes, a Dutch Council report copied from a
//! government publication site, a trade union's briefing on a Council meeting, a Dutch letter
//! whose item numbers `pdftotext` set on lines of their own): a note in brackets after a name
//! stays in its apposition, a board named with its owner names that owner, a briefing's
//! headline names the meeting, its place and its day, and a site's navigation and a contact
//! block are no sections.

use expect_test::expect;
use report_core::{analyze_text, Config};

mod actor_rows;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use metadata_rows::head;
use outline_text::outline_text;
use statement_rows::statements_in;

/// The minutes of an agency's board: a role, a name with a note in brackets, and a verb.
const MINUTES: &str = "Minutes of the 71st meeting of the Management Board\n\
    of the European Maritime Safety Agency\nheld in Lisbon on 19 and 20 November 2026\n\n\
    Adopted by written procedure on 3 December 2026\n\n\
    1. Opening of the meeting\n\n\
    The Chair of the Management Board, Ms Sigrid Aalvik (Norway), opened the meeting and \
    welcomed the new members from Croatia and Malta.\n\n\
    2. Report of the Executive Director\n\n\
    The Executive Director, Mr Rui Teixeira Lobo, presented his report on the activities of \
    the Agency since the last meeting.\n\n\
    The representative of the Commission, Mr Thomas Becker (DG MOVE), welcomed the report \
    and underlined the Agency's role in the implementation of the directive.\n\n\
    3. Budget 2027\n\n\
    The Management Board adopted the budget 2027 unanimously. The Board thanked the staff of \
    the Agency.\n";

#[test]
fn a_note_in_brackets_after_a_name_stays_in_its_apposition() {
    let report = analyze_text(MINUTES, &Config::default());
    // Before, the bracket ended the apposition: Becker had no role and no statement, and
    // Aalvik's role was a second actor beside her.
    expect![[r#"
        Rui Teixeira Lobo | Executive Director | org:emsa
        Sigrid Aalvik | Chair of the Management Board | country:no
        Thomas Becker | representative of the Commission | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&report));
    expect![[r#"
        [
            "person:thomas-becker welcomed Support",
            "person:thomas-becker underlined Neutral",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "DG MOVE"));
    // The alias is the name, without the note.
    let becker = report
        .actors
        .iter()
        .find(|a| a.id == "person:thomas-becker")
        .expect("Becker");
    assert_eq!(becker.aliases, ["Mr Thomas Becker"]);
}

#[test]
fn a_board_named_with_its_owner_names_the_owner_too() {
    let report = analyze_text(MINUTES, &Config::default());
    // `the Management Board` alone is the board the title named with its agency, and the
    // agency is an actor: `the Agency` is its, and so is its Executive Director.
    expect![[r#"
        org:emsa | EMSA | - | 4
        org:emsa-management-board | Management Board | org:emsa | 4
    "#]]
    .assert_eq(&actor_rows::rows_of(&report, &["org:emsa"]));
    assert!(!report.actors.iter().any(|a| a.id == "org:management-board"));
}

#[test]
fn an_adoption_stamp_under_the_title_is_no_section() {
    let report = analyze_text(MINUTES, &Config::default());
    expect![[r#"
        0 [1] Opening of the meeting
        1 [2] Report of the Executive Director
        2 [3] Budget 2027
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn dutch_and_union_titles_name_their_people() {
    use report_core::Stance::*;
    statement_rows::check(&[
        (
            "De speciaal vertegenwoordiger, Peter Sørensen, gaf een toelichting op de stand \
             van de dialoog tussen Servië en Kosovo.",
            &[("person:peter-sorensen", "gaf toelichting", Neutral)],
        ),
        (
            "ETUC Confederal Secretary Lena Bergström said that ministers had chosen the \
             weakest possible text.",
            &[("person:lena-bergstrom", "said", Neutral)],
        ),
    ]);
    let rows = actor_rows::actors(
        "De vertegenwoordiger van de Commissie, Anna Berg, gaf een toelichting op het \
         voorstel van de Commissie.",
        "person:",
    );
    assert_eq!(
        rows,
        [(
            "person:anna-berg".to_string(),
            Some("vertegenwoordiger van de Commissie".to_string()),
            Some("org:european-commission".to_string())
        )]
    );
    let rows = actor_rows::actors(
        "ETUC Confederal Secretary Lena Bergström said that ministers had chosen the weakest \
         possible text.",
        "person:",
    );
    assert_eq!(rows[0].1.as_deref(), Some("Confederal Secretary"));
}

/// A trade union's briefing on a Council meeting, ending on its press contact.
const BRIEFING: &str = "ETUC BRIEFING\n\n\
    EPSCO Council, Brussels, 1 December 2026: what happened and what it means for workers\n\n\
    Published 2 December 2026\n\n\
    Summary\n\n\
    Employment and social affairs ministers met in Brussels on 1 December under the Danish \
    Presidency. The Council reached a general approach on the Traineeships Directive.\n\n\
    1. Traineeships Directive: general approach\n\n\
    Spain, Portugal and Belgium supported a stronger text. Germany and Austria warned against \
    new burdens for small businesses.\n\n\
    Contact\n\
    Jan Vermeulen\n\
    Press officer\n\
    press@example.org\n";

#[test]
fn a_briefings_headline_names_the_meeting_its_place_and_its_day() {
    let report = analyze_text(BRIEFING, &Config::default());
    // Before: `ETUC BRIEFING` of no kind, with no date and no place.
    expect![[r#"MeetingReport | Some("EPSCO Council, Brussels, 1 December 2026: what happened and what it means for workers") | Some("2026-12-02") | ["2026-12-01"] | Some("Brussels")"#]]
        .assert_eq(&head(&report));
}

#[test]
fn a_contact_block_with_an_e_mail_address_is_no_section() {
    let report = analyze_text(BRIEFING, &Config::default());
    expect![[r#"
        0 [-] Summary
        1 [1] Traineeships Directive: general approach
    "#]]
    .assert_eq(&outline_text(&report));
    assert!(
        !report.text.contains("press@example.org"),
        "{}",
        report.text
    );
    // Without the address it may be a section of the report: it stays.
    let plain = BRIEFING.replace("press@example.org\n", "");
    let report = analyze_text(&plain, &Config::default());
    assert!(report.text.contains("Press officer"), "{}", report.text);
}

/// A Dutch report's page from a publication site: a skip link, the report, its footer.
const SITE_PAGE: &str = "Kamerstuk 21501-02, nr. 3215 | Overheid.nl > Officiële bekendmakingen\n\
    Ga direct naar de inhoud\nZoeken\n\n\
    Tweede Kamer der Staten-Generaal\nVergaderjaar 2026-2027\n\n\
    21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\n\n\
    Nr. 3215 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n\
    Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
    Den Haag, 24 november 2026\n\n\
    Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 17 november 2026.\n\n\
    De Minister van Buitenlandse Zaken,\nD.J. Hoekstra-Verbeek\n\n\
    VERSLAG RAAD BUITENLANDSE ZAKEN VAN 17 NOVEMBER 2026\n\n\
    Oekraïne\n\n\
    De Hoge Vertegenwoordiger, Kaja Kallas, benadrukte dat de EU Oekraïne zal blijven \
    steunen. Hongarije en Slowakije bleven voorbehoud maken.\n\n\
    Diversen\n\n\
    Onder diversen informeerde Litouwen de Raad over hybride dreigingen vanuit Belarus.\n\n\
    Vastgesteld 24 november 2026\n\n\
    Help\nContact\nOver deze site\nPrivacy\nCookies\nToegankelijkheid\nSitemap\n";

#[test]
fn a_publication_sites_footer_is_no_section() {
    let report = analyze_text(SITE_PAGE, &Config::default());
    // Before: `Help`, `Contact`, `Over deze site` and `Privacy` were sections.
    expect![[r#"
        0 [-] Oekraïne
        1 [-] Diversen
    "#]]
    .assert_eq(&outline_text(&report));
    for chrome in ["Sitemap", "Over deze site", "Ga direct naar de inhoud"] {
        assert!(!report.text.contains(chrome), "{chrome} in {}", report.text);
    }
}

/// A letter from `pdftotext` with each item's number on a line of its own, and a footnote
/// after the signature.
const NUMBERS_APART: &str = "Datum 8 december 2026\n\
    Betreft Verslag van de Energieraad van 2 december 2026\n\n\
    Geachte Voorzitter,\n\n\
    Hierbij stuur ik u het verslag van de formele Energieraad die op 2 december 2026 in \
    Brussel plaatsvond.\n\n\
    1.\nVerordening interne markt voor waterstof\n\
    Het voorzitterschap presenteerde de stand van zaken van de onderhandelingen. Nederland \
    steunde de inzet van het voorzitterschap.\n\n\
    2.\nLeveringszekerheid gas\n\
    De Commissie gaf een overzicht van de vulgraad van de gasopslagen1. Duitsland pleitte voor \
    gezamenlijke inkoop.\n\n\
    3.\nDiversen\n\
    Litouwen vroeg aandacht voor de synchronisatie van de elektriciteitsnetten.\n\n\
    De Minister van Klimaat en Groene Groei,\n\nS.T.M. Hermans-Vloedbeld\n\n\
    1 Op 1 november 2026 waren de gasopslagen in de EU voor 94% gevuld.\n";

#[test]
fn an_items_number_on_its_own_line_numbers_the_heading_under_it() {
    let report = analyze_text(NUMBERS_APART, &Config::default());
    // Before: the footnote after the signature was taken for the report the letter carries,
    // and no item was a section.
    expect![[r#"
        0 [1] Verordening interne markt voor waterstof
        1 [2] Leveringszekerheid gas
        2 [3] Diversen
    "#]]
    .assert_eq(&outline_text(&report));
    expect![[r#"
        [
            "country:de pleitte Support",
        ]
    "#]]
    .assert_debug_eq(&statements_in(&report, "gezamenlijke inkoop"));
}

/// An agency's annual report in Markdown, its board in a table with a column of countries.
const BOARD_TABLE: &str = "# European Agency for Rail Interoperability — Annual Report 2026\n\n\
    ## 2. Governance\n\n\
    | Role | Name | Member state |\n\
    |------|------|--------------|\n\
    | Chair | Mr Jean-Luc Moreau | France |\n\
    | Deputy Chair | Ms Agnieszka Wróbel | Poland |\n\n\
    The Management Board met four times. The Chair, Mr Jean-Luc Moreau, stressed the need \
    for stable funding.\n";

#[test]
fn a_members_table_gives_the_country_its_column_names() {
    let report = analyze_text(BOARD_TABLE, &Config::default());
    // Before: no affiliation, and the role cell `Deputy Chair` was a role of its own.
    expect![[r#"
        Jean-Luc Moreau | Chair | country:fr
        Agnieszka Wróbel | Deputy Chair | country:pl
    "#]]
    .assert_eq(&actor_rows::people(&report));
    assert!(
        !report.actors.iter().any(|a| a.id.starts_with("role:")),
        "{:?}",
        report.actors
    );
}
