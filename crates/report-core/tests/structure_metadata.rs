//! Metadata of each fixture, as `expect-test` snapshots of the JSON, plus tables for dates and
//! the forms of parliamentary references.

use expect_test::{expect, Expect};
use report_core::{analyze, analyze_text, dates, Config, DocumentKind, Language, Metadata};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn metadata(bytes: &[u8]) -> Metadata {
    analyze(bytes, &Config::default())
        .expect("fixtures decode")
        .metadata
}

fn check(bytes: &[u8], expected: Expect) {
    let json = serde_json::to_string_pretty(&metadata(bytes)).expect("metadata serialises");
    expected.assert_eq(&json);
}

#[test]
fn shared_fixture() {
    let path = format!(
        "{}/../../../shared/fixtures/jbz-raad-2022-07-verslag.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let m = metadata(&bytes);
    assert_eq!(m.kind, DocumentKind::LetterWithMeetingReport);
    assert_eq!(m.language, Language::Nl);
    assert_eq!(
        m.title.as_deref(),
        Some("Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 11 en 12 juli 2022")
    );
    assert_eq!(m.letter_date.as_deref(), Some("2022-08-25"));
    assert_eq!(m.meeting_dates, ["2022-07-11", "2022-07-12"]);
    assert_eq!(m.place.as_deref(), Some("Praag"));
    let reference = m.reference.expect("reference");
    assert_eq!(reference.dossier, "32 317");
    assert_eq!(reference.number.as_deref(), Some("771"));
    assert_eq!(reference.title.as_deref(), Some("JBZ-Raad"));
    assert_eq!(m.session_year.as_deref(), Some("2021–2022"));
    assert_eq!(
        m.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(m.signatories.len(), 1);
    assert_eq!(
        m.signatories[0].role.as_deref(),
        Some("Minister van Justitie en Veiligheid")
    );
}

#[test]
fn pdftotext_report() {
    check(
        &fixture("pdftotext-nl-landbouwraad.txt"),
        expect![[r#"
            {
              "kind": "meeting_report",
              "language": "nl",
              "title": "Verslag van de Landbouw- en Visserijraad van 22 en 23 april 2024 te Luxemburg",
              "letter_date": null,
              "meeting_dates": [
                "2024-04-22",
                "2024-04-23"
              ],
              "place": "Luxemburg",
              "reference": {
                "dossier": "21 501-32",
                "number": "2874",
                "title": "Landbouw- en Visserijraad"
              },
              "session_year": "2023–2024",
              "addressee": null,
              "signatories": []
            }"#]],
    );
}

#[test]
fn eu_council_outcome() {
    check(
        &fixture("eu-council-outcome-2024-10.txt"),
        expect![[r#"
            {
              "kind": "meeting_report",
              "language": "en",
              "title": "Outcome of the Council meeting: Justice and Home Affairs",
              "letter_date": "2024-10-21",
              "meeting_dates": [
                "2024-10-14",
                "2024-10-15"
              ],
              "place": "Luxembourg",
              "reference": {
                "dossier": "14602/24",
                "number": null,
                "title": null
              },
              "session_year": null,
              "addressee": null,
              "signatories": []
            }"#]],
    );
}

#[test]
fn markdown_annual_report() {
    check(
        &fixture("markdown-jaarverslag-2023.md"),
        expect![[r#"
            {
              "kind": "annual_report",
              "language": "nl",
              "title": "Jaarverslag 2023",
              "letter_date": null,
              "meeting_dates": [],
              "place": null,
              "reference": null,
              "session_year": null,
              "addressee": null,
              "signatories": []
            }"#]],
    );
}

#[test]
fn letter_in_windows_1252() {
    check(
        &fixture("cp1252-nl-brief.txt"),
        expect![[r#"
            {
              "kind": "letter",
              "language": "nl",
              "title": null,
              "letter_date": "2023-10-03",
              "meeting_dates": [],
              "place": null,
              "reference": null,
              "session_year": null,
              "addressee": "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
              "signatories": [
                {
                  "role": "Staatssecretaris van Justitie en Veiligheid",
                  "name": null
                }
              ]
            }"#]],
    );
}

#[test]
fn utf16_and_crlf() {
    let utf16 = metadata(&fixture("utf16le-outcome.txt"));
    assert_eq!(utf16.kind, DocumentKind::MeetingReport);
    assert_eq!(utf16.meeting_dates, ["2024-12-09"]);
    assert_eq!(utf16.place.as_deref(), Some("Brussels"));
    assert_eq!(utf16.language, Language::En);

    let crlf = metadata(&fixture("crlf-nl-milieuraad.txt"));
    assert_eq!(crlf.kind, DocumentKind::MeetingReport);
    assert_eq!(crlf.meeting_dates, ["2024-06-17"]);
    assert_eq!(crlf.place.as_deref(), Some("Luxemburg"));
}

#[test]
fn one_line_reference_and_signatory_with_name() {
    let text = "Tweede Kamer, vergaderjaar 2023–2024, 21 501-02, nr. 2874\n\n\
                Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
                Den Haag, 1 maart 2024\n\n\
                Hierbij zend ik u het verslag van de Raad Buitenlandse Zaken van 26 februari 2024 te Brussel.\n\n\
                De Minister van Buitenlandse Zaken,\nA.B. de Vries\n\n\
                Verslag van de Raad Buitenlandse Zaken van 26 februari 2024\n\n\
                1. Oekraïne\n\nDe Raad sprak over de steun aan Oekraïne.\n";
    let m = analyze_text(text, &Config::default()).metadata;
    let reference = m.reference.expect("reference");
    assert_eq!(reference.dossier, "21 501-02");
    assert_eq!(reference.number.as_deref(), Some("2874"));
    assert_eq!(m.session_year.as_deref(), Some("2023–2024"));
    assert_eq!(m.kind, DocumentKind::LetterWithMeetingReport);
    assert_eq!(m.letter_date.as_deref(), Some("2024-03-01"));
    assert_eq!(m.meeting_dates, ["2024-02-26"]);
    assert_eq!(m.place.as_deref(), Some("Brussel"));
    assert_eq!(
        m.title.as_deref(),
        Some("Verslag van de Raad Buitenlandse Zaken van 26 februari 2024")
    );
    assert_eq!(
        m.signatories[0].role.as_deref(),
        Some("Minister van Buitenlandse Zaken")
    );
    assert_eq!(m.signatories[0].name.as_deref(), Some("A.B. de Vries"));
}

#[test]
fn date_table() {
    let rows: [(&str, &[&str]); 10] = [
        ("Den Haag, 25 augustus 2022", &["2022-08-25"]),
        (
            "op 11 en 12 juli 2022 in Praag",
            &["2022-07-11", "2022-07-12"],
        ),
        (
            "Luxembourg, 14 and 15 October 2024",
            &["2024-10-14", "2024-10-15"],
        ),
        ("on 21 October 2024", &["2024-10-21"]),
        ("14-15 October 2024", &["2024-10-14", "2024-10-15"]),
        (
            "van 3 t/m 5 MEI 2023",
            &["2023-05-03", "2023-05-04", "2023-05-05"],
        ),
        (
            "30 juni tot en met 2 juli 2022",
            &["2022-06-30", "2022-07-01", "2022-07-02"],
        ),
        ("31 april 2024", &[]),
        ("nummer 12 van 2024", &[]),
        ("", &[]),
    ];
    for (text, want) in rows {
        assert_eq!(dates::parse(text), want, "{text}");
    }
    let found = dates::find_all("De Raad van 11 juli 2022 en die van 9 december 2022.");
    let spans: Vec<(usize, usize)> = found.iter().map(|m| (m.span.start, m.span.end)).collect();
    assert_eq!(spans, [(12, 24), (36, 51)]);
    assert_eq!(dates::month("Okt."), Some(10));
}

#[test]
fn language_guess() {
    let rows = [
        (
            "De Raad sprak over de steun en het belang van de lidstaten.",
            Language::Nl,
        ),
        (
            "The Council discussed the state of play and the role of the agencies.",
            Language::En,
        ),
        ("12 34 56", Language::Unknown),
    ];
    for (text, want) in rows {
        assert_eq!(
            analyze_text(text, &Config::default()).metadata.language,
            want,
            "{text}"
        );
    }
}

#[test]
fn outcome_with_cover_block() {
    // The cover's lines share a block: the dateline dates the document, the line under the
    // title the meeting, and the Council document number is the reference.
    check(
        &fixture("council-outcome-agrifish-en.txt"),
        expect![[r#"
            {
              "kind": "meeting_report",
              "language": "en",
              "title": "OUTCOME OF THE COUNCIL MEETING: Agriculture and Fisheries",
              "letter_date": "2026-11-18",
              "meeting_dates": [
                "2026-11-16",
                "2026-11-17"
              ],
              "place": "Brussels",
              "reference": {
                "dossier": "16204/26",
                "number": null,
                "title": null
              },
              "session_year": null,
              "addressee": null,
              "signatories": []
            }"#]],
    );
}

#[test]
fn annotated_agendas() {
    check(
        &fixture("geannoteerde-agenda-nl.txt"),
        expect![[r#"
            {
              "kind": "agenda",
              "language": "nl",
              "title": "Geannoteerde agenda Raad Algemene Zaken van 8 december 2026",
              "letter_date": null,
              "meeting_dates": [
                "2026-12-08"
              ],
              "place": "Brussel",
              "reference": null,
              "session_year": null,
              "addressee": null,
              "signatories": []
            }"#]],
    );
    check(
        &fixture("geannoteerde-agenda-kopjes-nl.txt"),
        expect![[r#"
            {
              "kind": "agenda",
              "language": "nl",
              "title": "Geannoteerde agenda Raad Landbouw en Visserij van 14 en 15 december 2026",
              "letter_date": null,
              "meeting_dates": [
                "2026-12-14",
                "2026-12-15"
              ],
              "place": "Brussel",
              "reference": null,
              "session_year": "2026–2027",
              "addressee": null,
              "signatories": []
            }"#]],
    );
}

#[test]
fn report_that_is_not_a_letter() {
    check(
        &fixture("verslag-kopjes-nl.txt"),
        expect![[r#"
        {
          "kind": "meeting_report",
          "language": "nl",
          "title": "Verslag van de Raad Buitenlandse Zaken van 16 november 2026",
          "letter_date": null,
          "meeting_dates": [
            "2026-11-16"
          ],
          "place": "Brussel",
          "reference": null,
          "session_year": null,
          "addressee": null,
          "signatories": []
        }"#]],
    );
    let m = analyze_text(
        "Verslag van de Raad Buitenlandse Zaken van 14 november 2026\n\n1. Oekraïne\n\nDe Raad sprak over Oekraïne.\n",
        &Config::default(),
    )
    .metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Verslag van de Raad Buitenlandse Zaken van 14 november 2026")
    );
    assert_eq!(m.meeting_dates, ["2026-11-14"]);
    assert_eq!(m.kind, DocumentKind::MeetingReport);
}

#[test]
fn markdown_report_with_subtitle() {
    check(
        &fixture("annual-report-en.md"),
        expect![[r#"
        {
          "kind": "annual_report",
          "language": "en",
          "title": "Annual Report 2026",
          "letter_date": null,
          "meeting_dates": [],
          "place": null,
          "reference": null,
          "session_year": null,
          "addressee": null,
          "signatories": []
        }"#]],
    );
}

#[test]
fn press_release_and_dated_titles() {
    // "4129th Council meeting" announces the meeting; its date line under it dates it.
    check(
        &fixture("council-press-release-en.txt"),
        expect![[r#"
            {
              "kind": "meeting_report",
              "language": "en",
              "title": "4129th Council meeting: Foreign Affairs",
              "letter_date": null,
              "meeting_dates": [
                "2026-11-23"
              ],
              "place": "Brussels",
              "reference": {
                "dossier": "16644/26",
                "number": null,
                "title": null
              },
              "session_year": null,
              "addressee": null,
              "signatories": []
            }"#]],
    );
    // A "Place, date" line above a dated title dates the document, the title the meeting.
    let m = analyze_text(
        "Raad van de Europese Unie\n\nBrussel, 2 december 2026\n\n\
         Verslag van de Raad Concurrentievermogen van 27 en 28 november 2026\n\n\
         Interne markt\n\nDe Raad bereikte een algemene oriëntatie over het voorstel.\n",
        &Config::default(),
    )
    .metadata;
    assert_eq!(m.letter_date.as_deref(), Some("2026-12-02"));
    assert_eq!(m.meeting_dates, ["2026-11-27", "2026-11-28"]);
    assert_eq!(m.place, None);
    assert_eq!(m.kind, DocumentKind::MeetingReport);
}

#[test]
fn letter_with_report_under_unnumbered_headings() {
    check(
        &fixture("kamerbrief-verslag-kopjes-nl.txt"),
        expect![[r#"
        {
          "kind": "letter_with_meeting_report",
          "language": "nl",
          "title": "Verslag van de Raad Buitenlandse Zaken van 16 november 2026",
          "letter_date": "2026-11-20",
          "meeting_dates": [
            "2026-11-16"
          ],
          "place": null,
          "reference": {
            "dossier": "21 501-02",
            "number": "3101",
            "title": "Raad Buitenlandse Zaken"
          },
          "session_year": "2026–2027",
          "addressee": "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
          "signatories": [
            {
              "role": "Minister van Buitenlandse Zaken",
              "name": "P.J. Vermeulen"
            }
          ]
        }"#]],
    );
}

#[test]
fn ministry_letter_with_side_column() {
    // "Datum 20 november 2026" dates the letter; the name after a blank line under the
    // closing is the signatory's, not the title.
    check(
        &fixture("ministeriebrief-zijkolom-nl.txt"),
        expect![[r#"
            {
              "kind": "letter_with_meeting_report",
              "language": "nl",
              "title": "Verslag van de Raad Buitenlandse Zaken van 16 november 2026",
              "letter_date": "2026-11-20",
              "meeting_dates": [
                "2026-11-16"
              ],
              "place": "Brussel",
              "reference": {
                "dossier": "BZ2600123",
                "number": null,
                "title": null
              },
              "session_year": null,
              "addressee": "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
              "signatories": [
                {
                  "role": "Minister van Buitenlandse Zaken",
                  "name": "P.J. Vermeulen"
                }
              ]
            }"#]],
    );
}

#[test]
fn closing_at_the_end_of_an_annotated_agenda_signs_it() {
    // Not a letter, but signed: the role line with commas of its own, the name after a blank
    // line at the very end.
    let m = metadata(&fixture("geannoteerde-agenda-ondertekend-nl.txt"));
    let signatories: Vec<(Option<&str>, Option<&str>)> = m
        .signatories
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_deref()))
        .collect();
    assert_eq!(
        signatories,
        [(
            Some("Minister van Infrastructuur, Waterstaat en Ruimtelijke Ordening"),
            Some("M.A. van den Heuvel")
        )]
    );
}

#[test]
fn agenda_kinds_from_titles() {
    let letter = |title: &str| {
        format!(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Den Haag, 2 maart 2027\n\n\
             {title}\n\n\
             Hierbij ontvangt u de stukken voor de komende vergadering.\n\n\
             De Minister van Buitenlandse Zaken,\nA.B. de Vries\n"
        )
    };
    let alone = |title: &str| format!("{title}\n\nDe Raad bespreekt de stand van zaken.\n");
    let cases: [(String, DocumentKind); 9] = [
        (
            alone("Geannoteerde agenda Raad Buitenlandse Zaken van 15 maart 2027"),
            DocumentKind::Agenda,
        ),
        (
            letter("Geannoteerde agenda Raad Buitenlandse Zaken van 15 maart 2027"),
            DocumentKind::LetterWithAgenda,
        ),
        (alone("Provisional agenda"), DocumentKind::Agenda),
        (
            alone("Annotated agenda for the Council meeting of 3 May 2027"),
            DocumentKind::Agenda,
        ),
        (
            alone("Agenda van de Eurogroep van 4 april 2027"),
            DocumentKind::Agenda,
        ),
        (
            alone("Agenda Transportraad 9 maart 2027"),
            DocumentKind::Agenda,
        ),
        // Programmes called "Agenda" are not the agenda of a meeting.
        (
            alone("Agenda 2030 voor duurzame ontwikkeling"),
            DocumentKind::Other,
        ),
        (letter("Agenda voor de toekomst"), DocumentKind::Letter),
        // A report stays a report.
        (
            letter("Verslag van de Raad Buitenlandse Zaken van 15 maart 2027"),
            DocumentKind::LetterWithMeetingReport,
        ),
    ];
    for (text, kind) in cases {
        let m = analyze_text(&text, &Config::default()).metadata;
        assert_eq!(m.kind, kind, "{text}");
    }
}
