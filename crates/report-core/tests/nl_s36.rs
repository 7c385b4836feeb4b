//! Session 36: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s36`):
//! a Kamerbrief from `pdftotext -layout` with a two-column letter head (the side column's
//! `Bijlagen` ⏎ `1`), two signatories and a `Bijlage 1` that carries the report of a JBZ-Raad
//! over two days, with a numbered table of contents (`1.1   Uitvoering van het Migratiepact   2`),
//! footnotes marked by superscript figures (`Migratiepact²` ⏎ … ⏎ `² Verordening …`) and page
//! numbers; the report of an informal meeting of ministers for European affairs, with days in
//! capitals (`WOENSDAG 14 JANUARI`) over a programme's time slots (`14.30 - 16.30 uur |
//! Werksessie I: …`, `20.00 uur | Werkdiner: …`), a High Representative, a Vice-President of
//! the Commission and inverted and passive word order (`Zorgen … uitten Nederland, …`,
//! `Gesteund werd dit door …`); and an annotated agenda of a Raad Algemene Zaken turned into a
//! report (`…, aangevuld met verslag`), each item's `Besluitvorming:` field and annotation
//! followed by `► Verslag:`, with correlative pairs (`Zowel Hongarije als Slowakije`, `Noch
//! Nederland noch Frankrijk`) and exceptions (`Alle lidstaten behalve Hongarije`).

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s36/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s36/{name}"))
}

