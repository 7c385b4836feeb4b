//! Session 30: rules found by reading reports written for this session and shown to no rule
//! before (a regulator's annual report in plain text with a contents without leader dots, an
//! EPSCO report with a "Beleidsdebat:" item, a letter carrying the Eurogroup's and the Ecofin
//! Council's reports under titles in capitals): a contents' lines are its entries however
//! they end, a foreword signs with titles before the name, a label over a topic is a title, an
//! annex with a title is the top level again, and each report's title holds its items.

use expect_test::expect;
use report_core::{analyze_text, Config};

mod actor_rows;
mod metadata_rows;
mod outline_text;

use outline_text::outline_text;

fn outline_of(text: &str) -> String {
    outline_text(&analyze_text(text, &Config::default()))
}

/// A plain-text annual report: a contents whose page numbers follow a space, a foreword
/// signed by a name with titles over a role, chapters numbered `1 `, and an annex with a title.
const ANNUAL_REPORT: &str = "Jaarverslag 2025\n\nAutoriteit Toezicht Voorbeeldmarkten\n\n\
    Inhoudsopgave\n\nVoorwoord 3\n1 Het jaar in vogelvlucht 4\n2 Toezicht en handhaving 6\n\
    2.1 Klachten en signalen 6\n2.2 Onderzoeken 7\n3 Organisatie 9\nBijlage: kerncijfers 11\n\n\
    Voorwoord\n\nHet bestuur is trots op wat de organisatie in 2025 heeft bereikt.\n\n\
    Mr. drs. H.J. (Hanneke) Bosman\nVoorzitter van het bestuur\n\n\
    1 Het jaar in vogelvlucht\n\nIn 2025 ontvingen wij 4.312 klachten.\n\n\
    2 Toezicht en handhaving\n\n2.1 Klachten en signalen\n\nHet aantal klachten steeg.\n\n\
    2.2 Onderzoeken\n\nWij startten elf onderzoeken.\n\n\
    3 Organisatie\n\nEind 2025 werkten 214 medewerkers bij de autoriteit.\n\n\
    Bijlage: kerncijfers\n\nKlachten                4.312\nOnderzoeken                11\n";

#[test]
fn a_contents_without_leader_dots_is_no_outline() {
    // Its lines ran into one paragraph, read as chapters 2 to 4 holding the foreword.
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Het jaar in vogelvlucht
        2 [2] Toezicht en handhaving
          3 [2.1] Klachten en signalen
          4 [2.2] Onderzoeken
        5 [3] Organisatie
        6 [-] Bijlage: kerncijfers
    "#]]
    .assert_eq(&outline_of(ANNUAL_REPORT));
    // A paragraph's lines that end on a number are no contents without its title.
    let text =
        "Verslag\n\nDe Raad nam besluit 3\nover de begroting van 2026 aan en sprak over punt 4\n\
        Nederland steunde het voorstel.\n";
    let report = analyze_text(text, &Config::default());
    assert!(
        outline_text(&report).is_empty(),
        "{}",
        outline_text(&report)
    );
}

