//! Session 14: a ministry letter on letterhead carrying a Council report whose parts and items
//! are unnumbered headings ("Binnenlandse Zaken" ⏎ "Migratiepact …"), signed by two ministers
//! one under the other, with a title joined to its body by a hyphen (`Europol-directeur`).

use expect_test::expect;
use report_core::{analyze_text, Config, Report};

mod outline_text;
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

/// The actor `id` of `report`, which the test expects to be there.
fn actor<'r>(report: &'r Report, id: &str) -> &'r report_core::Actor {
    report
        .actors
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no actor {id}"))
}

/// The letter: two closings, each with its minister's name under it; then the report.
const LETTER: &str = "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\
     Postbus 20018\n2500 EA DEN HAAG\n\n\
     Datum 17 maart 2031\n\
     Onderwerp Verslag van de Raad Justitie en Binnenlandse Zaken van 13 en 14 maart 2031\n\n\
     Hierbij bieden wij u het verslag aan van de JBZ-Raad die op 13 en 14 maart 2031 in \
     Brussel plaatsvond.\n\n\
     De Minister van Justitie en Veiligheid,\n\n\
     A.B. Jansen\n\n\
     De Minister van Asiel en Migratie,\n\n\
     C.D. de Vries-van Dam\n\n\
     Verslag van de JBZ-Raad van 13 en 14 maart 2031\n\n\
     Binnenlandse Zaken\n\n\
     Stand van zaken migratiepact\n\
     Het voorzitterschap gaf een overzicht van de uitvoering. Nederland gaf aan dat de \
     wetgeving in voorbereiding is.\n\n\
     Terugkeerverordening\n\
     De Commissie presenteerde het voorstel. Spanje plaatste een voorbehoud.\n\n\
     Justitie\n\n\
     Digitale samenwerking\n\
     De Raad nam een algemene oriëntatie aan. Hongarije stemde tegen.\n\n\
     Georganiseerde criminaliteit\n\
     Europol-directeur Johanna Verbeek lichtte het dreigingsbeeld toe. België riep op tot \
     een gezamenlijke aanpak.\n";

#[test]
fn two_ministers_signing_one_under_the_other_both_have_their_names() {
    let signatories: Vec<(Option<String>, Option<String>)> = run(LETTER)
        .metadata
        .signatories
        .into_iter()
        .map(|s| (s.role, s.name))
        .collect();
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        signatories,
        vec![
            (
                some("Minister van Justitie en Veiligheid"),
                some("A.B. Jansen")
            ),
            (
                some("Minister van Asiel en Migratie"),
                some("C.D. de Vries-van Dam")
            ),
        ]
    );
}

