//! Outlines of small invented reports in layouts the older fixtures do not have, as
//! `expect-test` snapshots (`UPDATE_EXPECT=1` refreshes them): one section a line,
//! `id [number] title`, indented by level.

use expect_test::{expect, Expect};
use report_core::{analyze, analyze_text, Config};

mod outline_text;
use outline_text::outline_text;
mod fixture_file;

fn check(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn letter_fields_set_off_by_a_space_are_no_sections() {
    check(
        "Verslag van de Raad Concurrentievermogen van 2 juni 2028\n\n\
         Datum 9 juni 2028\n\
         Betreft Verslag Raad Concurrentievermogen\n\
         Ons kenmerk BZ-2028/114\n\n\
         1. Ruimtevaartbeleid\n\
         De Commissie gaf een toelichting op het voorstel.\n\n\
         2. Diversen\n\
         Geen bijzonderheden.\n",
        expect![[r#"
            0 [1] Ruimtevaartbeleid
            1 [2] Diversen
        "#]],
    );
}

#[test]
fn a_heading_that_starts_with_date_is_still_a_heading() {
    check(
        "Annual report of the board\n\n\
         Date of entry into force\n\n\
         The rules apply from 1 January 2029. The board agreed.\n\n\
         Budget\n\n\
         The budget was executed in full. The board agreed.\n",
        expect![[r#"
            0 [-] Date of entry into force
            1 [-] Budget
        "#]],
    );
}

#[test]
fn a_markdown_report_with_front_matter_bold_labels_and_a_table() {
    let bytes = fixture_file::read("s7/jaarverslag-voorblad-nl.md");
    let report = analyze(&bytes, &Config::default()).expect("decodes");
    // The `#` title is the document's; the bold label before the chapters is their sibling,
    // the one in a chapter its subsection; the bold caption over the table is none.
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Beheer
          2 [1.1] Begrazing
          3 [1.2] Monitoring
        4 [2] Financiën
          5 [-] Toelichting op de cijfers
    "#]]
    .assert_eq(&outline_text(&report));
    assert!(
        !report.text.contains("organisatie:"),
        "front matter set aside"
    );
    assert!(
        report.text.contains("| Soort | 2028 | 2029 |\n\n|-------|"),
        "each table row is a block of its own"
    );
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(codes.contains(&"front-matter"), "{codes:?}");
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("Geconsolideerd jaarverslag 2029")
    );
    assert_eq!(
        report.metadata.kind,
        report_core::DocumentKind::AnnualReport
    );
    // The adoption date dates the report; an annual report has no meeting.
    assert_eq!(report.metadata.letter_date.as_deref(), Some("2030-04-02"));
    assert!(report.metadata.meeting_dates.is_empty());
}

#[test]
fn a_dashed_line_that_opens_no_front_matter_stays() {
    // A rule of dashes over ordinary lines is no front matter: nothing is set aside.
    let report = analyze_text(
        "---\nNot a field line\n---\n\n# Report\n\n## Part one\n\nText.\n\n## Part two\n\nText.\n",
        &Config::default(),
    );
    assert!(report.text.contains("Not a field line"));
    assert!(report.diagnostics.iter().all(|d| d.code != "front-matter"));
}

#[test]
fn an_opening_summary_with_text_is_the_sibling_of_the_numbered_items() {
    check(
        "Jaarverslag 2030 van de Kustwacht\n\n\
         Samenvatting\n\n\
         Het jaar stond in het teken van de nieuwe schepen. De bemanning groeide.\n\n\
         1. Opsporing\n\n\
         Er werden 40 controles uitgevoerd.\n\n\
         2. Redding\n\n\
         Er werden 312 mensen gered.\n",
        expect![[r#"
            0 [-] Samenvatting
            1 [1] Opsporing
            2 [2] Redding
        "#]],
    );
}

#[test]
fn part_titles_with_an_introduction_still_hold_their_items() {
    // Two unnumbered parts, each with a paragraph of its own: a series, so each holds its items.
    check(
        "Verslag van de Raad Justitie en Binnenlandse Zaken\n\n\
         Justitie\n\n\
         De ministers van Justitie spraken op de eerste dag.\n\n\
         1. Strafrechtelijke samenwerking\n\n\
         De Raad nam nota van de stand van zaken.\n\n\
         Binnenlandse Zaken\n\n\
         De ministers van Binnenlandse Zaken spraken op de tweede dag.\n\n\
         2. Grensbeheer\n\n\
         De Raad wisselde van gedachten.\n",
        expect![[r#"
            0 [-] Justitie
              1 [1] Strafrechtelijke samenwerking
            2 [-] Binnenlandse Zaken
              3 [2] Grensbeheer
        "#]],
    );
}

#[test]
fn an_annex_label_with_the_report_title_is_no_section() {
    check(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Geachte Voorzitter,\n\n\
         Hierbij ontvangt u het verslag.\n\n\
         De minister van Landbouw,\n\n\
         T.R. Haverkamp-Osei\n\n\
         Bijlage 2 – Verslag van de Visserijraad van 7 mei 2029\n\n\
         Vangstmogelijkheden\n\
         De Commissie gaf een toelichting. Het voorzitterschap concludeerde.\n\n\
         Diversen\n\
         Geen bijzonderheden.\n",
        expect![[r#"
            0 [-] Vangstmogelijkheden
            1 [-] Diversen
        "#]],
    );
}

#[test]
fn setext_headings_read_as_markdown_ones() {
    // Pandoc writes levels 1 and 2 underlined; a rule under two lines of text is no heading.
    let text = "Jaarverslag 2031 van het Waterlab\n\
                ==================================\n\n\
                Inleiding\n\
                ---------\n\n\
                Het lab groeide dit jaar. De directie dankt de medewerkers.\n\n\
                1. Metingen\n\
                -----------\n\n\
                ### 1.1 Zoet water\n\n\
                Er waren 300 metingen, verdeeld over het jaar en over\n\
                alle meetpunten in het stroomgebied.\n\
                ---\n\n\
                2. Financiën\n\
                ------------\n\n\
                De begroting sloot.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Inleiding
        1 [1] Metingen
          2 [1.1] Zoet water
        3 [2] Financiën
    "#]]
    .assert_eq(&outline_text(&report));
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("Jaarverslag 2031 van het Waterlab")
    );
}

#[test]
fn underlined_headings_in_a_plain_text_keep_its_numbered_headings() {
    // Two underlined part titles over five numbered items: a plain-text habit, not Markdown.
    check(
        "Annual report 2031 of the Harbour Board\n\n\
         Ports\n=====\n\n\
         1. Rotterdam basin\n\nThe board inspected the basin.\n\n\
         2. Eemshaven\n\nThe board inspected the quays.\n\n\
         3. Vlissingen\n\nThe board inspected the locks.\n\n\
         Waterways\n=========\n\n\
         4. Nieuwe Waterweg\n\nThe board inspected the banks.\n\n\
         5. Westerschelde\n\nThe board inspected the buoys.\n",
        expect![[r#"
            0 [-] Ports
              1 [1] Rotterdam basin
              2 [2] Eemshaven
              3 [3] Vlissingen
            4 [-] Waterways
              5 [4] Nieuwe Waterweg
              6 [5] Westerschelde
        "#]],
    );
}

#[test]
fn a_front_matter_title_is_the_title_of_a_report_without_a_hash_title() {
    let text = "---\n\
                title: \"Annual Report 2031\"\n\
                author: Harbour Safety Board\n\
                ---\n\n\
                ## 1. Introduction\n\n\
                The Board met four times.\n\n\
                ## 2. Finances\n\n\
                The budget was spent in full.\n";
    let report = analyze(text.as_bytes(), &Config::default()).expect("decodes");
    assert_eq!(report.metadata.title.as_deref(), Some("Annual Report 2031"));
    expect![[r#"
        0 [1] Introduction
        1 [2] Finances
    "#]]
    .assert_eq(&outline_text(&report));
}