#[test]
fn a_foreword_signed_by_a_name_with_titles_signs_the_annual_report() {
    let report = analyze_text(ANNUAL_REPORT, &Config::default());
    assert_eq!(
        metadata_rows::signatories(&report).as_deref(),
        Some(r#"Some("Voorzitter van het bestuur")/Some("Mr. drs. H.J. (Hanneke) Bosman")"#)
    );
    let people = actor_rows::actors(ANNUAL_REPORT, "person:");
    assert!(
        people.iter().any(|(id, role, _)| id.ends_with("bosman")
            && role.as_deref() == Some("Voorzitter van het bestuur")),
        "{people:?}"
    );
    // An English foreword without a dateline signs as well.
    let text = "Annual Activity Report 2025\n\nForeword\n\n\
        The year 2025 marked the first full year of the new regime.\n\n\
        Pavel Horak\nExecutive Director\n\n\
        1 Introduction\n\nThe Agency issued 612 authorisations.\n\n\
        2 Management\n\nThe Board met three times.\n";
    let report = analyze_text(text, &Config::default());
    assert_eq!(
        metadata_rows::signatories(&report).as_deref(),
        Some(r#"Some("Executive Director")/Some("Pavel Horak")"#)
    );
    // Running text under the name and role: no signature.
    let text = "Annual Activity Report 2025\n\nForeword\n\nThe year went well.\n\n\
        Pavel Horak\nExecutive Director\n\nThe Agency issued 612 authorisations in all.\n";
    let report = analyze_text(text, &Config::default());
    assert_eq!(metadata_rows::signatories(&report).as_deref(), Some(""));
}

#[test]
fn a_label_over_a_topic_is_a_title() {
    // Paragraphs as long as a report's: a short line over one is no wrapped line of it.
    let text = "Verslag EPSCO-raad\n\nEuropees Semester\nDe Raad keurde de sleutelboodschappen van \
        het Comité voor de werkgelegenheid en het Comité voor sociale bescherming goed.\n\n\
        Beleidsdebat: demografische verandering\nTijdens de lunch werd van gedachten gewisseld \
        over de gevolgen van de vergrijzing voor de arbeidsmarkt en de sociale zekerheid.\n\n\
        Richtlijn traineeships\nBesluitvorming: Algemene oriëntatie\nDe Raad bereikte met \
        gekwalificeerde meerderheid een algemene oriëntatie over de richtlijn inzake traineeships.\n\n\
        Diversen\nHet voorzitterschap informeerde de Raad over de conferentie over sociale economie.\n";
    expect![[r#"
        0 [-] Europees Semester
        1 [-] Beleidsdebat: demografische verandering
        2 [-] Richtlijn traineeships
        3 [-] Diversen
    "#]]
    .assert_eq(&outline_of(text));
}

#[test]
fn an_annex_with_a_title_is_the_top_level_again() {
    for annex in [
        "Bijlage: kerncijfers",
        "Bijlage kerncijfers",
        "Annex: key figures",
    ] {
        let text = format!(
            "Jaarverslag\n\n1 Inleiding\n\nTekst van de inleiding.\n\n\
             2 Resultaten\n\nTekst van de resultaten.\n\n{annex}\n\nIn 2025 kwamen 4.312 klachten binnen.\n"
        );
        assert_eq!(
            outline_of(&text),
            format!("0 [1] Inleiding\n1 [2] Resultaten\n2 [-] {annex}\n"),
            "{annex}"
        );
    }
    // A letter head's count of its annexes is no section.
    let text = "Verslag\n\nBijlage: 1\n\n1 Inleiding\n\nTekst.\n\n2 Resultaten\n\nTekst.\n";
    assert!(
        !outline_of(text).contains("Bijlage"),
        "{}",
        outline_of(text)
    );
}

#[test]
fn each_report_of_a_letter_holds_its_items_under_a_title_in_capitals() {
    let text = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026-2027\n\
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 9 december 2026\n\
        Hierbij stuur ik u het verslag van de Eurogroep en de Ecofinraad.\n\
        De Minister van Financiën,\nE.J. de Ruiter\n\n\
        VERSLAG EUROGROEP 4 DECEMBER 2026\n\n\
        Ontwerpbegrotingsplannen 2027\nDe Eurogroep besprak de opinies van de Commissie.\n\n\
        Digitale euro\nDe ECB gaf een stand van zaken.\n\n\
        VERSLAG ECOFINRAAD 5 DECEMBER 2026\n\n\
        Kapitaalmarktenunie\nDe Raad bereikte een akkoord.\n\n\
        Europees Semester\nDe Raad nam conclusies aan.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] VERSLAG EUROGROEP 4 DECEMBER 2026
          1 [-] Ontwerpbegrotingsplannen 2027
          2 [-] Digitale euro
        3 [-] VERSLAG ECOFINRAAD 5 DECEMBER 2026
          4 [-] Kapitaalmarktenunie
          5 [-] Europees Semester
    "#]]
    .assert_eq(&outline_text(&report));
    assert_eq!(report.metadata.meeting_dates, ["2026-12-04", "2026-12-05"]);
}