const JBZ: &str = "nl-kamerbrief-bijlage-jbz-raad-inhoudsopgave-superscript-voetnoten.txt";
const INFORMAL: &str = "nl-verslag-informele-raz-sessies-tijdvakken-werkdiner.txt";
const AGENDA: &str = "nl-geannoteerde-agenda-raz-aangevuld-verslag-pijlen.txt";

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
    // Without blank lines, a time slot after a sentence still opens its session's heading
    // (before, it ran on in the paragraph above it).
    let text = "Verslag informele bijeenkomst van ministers voor Europese Zaken\n\
                WOENSDAG 14 JANUARI\n\
                14.30 - 16.30 uur | Werksessie I: Uitbreiding\n\
                De Litouwse minister opende de sessie met een oproep.\n\
                17.00 - 18.30 uur | Werksessie II: Het meerjarig financieel kader\n\
                De Commissie gaf een korte presentatie.\n";
    expect![[r#"
        0 [-] Werksessie I: Uitbreiding
        1 [-] Werksessie II: Het meerjarig financieel kader
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
fn the_jbz_outline_and_metadata() {
    let r = fixture(JBZ);
    expect![[r#"
        0 [Bijlage 1] 
          1 [1] Binnenlandse Zaken (8 december)
            2 [1.1] Uitvoering van het Migratiepact
            3 [1.2] Terugkeerverordening
            4 [1.3] Schengen: stand van zaken
          5 [2] Justitie (9 december)
            6 [2.1] Verordening kinderpornografie online
            7 [2.2] Wederzijdse erkenning van beslissingen tot confiscatie
            8 [2.3] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de JBZ-Raad van 8 en 9 december 2026") | Some("2026-12-11") | ["2026-12-08", "2026-12-09"] | Some("Brussel")"#]]
    .assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_jbz_actors_and_statements() {
    let r = fixture(JBZ);
    expect![[r#"
        P.J.M. Ravesteijn-Kok | Minister van Asiel en Migratie | country:nl
        Henrik Sørlie | Eurocommissaris voor Binnenlandse Zaken en Migratie | org:european-commission
        Jean-Luc Marchand | Uitvoerend directeur van Frontex | org:frontex
        M.A. van Oosterwijk | Minister van Justitie en Veiligheid | country:nl
        Siobhán Ní Bhriain | minister van Justitie | country:ie
        Viorica Drăgulescu | Aanklager | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 7
        role:presidency | Voorzitterschap | - | 3
        collective:several-member-states | een aantal lidstaten | - | 2
        collective:third-countries | derde landen | - | 2
        org:european-commission | Europese Commissie | - | 2
        org:tweede-kamer | Tweede Kamer | - | 2
        collective:baltic-states | Baltische staten | - | 1
        collective:member-states | lidstaten | - | 1
        collective:most-member-states | de meeste lidstaten | - | 1
        org:eu | Europese Unie | - | 1
        org:eurojust | Eurojust | - | 1
        org:frontex | Frontex | - | 1
        role:incoming-presidency | inkomend voorzitterschap | country:lt | 1
        role:nl-minister-van-binnenlandse-zaken-en-koninkrijksrelaties | minister van Binnenlandse Zaken en Koninkrijksrelaties | country:nl | 1
        role:voorzitter-van-de-tweede-kamer | Voorzitter van de Tweede Kamer | org:tweede-kamer | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        org:european-commission gaven Neutral
        role:presidency gaven Neutral
        person:henrik-sorlie stelde Neutral
        collective:several-member-states wees op Neutral
        country:it wees op Neutral
        country:gr wees op Neutral
        country:mt wees op Neutral
        collective:several-member-states vroeg Neutral
        country:it vroeg Neutral
        country:gr vroeg Neutral
        country:mt vroeg Neutral
        country:hu werd herhaald Neutral
        country:pl werd herhaald Neutral
        person:p-j-m-ravesteijn-kok heeft benadrukt Neutral
        country:at werd gesteund Support
        country:dk werd gesteund Support
        country:se werd gesteund Support
        country:nl kon instemmen Support
        country:es onthielden zich Reservation
        country:pt onthielden zich Reservation
        country:be Volgens Neutral
        country:fr verwelkomde Support
        role:presidency presenteerde Neutral
        person:jean-luc-marchand lichtte toe Neutral
        country:fi riepen op Support
        collective:baltic-states riepen op Support
        country:de verdedigde Support
        country:lu werd bekritiseerd Oppose
        country:be werd bekritiseerd Oppose
        person:siobhan-ni-bhriain sprak over Neutral
        country:de plaatste behandelvoorbehoud Reservation
        country:nl steunt Support
        org:european-commission presenteerde Neutral
        collective:most-member-states werd positief ontvangen Support
        country:cz waren kritisch Reservation
        country:sk waren kritisch Reservation
        country:it pleitte Support
        role:presidency informeerde Neutral
        org:eurojust presenteerde Neutral
        person:viorica-dragulescu gaf toelichting Neutral
        role:incoming-presidency presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_informal_outline_and_metadata() {
    let r = fixture(INFORMAL);
    expect![[r#"
        0 [-] WOENSDAG 14 JANUARI
          1 [-] Werksessie I: Uitbreiding en de hervorming van de Unie
          2 [-] Werksessie II: Het meerjarig financieel kader na 2027
          3 [-] Werkdiner: de Europese Unie in de wereld
        4 [-] DONDERDAG 15 JANUARI
          5 [-] Werksessie III: Rechtsstaat en democratische weerbaarheid
          6 [-] Afsluitende sessie
          7 [-] Bilaterale contacten
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("Verslag informele bijeenkomst van ministers voor Europese Zaken") | None | ["2027-01-14", "2027-01-15"] | Some("Vilnius")"#]]
    .assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_informal_actors_and_statements() {
    let r = fixture(INFORMAL);
    expect![[r#"
        R.S. Tjoe-A-Loi | staatssecretaris voor Europese Zaken | country:nl
        Cathal Ó Duinn | minister van Staat voor Europese Zaken | country:ie
        Elena Moravcová | Vicevoorzitter van de Commissie | org:european-commission
        Marguerite Dallaire | Hoge Vertegenwoordiger van de Unie voor Buitenlandse Zaken en Veiligheidsbeleid | org:eeas
        Rasa Žemaitienė | minister van Buitenlandse Zaken | country:lt
        Tomas Dvořák | Eurocommissaris voor Uitbreiding | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:european-commission | Europese Commissie | - | 4
        role:presidency | Voorzitterschap | country:lt | 4
        collective:member-states | lidstaten | - | 3
        collective:ministers | ministers | - | 3
        org:eu | Europese Unie | - | 3
        org:council | Raad van de Europese Unie | - | 2
        collective:baltic-states | Baltische staten | - | 1
        collective:several-member-states | een aantal lidstaten | - | 1
        collective:third-countries | derde landen | - | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        person:rasa-zemaitiene opende Neutral
        person:tomas-dvorak schetste Neutral
        person:tomas-dvorak noemde Neutral
        country:fr stelden Neutral
        country:de stelden Neutral
        country:hu wezen van de hand Oppose
        country:sk wezen van de hand Oppose
        collective:member-states toonde zich Reservation
        country:mt toonde zich Reservation
        country:cy toonde zich Reservation
        country:lu toonde zich Reservation
        collective:member-states vroeg Neutral
        country:mt vroeg Neutral
        country:cy vroeg Neutral
        country:lu vroeg Neutral
        person:r-s-tjoe-a-loi gaf aan Neutral
        country:nl volgens Neutral
        country:nl uitten Neutral
        country:at uitten Neutral
        country:se uitten Neutral
        country:dk uitten Neutral
        country:pl benadrukten Neutral
        collective:baltic-states benadrukten Neutral
        org:european-commission Volgens Neutral
        country:pt sprak uit Support
        collective:ministers onderstreepten Neutral
        country:gr werd gevraagd Neutral
        country:cy werd gevraagd Neutral
        person:elena-moravcova presenteerde Neutral
        person:r-s-tjoe-a-loi verwelkomde Support
        person:r-s-tjoe-a-loi riep op Neutral
        country:se sloten aan Support
        country:fi sloten aan Support
        country:ee sloten aan Support
        role:presidency kondigde aan Neutral
        person:r-s-tjoe-a-loi sprak Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_agenda_outline_and_metadata() {
    let r = fixture(AGENDA);
    expect![[r#"
        0 [I] Voorbereiding Europese Raad van 17 en 18 december 2026
          1 [-] Besluitvorming: ter bespreking
        2 [II] Uitbreiding: Raadsconclusies
          3 [-] Besluitvorming: aanname Raadsconclusies
        4 [III] Artikel 7-procedure Hongarije: hoorzitting
          5 [-] Besluitvorming: ter bespreking
        6 [IV] Wetgevingsprogramma 2027
          7 [-] Besluitvorming: ter informatie
        8 [V] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"MeetingReport | Some("Geannoteerde agenda Raad Algemene Zaken van 15 december 2026, aangevuld met verslag") | None | ["2026-12-15"] | None"#]]
    .assert_eq(&metadata_rows::head(&r));
}

#[test]
fn the_agenda_actors_and_statements() {
    let r = fixture(AGENDA);
    expect![[r#"
        Ana Lucía Ferreira | Eurocommissaris voor Interinstitutionele Betrekkingen | org:european-commission
        Elena Moravcová | Vicevoorzitter van de Europese Commissie | org:european-commission
        Gábor Szentesi | minister voor Europese Zaken | country:hu
        Tomas Dvořák | Eurocommissaris voor Uitbreiding en Nabuurschap | org:european-commission
        Verbeek-Scholten | Minister | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 7
        collective:member-states | lidstaten | - | 4
        org:european-commission | Europese Commissie | - | 4
        role:cabinet | kabinet | country:nl | 4
        org:european-council | Europese Raad | - | 3
        role:presidency | Voorzitterschap | - | 2
        collective:several-member-states | een aantal lidstaten | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:incoming-presidency | inkomend voorzitterschap | country:ie | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        role:cabinet zet in Support
        org:council besprak Neutral
        role:presidency lichtte toe Neutral
        collective:member-states worden gesteund Support
        country:hu hielden vast Reservation
        country:sk hielden vast Reservation
        country:nl drong aan Neutral
        country:se drong aan Support
        country:fi drong aan Support
        person:verbeek-scholten heeft onderstreept Neutral
        role:cabinet kan steunen Support
        country:hu blokkeerde tekst Oppose
        country:nl had bezwaar Neutral
        country:fr had bezwaar Neutral
        person:tomas-dvorak noemde Neutral
        role:cabinet stellen Neutral
        country:be stelden Neutral
        country:lu stelden Neutral
        country:nl stelden Neutral
        country:ie stelden Neutral
        person:gabor-szentesi verwierp Oppose
        person:gabor-szentesi stelde Neutral
        person:elena-moravcova wees erop Neutral
        collective:member-states zijn voorstander Support
        org:european-commission presenteert Neutral
        org:european-commission presenteerde Neutral
        person:ana-lucia-ferreira lichtte toe Neutral
        collective:several-member-states werd verwelkomd Support
        country:fr waarschuwde Reservation
        role:incoming-presidency presenteerde Neutral
        country:dk informeerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
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

#[test]
fn a_participle_aside_is_no_particle_of_the_perfect() {
    // Before, `heeft … uitgebracht, gesteund door zesentwintig lidstaten` was the
    // presidency's `heeft gesteund`, support.
    statement_rows::check(&[
        (
            "Het voorzitterschap heeft de conclusies als voorzittersconclusies uitgebracht, \
             gesteund door zesentwintig lidstaten.",
            &[],
        ),
        (
            "Nederland heeft, gesteund door Duitsland, gepleit voor een strikte aanpak.",
            &[
                ("country:nl", "heeft gepleit", Stance::Support),
                ("country:de", "heeft gepleit", Stance::Support),
            ],
        ),
        // Without its comma the participle is the perfect's own.
        (
            "Nederland heeft het voorstel gesteund.",
            &[("country:nl", "heeft gesteund", Stance::Support)],
        ),
    ]);
}

#[test]
fn a_portfolios_last_noun_is_no_given_name() {
    // Before, `Eurocommissaris voor Interinstitutionele Betrekkingen Ana Lucía Ferreira` was
    // the person `Betrekkingen Ana Lucía Ferreira`, her portfolio cut after its adjective.
    let text = "Verslag van de Raad\n\n1. Werkprogramma\n\nNamens de Commissie lichtte \
                Eurocommissaris voor Interinstitutionele Betrekkingen Ana Lucía Ferreira toe dat \
                het programma zestien voorstellen bevat. Eurocommissaris voor Uitbreiding en \
                Nabuurschap Jana Marie Novotná noemde de uitkomst werkbaar.\n";
    expect![[r#"
        Ana Lucía Ferreira | Eurocommissaris voor Interinstitutionele Betrekkingen | org:european-commission
        Jana Marie Novotná | Eurocommissaris voor Uitbreiding en Nabuurschap | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&analyze(text)));
}
