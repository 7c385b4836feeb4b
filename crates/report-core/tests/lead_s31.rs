//! Session 31: rules found by reading reports written for this session and shown to no rule
//! before (a JBZ-Raad letter from `pdftotext` whose report has a part per day, a geannoteerde
//! agenda in Windows-1252, an agency's annual report in Markdown with an organisation chart):
//! a subject named in apposition before `zal` speaks, an office's label names the person after
//! its colon, a part title dated by its day is no dateline nor the report's title, and a
//! country's ministry speaks for the country.

use expect_test::expect;
use report_core::{analyze_text, Config, Stance};

mod actor_rows;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use outline_text::outline_text;
use statement_rows::statements_quoting;

/// A report-length paragraph, so that no wrap-width rule reads the test's lines as wrapped.
const PARAGRAPH: &str = "De Commissie gaf een overzicht van de uitvoering van het \
    Migratiepact en de lidstaten spraken over de voortgang van de nationale plannen voor de \
    komende jaren.";

#[test]
fn a_subject_in_apposition_before_an_auxiliary_speaks() {
    // `de ministers` after `zal` is the object; the comma closes the apposition that names the
    // subject (it used to be read as a clause's end, the ministers as the subject).
    let text = format!(
        "Verslag\n\n1. Economie\n\n{PARAGRAPH} De ECB-president, Christine Lagarde, zal de \
         ministers informeren over het monetaire beleid van de bank in het komende jaar. De \
         Duitse minister van Financiën, Jonas Keller, zal de Raad informeren over de Duitse \
         begroting voor het komende jaar. De Commissie zal de lidstaten informeren over de \
         stand van zaken.\n"
    );
    expect![[r#"
        [
            "person:christine-lagarde informeren Neutral",
        ]
    "#]]
    .assert_debug_eq(&statements_quoting(&text, "Lagarde"));
    expect![[r#"
        [
            "person:jonas-keller informeren Neutral",
        ]
    "#]]
    .assert_debug_eq(&statements_quoting(&text, "Keller"));
    expect![[r#"
        [
            "org:european-commission informeren Neutral",
        ]
    "#]]
    .assert_debug_eq(&statements_quoting(&text, "stand van zaken"));
}

#[test]
fn an_office_label_names_the_person_after_its_colon() {
    let text = "# Annual report\n\nThe Agency had a busy year with many tasks in the field of \
        asylum and migration across the Union.\n\n## Annex I: Organisational chart\n\n\
        - Executive Director: Nina Gregori\n- Deputy Executive Director: Jamil Addou\n\
        - Head of Operations: Pieter van der Linde\n- Accounting Officer: Lena Berg\n\n\
        ## Bijlage\n\n- Voorzitter: Jan de Vries\n- Directeur Toezicht: Karin Mulder\n\
        - Plaatsvervangend inspecteur-generaal: Ruud Verhoeven\n";
    let report = analyze_text(text, &Config::default());
    // `Directeur Toezicht` was a person named Toezicht, and only the first two had a person.
    expect![[r#"
        Jan de Vries | Voorzitter | -
        Nina Gregori | Executive Director | -
        Pieter van der Linde | Head of Operations | -
        Jamil Addou | Deputy Executive Director | -
        Karin Mulder | Directeur Toezicht | -
        Lena Berg | Accounting Officer | -
        Ruud Verhoeven | Plaatsvervangend inspecteur-generaal | -
    "#]]
    .assert_eq(&actor_rows::people(&report));
    // A speaker's label in a transcript stays the speaker's.
    let text = "Verslag van een commissiedebat\n\nMinister Hoekstra: Dank u wel, voorzitter. \
        Ik wil de leden bedanken voor hun vragen over de Raad en over de begroting.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"
        Hoekstra | Minister | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&report));
}

#[test]
fn a_part_title_dated_by_its_day_heads_the_items_after_it() {
    // Right after the letter's signature, the first part used to be taken for the report's
    // title, and `Justitiedag 13 oktober 2026` for a place and a date.
    let text = format!(
        "Verslag JBZ-Raad\n\n{PARAGRAPH}\n\nDe Minister van Justitie en Veiligheid,\n\n\
         M.A. Verbeek-de Groot\n\nBinnenlandse Zakendag 12 oktober 2026\n\n1. Migratiepact\n\
         {PARAGRAPH}\n\n2. Terugkeer\n{PARAGRAPH}\n\nJustitiedag 13 oktober 2026\n\n\
         3. E-evidence\n{PARAGRAPH}\n\n4. Diversen\n{PARAGRAPH}\n"
    );
    expect![[r#"
        0 [-] Binnenlandse Zakendag 12 oktober 2026
          1 [1] Migratiepact
          2 [2] Terugkeer
        3 [-] Justitiedag 13 oktober 2026
          4 [3] E-evidence
          5 [4] Diversen
    "#]]
    .assert_eq(&outline_text(&analyze_text(&text, &Config::default())));
    // Undated parts too.
    let undated = text
        .replace(
            "Binnenlandse Zakendag 12 oktober 2026",
            "Binnenlandse Zaken",
        )
        .replace("Justitiedag 13 oktober 2026", "Justitie");
    expect![[r#"
        0 [-] Binnenlandse Zaken
          1 [1] Migratiepact
          2 [2] Terugkeer
        3 [-] Justitie
          4 [3] E-evidence
          5 [4] Diversen
    "#]]
    .assert_eq(&outline_text(&analyze_text(&undated, &Config::default())));
    // A report's own title over its first item stays its title.
    let titled = text
        .replace(
            "Binnenlandse Zakendag 12 oktober 2026",
            "Verslag van de JBZ-Raad",
        )
        .replace("Justitiedag 13 oktober 2026\n\n", "");
    expect![[r#"
        0 [1] Migratiepact
        1 [2] Terugkeer
        2 [3] E-evidence
        3 [4] Diversen
    "#]]
    .assert_eq(&outline_text(&analyze_text(&titled, &Config::default())));
}

#[test]
fn a_countrys_ministry_speaks_for_the_country() {
    // The ministry's portfolio after `of`/`van` used to end the subject: no statement.
    statement_rows::check(&[
        (
            "The Greek Ministry of Migration and Asylum welcomed the extension of the \
             operational plan for another year.",
            &[("country:gr", "welcomed", Stance::Support)],
        ),
        (
            "The Italian Ministry of the Interior stressed the need for more support in \
             Lampedusa during the summer.",
            &[("country:it", "stressed", Stance::Neutral)],
        ),
        (
            "Het Griekse ministerie van Migratie benadrukte het belang van de verlenging van \
             het operationele plan.",
            &[("country:gr", "benadrukte", Stance::Neutral)],
        ),
    ]);
}

#[test]
fn a_foreword_dated_by_its_month_and_signed_with_a_lower_case_title_signs() {
    // The dateline between the foreword and the name hid the signature, and a name opening
    // with `drs.` was never read as one.
    let text = "# Jaarverslag 2025 Inspectie\n\n## Voorwoord\n\nIn 2025 heeft de inspectie meer \
        dan 9.000 meldingen ontvangen en zij heeft veel bezoeken afgelegd bij instellingen.\n\n\
        Utrecht, maart 2026\n\ndrs. P.M. (Petra) Huisman\nInspecteur-generaal\n\n## 1. Toezicht\n\n\
        De inspectie bezocht 2.318 instellingen in het hele land en rapporteerde daarover aan de \
        minister.\n";
    let report = analyze_text(text, &Config::default());
    assert_eq!(
        metadata_rows::signatories(&report).as_deref(),
        Some(r#"Some("Inspecteur-generaal")/Some("drs. P.M. (Petra) Huisman")"#)
    );
    expect![[r#"
        P.M. Huisman | Inspecteur-generaal | -
    "#]]
    .assert_eq(&actor_rows::people(&report));
}

#[test]
fn a_statement_quotes_its_sentence_without_the_items_marker() {
    // The quoted text opened with `a) `, `- ` or `(c) `: the item's letter, not what was said.
    let text = "Verslag\n\n1. Diversen\n\na) Het Europees Openbaar Ministerie (EOM) presenteerde \
        zijn jaarverslag over het afgelopen jaar aan de ministers van Justitie.\n\n\
        - Duitsland steunde het voorstel van de Commissie over de digitalisering van de \
        justitiële samenwerking.\n\n(c) Spanje steunde het voorstel van de Commissie over de \
        digitalisering van de justitiële samenwerking.\n\n\
        iv) The Presidency presented its work programme for the coming six months to the \
        ministers.\n";
    let report = analyze_text(text, &Config::default());
    let quoted: Vec<&str> = report
        .statements
        .iter()
        .map(|s| {
            report.text[s.range.start..s.range.end]
                .get(..20)
                .unwrap_or_default()
        })
        .collect();
    expect![[r#"
        [
            "Het Europees Openbaa",
            "Duitsland steunde he",
            "Spanje steunde het v",
            "The Presidency prese",
        ]
    "#]]
    .assert_debug_eq(&quoted);
}

#[test]
fn the_european_chief_prosecutor_is_of_the_eppo() {
    // `Europees hoofdaanklager` was a bare title: the person had no organisation.
    let text = "Verslag\n\n1. Diversen\n\nEuropees hoofdaanklager Laura Kövesi wees op de \
        toename van btw-fraude in de lidstaten van de Unie en vroeg om meer middelen.\n";
    expect![[r#"
        [
            (
                "person:laura-kovesi",
                Some(
                    "Europees hoofdaanklager",
                ),
                Some(
                    "org:eppo",
                ),
            ),
        ]
    "#]]
    .assert_debug_eq(&actor_rows::actors(text, "person:"));
}
