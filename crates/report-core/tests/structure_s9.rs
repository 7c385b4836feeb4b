//! Session 9: outlines and metadata of small invented reports in layouts the older fixtures
//! do not have, as `expect-test` snapshots (`UPDATE_EXPECT=1` refreshes them): one section a
//! line, `id [number] title`, indented by level.

use expect_test::expect;
use report_core::{analyze_text, Config, Report};

mod outline_text;
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

#[test]
fn short_numbered_sentences_are_no_headings_where_the_scheme_numbers_sentences() {
    // Minutes number their paragraphs like their items; the short ones lack an article.
    let report = run("Minutes of the 3rd meeting of the Audit Panel\n\n\
         1. Opening\n\
         1.1 The Chair opened the meeting at 10.00.\n\
         1.2 Agenda adopted.\n\n\
         2. Staff\n\
         2.1 The Head of Unit reported on the vacancies.\n\
         2.2 Staff left.\n\n\
         3. Previous minutes\n\
         3.1 Approved.\n\n\
         4. Decisions\n\n\
         The Panel decided as follows:\n\n\
         1. Approved.\n\
         2. Referred back to the working group for a second reading.\n\
         3. Noted.\n\n\
         5. Closure\n\n\
         The meeting closed at noon.\n");
    expect![[r#"
        0 [1] Opening
        1 [2] Staff
        2 [3] Previous minutes
        3 [4] Decisions
        4 [5] Closure
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn headings_that_all_end_in_a_full_stop_stay_headings() {
    // The full stop is the heading style here, whatever the numbered paragraphs do.
    let report = run("Verslag van de Visserijraad van 3 maart 2029\n\n\
         1. Vangstmogelijkheden.\n\n\
         De Raad sprak over de vangsten in de Noordzee en de Oostzee.\n\n\
         2. Diversen.\n\n\
         1. De Commissie gaf een toelichting op de stand van zaken van de onderhandelingen.\n");
    expect![[r#"
        0 [1] Vangstmogelijkheden
        1 [2] Diversen
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn minutes_title_stops_at_the_held_line_and_signing_roles_close_them() {
    let report = run("Baltic Grain Research Council\n\n\
         Minutes of the 7th meeting of the Scientific Board\n\
         held in Tartu on 2nd April 2030\n\n\
         1. Opening\n\
         1.1 The Chair opened the meeting and welcomed the members.\n\n\
         2. Work programme\n\
         2.1 The Board adopted the work programme for the next two years.\n\n\
         Chair: Liisa Tammsaar-Berg\n\
         Secretary: Oskar Vainio-Lund\n");
    let m = &report.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Minutes of the 7th meeting of the Scientific Board")
    );
    assert_eq!(m.meeting_dates, ["2030-04-02"]);
    assert_eq!(m.place.as_deref(), Some("Tartu"));
    let signed: Vec<(Option<&str>, Option<&str>)> = m
        .signatories
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_deref()))
        .collect();
    assert_eq!(
        signed,
        [
            (Some("Chair"), Some("Liisa Tammsaar-Berg")),
            (Some("Secretary"), Some("Oskar Vainio-Lund"))
        ]
    );
    expect![[r#"
        0 [1] Opening
        1 [2] Work programme
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn a_chair_field_in_the_head_signs_nothing() {
    let report = run("Minutes of the 8th meeting of the Scientific Board\n\n\
         Chair: Liisa Tammsaar-Berg\n\n\
         1. Opening\n\n\
         The Chair opened the meeting and welcomed the members.\n");
    assert!(report.metadata.signatories.is_empty());
}

#[test]
fn a_dateline_in_the_american_order_dates_the_report() {
    let report = run("Network of Water Regulators\n\
         \x20                                                Vienna, February 3, 2031\n\n\
         REPORT OF THE INFORMAL MEETING OF WATER REGULATORS\n\n\
         Gdynia, 12–13 January 2031\n\n\
         Introduction\n\n\
         Regulators met in Gdynia at the invitation of the national authority. The follow-up\n\
         meeting will take place on 4th May 2031.\n\n\
         Session 1: Tariffs\n\n\
         Regulators discussed tariff reform. The Commission will report on March 20, 2031.\n");
    let m = &report.metadata;
    assert_eq!(m.letter_date.as_deref(), Some("2031-02-03"));
    assert_eq!(m.meeting_dates, ["2031-01-12", "2031-01-13"]);
    assert_eq!(m.place.as_deref(), Some("Gdynia"));
}

#[test]
fn a_date_label_over_its_value_in_a_side_column_dates_the_letter() {
    let report = run("> Retouradres Postbus 20401 2500 EK Den Haag\n\n\
         \x20                                                         Ministerie van Waterbeheer\n\
         Aan de Voorzitter van de Tweede Kamer                     Koningskade 4\n\
         der Staten-Generaal                                       2596 AA Den Haag\n\
         Postbus 20018\n\
         2500 EA DEN HAAG                                          Datum\n\
         \x20                                                         9 maart 2031\n\
         \x20                                                         Kenmerk\n\
         \x20                                                         WB / 31100452\n\
         Onderwerp Verslag van de Milieuraad van 2 maart 2031\n\n\
         Geachte Voorzitter,\n\n\
         Hierbij zend ik u het verslag van de Milieuraad van 2 maart 2031.\n\n\
         1. Klimaatdoelen\n\n\
         De Raad sprak over de klimaatdoelen voor 2045.\n");
    let m = &report.metadata;
    assert_eq!(m.letter_date.as_deref(), Some("2031-03-09"));
    assert_eq!(m.meeting_dates, ["2031-03-02"]);
    assert_eq!(
        m.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
}

#[test]
fn a_status_label_with_its_value_is_a_field() {
    let report = run(
        "Geannoteerde agenda voor de Milieuraad van 17 juni 2031\n\n\
         I. Klimaat\n\n\
         Agendapunt: Klimaatwet 2045\n\
         Besluitvorming: Voortgangsrapport\n\
         Toelichting:\n\
         Het voorzitterschap informeert de Raad over de onderhandelingen.\n\n\
         Agendapunt: Emissiehandel voor gebouwen\n\
         Besluitvorming: Gedachtewisseling\n\
         Toelichting:\n\
         De Commissie presenteert een evaluatie van het systeem.\n\n\
         II. Water\n\n\
         Agendapunt: Waterweerbaarheid\n\
         Besluitvorming: Raadsconclusies\n\
         Toelichting:\n\
         De Raad neemt conclusies aan over de waterweerbaarheid van de Unie.\n",
    );
    expect![[r#"
        0 [I] Klimaat
          1 [-] Klimaatwet 2045
          2 [-] Emissiehandel voor gebouwen
        3 [II] Water
          4 [-] Waterweerbaarheid
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn lettered_parts_hold_their_chapters() {
    let report = run("ANNUAL ACTIVITY REPORT 2030\n\n\
         Foreword\n\n\
         The year was one of growth for the Office. We thank all staff.\n\n\
         Part A — Results\n\n\
         Chapter 1 — Inspections\n\n\
         The Office carried out 64 inspections.\n\n\
         Chapter 2 — Guidance\n\n\
         The Office published four guidelines.\n\n\
         Part B — Management\n\n\
         Chapter 3 — Staff\n\n\
         The Office employed 92 staff at the end of the year.\n");
    expect![[r#"
        0 [-] Foreword
        1 [A] Results
          2 [1] Inspections
          3 [2] Guidance
        4 [B] Management
          5 [3] Staff
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn a_heading_in_small_letters_over_an_item_is_a_part_beside_the_parts_in_capitals() {
    let report = run("OUTCOME OF THE COUNCIL MEETING\n\n\
         4390th meeting of the Council of the European Union\n\n\
         ITEMS APPROVED WITHOUT DEBATE\n\n\
         FISHERIES\n\n\
         Agreement with Senegal\n\n\
         The Council adopted a decision on the signing of the protocol with Senegal.\n\n\
         TRADE\n\n\
         Safeguard on steel\n\n\
         The Council approved the extension of the safeguard measure on steel products.\n\n\
         Other items\n\n\
         Appointments to the Committee of the Regions\n\n\
         The Council appointed three members of the Committee of the Regions.\n");
    expect![[r#"
        0 [-] ITEMS APPROVED WITHOUT DEBATE
          1 [-] FISHERIES
            2 [-] Agreement with Senegal
          3 [-] TRADE
            4 [-] Safeguard on steel
          5 [-] Other items
            6 [-] Appointments to the Committee of the Regions
    "#]]
    .assert_eq(&outline_text(&report));
}

/// A letter head in two columns, as pdftotext's layout mode sets it: the side column starts
/// above the addressee and runs on below it.
const TWO_COLUMN_HEAD: &str = "> Retouradres Postbus 20401 2500 EK Den Haag\n\n\
\x20                                                         Ministerie van Waterbeheer\n\
Aan de Voorzitter van de Tweede Kamer                     Koningskade 4\n\
der Staten-Generaal                                       2596 AA Den Haag\n\
Postbus 20018                                             Postbus 20401\n\
2500 EA DEN HAAG                                          www.rijksoverheid.nl\n\
\x20                                                         Datum\n\
\x20                                                         9 maart 2031\n\
Onderwerp Verslag van de Milieuraad van 2 maart 2031\n\n\
Geachte Voorzitter,\n\n\
Hierbij zend ik u het verslag van de Milieuraad van 2 maart 2031.\n\n\
1. Klimaatdoelen\n\n\
De Raad sprak over de klimaatdoelen voor 2045.\n";

#[test]
fn a_two_column_letter_head_reads_one_column_after_the_other() {
    let layout = report_core::repair(TWO_COLUMN_HEAD);
    let blocks: Vec<&str> = layout
        .blocks
        .iter()
        .map(|b| &layout.text[b.span.start..b.span.end])
        .collect();
    assert_eq!(
        blocks[1],
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA DEN HAAG"
    );
    // The side column follows the addressee, whole: no block mixes the two.
    assert!(
        blocks[2..]
            .iter()
            .any(|b| b.starts_with("Ministerie van Waterbeheer Koningskade 4 2596 AA Den Haag")),
        "{blocks:?}"
    );
    assert!(!blocks
        .iter()
        .any(|b| b.contains("Kamer") && b.contains("Koningskade")));
    assert!(blocks
        .iter()
        .any(|b| b.starts_with("Onderwerp Verslag van de Milieuraad")));
    // Every piece still copies the source, and each block points back to its first word.
    for &(r, s, len) in layout.offsets.pieces() {
        assert_eq!(&layout.text[r..r + len], &TWO_COLUMN_HEAD[s..s + len]);
    }
    for block in &layout.blocks {
        let at = layout.offsets.to_source(block.span.start);
        let first = layout.text[block.span.start..]
            .split(' ')
            .next()
            .unwrap_or("");
        assert!(TWO_COLUMN_HEAD[at..].starts_with(first), "{first}");
    }
    let report = run(TWO_COLUMN_HEAD);
    let m = &report.metadata;
    assert_eq!(
        m.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(m.letter_date.as_deref(), Some("2031-03-09"));
    expect![[r#"
        0 [1] Klimaatdoelen
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn a_table_of_fields_with_one_wide_gap_stays_in_place() {
    // One line with a wide gap is no second column.
    let text = "Verslag van de Milieuraad van 2 maart 2031\n\n\
         Voorzitter                                           J. Kowalczyk-Brandt\n\
         Plaats Brussel\n\n\
         1. Klimaatdoelen\n\n\
         De Raad sprak over de klimaatdoelen voor 2045.\n";
    let layout = report_core::repair(text);
    let starts: Vec<usize> = layout.offsets.pieces().iter().map(|&(_, s, _)| s).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
}

#[test]
fn a_table_in_two_columns_keeps_its_rows() {
    // Every line has text in both columns: a table, whose rows must stay rows.
    let text = "Minutes of the 9th meeting of the Scientific Board\n\n\
         Members present\n\n\
         Ms Liisa Tammsaar-Berg                        Estonia\n\
         Mr Oskar Vainio-Lund                          Finland\n\
         Ms Agnes Kowalczyk-Brandt                     Poland\n\n\
         1. Opening\n\n\
         The Chair opened the meeting and welcomed the members.\n";
    let layout = report_core::repair(text);
    assert!(
        layout
            .text
            .contains("Ms Liisa Tammsaar-Berg                        Estonia"),
        "{}",
        layout.text
    );
}

#[test]
fn a_stray_full_stop_after_a_heading_among_numbered_sentences_keeps_it() {
    // The scheme numbers a sentence in item 1, but "3. Diversen." follows a heading of it.
    let report = run("Verslag van de Visserijraad van 3 maart 2029\n\n\
         1. Vangstmogelijkheden\n\n\
         Het voorzitterschap stelde twee wijzigingen voor.\n\n\
         1. De vangst van tong in de Noordzee wordt met tien procent verlaagd.\n\n\
         2. Besluiten\n\n\
         De Raad nam twee besluiten over de controle op de visserij.\n\n\
         3. Diversen.\n\n\
         Er waren geen punten.\n");
    expect![[r#"
        0 [1] Vangstmogelijkheden
        1 [2] Besluiten
        2 [3] Diversen
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn a_report_titled_only_in_its_running_header_takes_the_header_as_title() {
    // Two pages in two columns: the cover line repeats on each page and is set aside as
    // furniture, with the page footer.
    let page = |n: usize, left: &str, right: &str| {
        let mut out = String::from(
            "NORDIC GRID SAFETY AGENCY                                    Annual Report 2030\n\n",
        );
        for (l, r) in left.lines().zip(right.lines()) {
            out.push_str(&format!("{l:<46}{r}\n"));
        }
        out.push_str(&format!(
            "\n                              Page {n} of 2\n\u{c}"
        ));
        out
    };
    let text = page(
        1,
        "1. Foreword\n\nThe Agency completed its first year\nunder the new mandate and met all\nof its statutory deadlines in time.",
        "2. Operations\n\nThe number of audits rose to forty,\nan increase of ten per cent on the\nyear before, as the Board had asked.",
    ) + &page(
        2,
        "3. Finances\n\nThe budget amounted to EUR 12\nmillion, as the Board had planned\nat the start of the year in March.",
        "4. Outlook\n\nThe Agency plans to extend its work\nto offshore wind farms in the next\nyear, with two new audit teams.",
    );
    let report = run(&text);
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("NORDIC GRID SAFETY AGENCY — Annual Report 2030")
    );
    expect![[r#"
        0 [1] Foreword
        1 [2] Operations
        2 [3] Finances
        3 [4] Outlook
    "#]]
    .assert_eq(&outline_text(&report));
}
