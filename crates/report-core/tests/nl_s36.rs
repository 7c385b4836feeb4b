//! Session 36: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s36`).

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod metadata_rows;
mod outline_text;
mod statement_rows;

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn kind(r: &Report) -> Option<String> {
    Some(format!("{:?}", r.metadata.kind))
}

#[test]
fn those_excepted_after_the_subject_stay_out() {
    // Before, `Alle lidstaten behalve Hongarije steunden` was Hungary's support: `behalve`,
    // ending on an `e`, was read as an adjective before the name, not as a preposition.
    statement_rows::check(&[
        (
            "Alle lidstaten behalve Hongarije steunden de conclusies.",
            &[("collective:member-states", "steunden", Stance::Support)],
        ),
        (
            "Alle lidstaten behalve Hongarije zijn voorstander van een nieuwe hoorzitting.",
            &[(
                "collective:member-states",
                "zijn voorstander",
                Stance::Support,
            )],
        ),
        // An inflected adjective before the name still is one.
        (
            "De vorige Hongarije steunde het voorstel.",
            &[("country:hu", "steunde", Stance::Support)],
        ),
    ]);
}

#[test]
fn correlative_pairs_name_both_and_noch_denies() {
    // Before, `Zowel Hongarije als Slowakije` and `Noch Nederland noch Frankrijk` gave the
    // second name alone, and `Noch … noch … had bezwaar` was opposition.
    statement_rows::check(&[
        (
            "Zowel Hongarije als Slowakije hielden vast aan hun voorbehoud.",
            &[
                ("country:hu", "hielden vast", Stance::Reservation),
                ("country:sk", "hielden vast", Stance::Reservation),
            ],
        ),
        (
            "Noch Nederland noch Frankrijk had bezwaar tegen deze werkwijze.",
            &[
                ("country:nl", "had bezwaar", Stance::Neutral),
                ("country:fr", "had bezwaar", Stance::Neutral),
            ],
        ),
        (
            "Neither France nor Germany supported the proposal.",
            &[
                ("country:fr", "supported", Stance::Oppose),
                ("country:de", "supported", Stance::Oppose),
            ],
        ),
        // `als` without `zowel` names a capacity: no list.
        (
            "Het voorzitterschap sprak met Frankrijk als Duitsland steunde het voorstel.",
            &[("role:presidency", "sprak", Stance::Neutral)],
        ),
        // A `noch` in an earlier clause denies nothing of the verb after its comma.
        (
            "Omdat noch Italië noch Spanje bezwaar had, steunde Nederland het voorstel.",
            &[("country:nl", "steunde", Stance::Support)],
        ),
    ]);
}

#[test]
fn more_dutch_verbs_of_a_position() {
    // Before, each of these gave no statement, or no stance (`wezen` alone).
    statement_rows::check(&[
        (
            "Door Hongarije en Polen werd herhaald dat zij de solidariteit afwijzen.",
            &[
                ("country:hu", "werd herhaald", Stance::Neutral),
                ("country:pl", "werd herhaald", Stance::Neutral),
            ],
        ),
        (
            "Duitsland verdedigde de verlenging van de controles; dit werd door Luxemburg en \
             België bekritiseerd.",
            &[
                ("country:de", "verdedigde", Stance::Support),
                ("country:lu", "werd bekritiseerd", Stance::Oppose),
                ("country:be", "werd bekritiseerd", Stance::Oppose),
            ],
        ),
        (
            "Het voorstel werd door de meeste lidstaten positief ontvangen.",
            &[(
                "collective:most-member-states",
                "werd positief ontvangen",
                Stance::Support,
            )],
        ),
        (
            "Wel plaatste Duitsland een parlementair behandelvoorbehoud.",
            &[(
                "country:de",
                "plaatste behandelvoorbehoud",
                Stance::Reservation,
            )],
        ),
        (
            "Hongarije blokkeerde de tekst vanwege de passage over Oekraïne.",
            &[("country:hu", "blokkeerde tekst", Stance::Oppose)],
        ),
        (
            "Hongarije en Slowakije wezen dit voorstel van de hand.",
            &[
                ("country:hu", "wezen van de hand", Stance::Oppose),
                ("country:sk", "wezen van de hand", Stance::Oppose),
            ],
        ),
        // Near misses: a road blocked, a delegation received, a hand that is no particle.
        ("Hongarije blokkeerde de weg naar de grens.", &[]),
        ("Het voorstel werd door de Commissie ontvangen.", &[]),
    ]);
}

