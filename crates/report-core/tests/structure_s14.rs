//! Session 14: layout, outline and metadata of small invented reports nobody had shown the
//! analyzer (eval14-structure): hyphenation after a syllable that is also a prefix
//! ("pro-⏎ducts"), a written consultation without a table of contents, a Markdown report's
//! dateline, and whole documents in five genres (fixtures under `fixtures/s14`).

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config, Report};

mod metadata_rows;
mod outline_text;
use metadata_rows::{check_fields, FieldRow};
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&run(text)));
}

/// The text of a paragraph whose second line starts with `after`, the first ending on `before`.
fn joined(before: &str, after: &str) -> String {
    let text = format!(
        "Report\n\nMinisters discussed the market and asked for support for the {before}\n\
         {after} of the sector in the coming months.\n"
    );
    let report = run(&text);
    let at = report.text.find("support for the ").expect("the paragraph") + 16;
    report.text[at..]
        .split(" of the sector")
        .next()
        .unwrap_or("")
        .to_string()
}

#[test]
fn hyphenation_after_a_syllable_that_is_also_a_prefix_is_undone() {
    let rows = [
        ("pro-", "ducts", "products"),
        ("pro-", "gramme", "programme"),
        ("pro-", "ducenten", "producenten"),
        ("co-", "hesion", "cohesion"),
        ("ex-", "port", "export"),
        ("Mid-", "den-Oosten", "Midden-Oosten"),
        // Real prefixes keep their hyphen.
        ("non-", "paper", "non-paper"),
        ("ex-", "ante", "ex-ante"),
        ("co-", "legislators", "co-legislators"),
        ("pro-", "European", "pro-European"),
        ("EU-", "landen", "EU-landen"),
        ("Noord-", "Afrikaanse", "Noord-Afrikaanse"),
    ];
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|(before, after, want)| {
            let got = joined(before, after);
            (got != *want).then(|| format!("{before}⏎{after}: got {got:?}, expected {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_document_spelling_decides_before_the_prefix_list() {
    let report = run("Report\n\nThe co-\noperation went well.\n\nThe cooperation goes on.\n");
    assert!(
        report.text.contains("The cooperation went well."),
        "{}",
        report.text
    );
}

const VSO: &str = include_str!("fixtures/s14/vso-zonder-inhoud-nl.txt");
const PDF: &str = include_str!("fixtures/s14/pdftotext-milieuraad-nl.txt");
const JAARVERSLAG: &str = include_str!("fixtures/s14/jaarverslag-dateline-nl.md");
const ANNUAL: &str = include_str!("fixtures/s14/annual-report-dateline-en.md");

#[test]
fn a_written_consultation_without_contents_is_titled_by_its_own_line() {
    check_outline(
        VSO,
        expect![[r#"
            0 [1] Vragen en opmerkingen vanuit de fracties
              1 [-] Vragen en opmerkingen van de leden van de VVD-fractie
              2 [-] Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie
            3 [2] Reactie van de Minister
        "#]],
    );
}

#[test]
fn a_pdf_extractions_title_line_is_no_section_and_its_pages_join() {
    check_outline(
        PDF,
        expect![[r#"
            0 [-] Inleiding
            1 [1] Natuurherstelwet
            2 [2] Klimaatdoel 2040
            3 [3] Diversen
              4 [a] Bosbranden
              5 [b] Watertekorten
        "#]],
    );
    let text = run(PDF).text;
    for want in [
        "uitvoering ondersteunen met",
        "de producenten van",
        "het Midden-Oosten",
    ] {
        assert!(text.contains(want), "{want:?} not in {text}");
    }
    assert!(!text.contains("Pagina"), "{text}");
}

#[test]
fn metadata_of_the_session_14_documents() {
    let rows: [FieldRow; 12] = [
        (
            "a written consultation names itself after its number",
            VSO,
            |r| r.metadata.title.clone(),
            Some("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG"),
        ),
        (
            "… is a report",
            VSO,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "… dated by 'Vastgesteld'",
            VSO,
            |r| r.metadata.letter_date.clone(),
            Some("2031-03-12"),
        ),
        (
            "a PDF's report is titled by its announcing line, not the ministry",
            PDF,
            |r| r.metadata.title.clone(),
            Some("Verslag van de Milieuraad van 17 juni 2024"),
        ),
        (
            "… which makes it a meeting report",
            PDF,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "… of the meeting its opening paragraph dates",
            PDF,
            |r| Some(r.metadata.meeting_dates.join(" ")),
            Some("2024-06-17"),
        ),
        (
            "… and places",
            PDF,
            |r| r.metadata.place.clone(),
            Some("Luxemburg"),
        ),
        (
            "… written on the dateline's day",
            PDF,
            |r| r.metadata.letter_date.clone(),
            Some("2024-06-22"),
        ),
        (
            "a Markdown annual report's italic dateline dates it",
            JAARVERSLAG,
            |r| r.metadata.letter_date.clone(),
            Some("2024-03-14"),
        ),
        (
            "… and places it",
            JAARVERSLAG,
            |r| r.metadata.place.clone(),
            Some("Den Haag"),
        ),
        (
            "an annual report's plain dateline is its date, not a meeting's",
            ANNUAL,
            |r| {
                Some(format!(
                    "{:?} {:?}",
                    r.metadata.letter_date, r.metadata.meeting_dates
                ))
            },
            Some("Some(\"2024-05-03\") []"),
        ),
        (
            "… and places it",
            ANNUAL,
            |r| r.metadata.place.clone(),
            Some("Brussels"),
        ),
    ];
    check_fields(&rows);
}