#[test]
fn unnumbered_headings_each_right_above_another_are_parts_over_the_items() {
    expect![[r#"
        0 [-] Binnenlandse Zaken
          1 [-] Stand van zaken migratiepact
          2 [-] Terugkeerverordening
        3 [-] Justitie
          4 [-] Digitale samenwerking
          5 [-] Georganiseerde criminaliteit
    "#]]
    .assert_eq(&outline_text(&run(LETTER)));
}

#[test]
fn one_heading_right_above_another_is_no_part_on_its_own() {
    let text = "Verslag\n\nHierbij bied ik u het verslag aan.\n\n\
         Migratie\n\n\
         Stand van zaken\n\
         Het voorzitterschap gaf een overzicht.\n\n\
         Terugkeer\n\
         De Commissie presenteerde het voorstel.\n\n\
         Justitie en veiligheid\n\
         De Raad nam een besluit.\n";
    expect![[r#"
        0 [-] Migratie
        1 [-] Stand van zaken
        2 [-] Terugkeer
        3 [-] Justitie en veiligheid
    "#]]
    .assert_eq(&outline_text(&run(text)));
}

#[test]
fn a_body_joined_to_a_title_by_a_hyphen_is_the_persons_affiliation() {
    let report = run(LETTER);
    let person = actor(&report, "person:johanna-verbeek");
    assert_eq!(person.role.as_deref(), Some("directeur"));
    assert_eq!(person.affiliation.as_deref(), Some("org:europol"));
    let speakers: Vec<&str> = report.statements.iter().map(|s| s.actor.as_str()).collect();
    assert!(speakers.contains(&"person:johanna-verbeek"), "{speakers:?}");
}

/// A Council outcome's cover sets the President's office, name and ministry in columns, on
/// three lines that the layout joins; another person with the title `President` speaks later.
const OUTCOME: &str = "OUTCOME OF THE COUNCIL MEETING\n\n\
     4150th meeting of the Council of the European Union\n(Economic and Financial Affairs)\n\n\
     Brussels, 11 November 2031\n\n\
     President        Ms Anna Kowalczyk\n\
     \x20                Minister for Finance of Poland\n\n\
     ITEMS DEBATED\n\n\
     Economic governance\n\n\
     Ministers held an exchange of views. The European Central Bank President Marta Ruiz \
     stressed the need for prudence. The President concluded that work would continue.\n\n\
     NON-LEGISLATIVE ITEMS APPROVED WITHOUT DEBATE\n\n\
     Tax matters\n\n\
     The Council adopted conclusions on tax. Hungary abstained.\n";

#[test]
fn the_cover_names_the_president_with_her_ministry_and_the_president_is_her() {
    let report = run(OUTCOME);
    let person = actor(&report, "person:anna-kowalczyk");
    assert_eq!(person.role.as_deref(), Some("Minister for Finance"));
    assert_eq!(person.affiliation.as_deref(), Some("country:pl"));
    // Her ministry is no role of its own.
    assert!(
        !report.actors.iter().any(|a| a.id.starts_with("role:pl-")),
        "{:?}",
        report.actors.iter().map(|a| &a.id).collect::<Vec<_>>()
    );
    let concluded: Vec<&str> = report
        .statements
        .iter()
        .filter(|s| s.verb == "concluded")
        .map(|s| s.actor.as_str())
        .collect();
    assert_eq!(concluded, ["person:anna-kowalczyk"]);
}

#[test]
fn items_approved_without_debate_are_a_half_of_the_outcome_beside_those_debated() {
    expect![[r#"
        0 [-] ITEMS DEBATED
          1 [-] Economic governance
        2 [-] NON-LEGISLATIVE ITEMS APPROVED WITHOUT DEBATE
          3 [-] Tax matters
    "#]]
    .assert_eq(&outline_text(&run(OUTCOME)));
}

#[test]
fn the_executive_director_in_an_agencys_own_report_is_the_agencys() {
    let text = "# Annual Activity Report 2031\n\n\
         **European Union Agency for Asylum**\n\n\
         ## Foreword\n\n\
         In 2031 the Agency supported 20 Member States. The Executive Director, Lena Marsh, \
         thanked the Management Board. Minister Karel Dvořák of Czechia visited the Agency.\n";
    let report = run(text);
    let affiliation = |id: &str| {
        report
            .actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.affiliation.clone())
    };
    assert_eq!(
        affiliation("person:lena-marsh"),
        Some(Some("org:euaa".to_string()))
    );
    // A minister is no agency's.
    assert_eq!(
        affiliation("person:karel-dvorak"),
        Some(Some("country:cz".to_string()))
    );
}

/// A letter whose paragraph has a line that opens like a signing role (`Het voorzitterschap
/// …,`), signed by a minister whose title wraps over two lines.
const WRAPPED: &str = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
     Den Haag, 4 november 2031\n\n\
     Geachte Voorzitter,\n\n\
     Hierbij stuur ik u het verslag van de Landbouwraad.\n\n\
     1. Toekomst van het GLB\n\n\
     Het voorzitterschap wil een GLB dat eenvoudiger is. Nederland steunt een vereenvoudiging,\n\
     maar wil dat de doelen voor natuur, klimaat en water overeind blijven. De Commissie\n\
     noemde de middelen beperkt.\n\n\
     2. Overige punten\n\n\
     Er werd geen besluit genomen.\n\n\
     Hoogachtend,\n\n\
     De Minister van Landbouw, Visserij,\n\
     Voedselzekerheid en Natuur,\n\n\
     K.L. Mulder\n";

#[test]
fn a_paragraph_line_that_opens_like_a_role_and_ends_in_a_comma_goes_on() {
    let report = run(WRAPPED);
    assert!(
        report
            .text
            .contains("een vereenvoudiging, maar wil dat de doelen"),
        "{}",
        report.text
    );
}

#[test]
fn a_signing_role_wrapped_over_two_lines_is_one_with_the_name_under_it() {
    let report = run(WRAPPED);
    let signatories: Vec<(Option<String>, Option<String>)> = report
        .metadata
        .signatories
        .into_iter()
        .map(|s| (s.role, s.name))
        .collect();
    assert_eq!(
        signatories,
        vec![(
            Some("Minister van Landbouw, Visserij, Voedselzekerheid en Natuur".to_string()),
            Some("K.L. Mulder".to_string())
        )]
    );
    // The name is no section under the last item.
    expect![[r#"
        0 [1] Toekomst van het GLB
        1 [2] Overige punten
    "#]]
    .assert_eq(&outline_text(&run(WRAPPED)));
}

#[test]
fn items_a_summary_names_again_under_items_debated_are_items_not_parts() {
    let text = "OUTCOME OF THE COUNCIL MEETING\n\n\
         Luxembourg, 14 and 15 October 2031\n\n\
         MAIN RESULTS\n\n\
         Fishing opportunities\n\n\
         The Council reached a political agreement.\n\n\
         Market situation\n\n\
         Ministers discussed the market.\n\n\
         ITEMS DEBATED\n\n\
         Fishing opportunities\n\n\
         The Council agreed on catch limits.\n\n\
         Market situation\n\n\
         The Council took note of the information.\n\n\
         Any other business\n\n\
         a) Animal welfare\n\n\
         The Presidency informed ministers.\n\n\
         b) New genomic techniques\n\n\
         The Presidency informed ministers on the trilogue.\n";
    expect![[r#"
        0 [-] MAIN RESULTS
          1 [-] Fishing opportunities
          2 [-] Market situation
        3 [-] ITEMS DEBATED
          4 [-] Fishing opportunities
          5 [-] Market situation
          6 [-] Any other business
            7 [a] Animal welfare
            8 [b] New genomic techniques
    "#]]
    .assert_eq(&outline_text(&run(text)));
}

#[test]
fn the_president_alone_with_no_holder_named_is_the_meetings_president() {
    let report = run("Outcome of the Council meeting\n\n1. Trade\n\n\
         The President opened the meeting. Ministers discussed trade with China.\n");
    assert_eq!(
        actor(&report, "role:president").kind,
        report_core::ActorKind::Role
    );
    let opened: Vec<&str> = report
        .statements
        .iter()
        .filter(|s| s.verb == "opened")
        .map(|s| s.actor.as_str())
        .collect();
    assert_eq!(opened, ["role:president"]);
}