#[test]
fn an_agenda_with_its_report_added_is_a_report() {
    // Before, an annotated agenda whose title says the report was added was an agenda.
    metadata_rows::check_fields(&[
        (
            "aangevuld met verslag",
            concat!(
                "Geannoteerde agenda Raad Algemene Zaken van 15 december 2026, aangevuld met \
                 verslag",
                "\n\nI. Uitbreiding\n\nDe Raad besprak de conclusies.\n"
            ),
            kind,
            Some("MeetingReport"),
        ),
        (
            "agenda en verslag",
            "Geannoteerde agenda en verslag van de Landbouw- en Visserijraad van 8 december \
             2026\n\nI. Visquota\n\nDe Raad bereikte een akkoord.\n",
            kind,
            Some("MeetingReport"),
        ),
        // Without the report, an agenda stays one.
        (
            "agenda alone",
            "Geannoteerde agenda Raad Algemene Zaken van 15 december 2026\n\nI. Uitbreiding\n\n\
             De Raad bespreekt de conclusies.\n",
            kind,
            Some("Agenda"),
        ),
    ]);
}

#[test]
fn a_programmes_time_slots_head_its_sessions() {
    // Before, `14.30 - 16.30 uur | Werksessie I: …` headed nothing (a line as long as the
    // paragraphs' was taken for a paragraph's, and `14.30` for a decimal number): the
    // sessions ran together under their day.
    let text = "Verslag informele bijeenkomst van ministers voor Europese Zaken\n\nOnder Litouws \
                voorzitterschap kwamen de ministers voor Europese Zaken informeel bijeen in \
                Vilnius.\nTijdens een informele bijeenkomst worden geen besluiten genomen.\n\n\
                WOENSDAG 14 JANUARI\n\n14.30 - 16.30 uur | Werksessie I: Uitbreiding en de \
                hervorming van de Unie\n\nDe Litouwse minister opende de sessie met een \
                oproep om de toetredingsonderhandelingen met Oekraïne dit jaar af te ronden.\n\
                Frankrijk en Duitsland stelden voor de besluitvorming uit te breiden.\n\n\
                20.00 uur: Werkdiner over de Europese Unie in de wereld\n\nDe ministers onderstreepten het belang van een eensgezind \
                optreden van de Unie in de wereld, met name tegenover China.\n\n\
                DONDERDAG 15 JANUARI\n\n09.30–11.30 Werksessie II – Rechtsstaat\n\n\
                Zweden, Finland en Estland sloten zich daarbij aan.\n";
    expect![[r#"
        0 [-] WOENSDAG 14 JANUARI
          1 [-] Werksessie I: Uitbreiding en de hervorming van de Unie
          2 [-] Werkdiner over de Europese Unie in de wereld
        3 [-] DONDERDAG 15 JANUARI
          4 [-] Werksessie II – Rechtsstaat
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze(text)));
    // A section's decimal number stays one: no range, no unit.
    let text = "Verslag van de Raad\n\n2.10 Uitbreiding\n\nDe Raad besprak de uitbreiding.\n";
    expect![[r#"
        0 [2.10] Uitbreiding
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze(text)));
}

fn title(r: &Report) -> Option<String> {
    r.metadata.title.clone()
}

#[test]
fn a_side_columns_count_does_not_go_on_the_subject() {
    // Before, the `1` under the side column's `Bijlagen` label ended the letter's title
    // (`Verslag van de JBZ-Raad van 8 en 9 december 2026 1`).
    metadata_rows::check_fields(&[
        (
            "count under Bijlagen",
            "Aan de Voorzitter van de Tweede Kamer\n\nDatum        11 december 2026\n\
             Onderwerp    Verslag van de JBZ-Raad van 8 en 9 december 2026      Bijlagen\n\
             \x20                                                         1\n\nGeachte \
             voorzitter,\n\nHierbij zend ik u het verslag.\n\n1. Migratie\n\nDe Raad \
             sprak over migratie.\n",
            title,
            Some("Verslag van de JBZ-Raad van 8 en 9 december 2026"),
        ),
        // A year wrapped under the subject still ends it.
        (
            "year wrapped",
            "Aan de Voorzitter van de Tweede Kamer\n\nDatum        11 december 2026\n\
             Onderwerp    Verslag van de JBZ-Raad van 8 en 9 december      Bijlagen\n\
             \x20            2026\n\nGeachte \
             voorzitter,\n\nHierbij zend ik u het verslag.\n\n1. Migratie\n\nDe Raad \
             sprak over migratie.\n",
            title,
            Some("Verslag van de JBZ-Raad van 8 en 9 december 2026"),
        ),
    ]);
}

#[test]
fn an_acronym_before_a_passive_is_no_body() {
    // Before, `Over het MFK werd … gegeven` made the multiannual framework an organisation.
    let text = "Verslag van de Raad Algemene Zaken\n\n1. Begroting\n\nOver het MFK werd door de \
                Commissie een presentatie gegeven. Het MFK wordt in maart verder besproken.\n";
    assert!(actor_rows::actors(text, "org:mfk").is_empty());
    // An acronym that speaks after its article is still one.
    let text = "Verslag van de Raad Algemene Zaken\n\n1. Asiel\n\nHet COA gaf aan dat de \
                capaciteit onvoldoende is. Het COA werd daarop gevraagd om cijfers.\n";
    assert_eq!(actor_rows::actors(text, "org:coa").len(), 1);
}
