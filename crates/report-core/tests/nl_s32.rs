//! Session 32: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s32`):
//! an EPSCO report copied from a PDF as `pdftotext -raw` gives it (lines hard-wrapped, soft
//! hyphens left at the line ends, the `Datum`/`Kenmerk`/`Pagina 2 van 6` header column repeated
//! on each page, agenda items as `Agendapunt: …` lines); and a geannoteerde agenda of the Raad
//! Buitenlandse Zaken with `Doel van de Raad` / `Kabinetsinzet` / `Stand van zaken` under each
//! item and the High Representative as `de Hoge Vertegenwoordiger (HV) Kaja Kallas`, later `de HV`.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s32/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s32/{name}"))
}

const EPSCO: &str = "nl-verslag-epsco-pdftotext-raw-zachte-koppeltekens.txt";
const RBZ: &str = "nl-geannoteerde-agenda-rbz-doel-kabinetsinzet-hv.txt";

#[test]
fn the_high_representative_is_hv_and_named_after_the_bracketed_acronym() {
    // Before, `HV` was a body of its own and `Kaja Kallas` after `(HV)` was no person.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nDe Raad staat onder leiding van de Hoge Vertegenwoordiger (HV) Kaja \
         Kallas. De HV presenteerde een voorstel.\n",
        &Config::default(),
    );
    expect![[r#"
        Kaja Kallas | Hoge Vertegenwoordiger | org:eeas
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert!(r.actors.iter().all(|a| a.id != "org:hv"));
    // `de HV` later is the person who holds the office, as `de Hoge Vertegenwoordiger` is.
    let kallas = r.actors.iter().find(|a| a.id == "person:kaja-kallas");
    assert!(kallas.is_some_and(|a| a.mentions.len() == 2));
    assert_eq!(
        statement_rows::statements_in(&r, "De HV"),
        ["person:kaja-kallas presenteerde Neutral"]
    );
    // A bracket that is no acronym is no step to a name.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nDe Hoge Vertegenwoordiger (zie bijlage) Kaja Kallas sprak.\n",
        &Config::default(),
    );
    assert!(!actor_rows::people(&r).contains("Hoge Vertegenwoordiger"));
}

#[test]
fn a_niet_that_closes_the_clause_denies_its_verb() {
    use Stance::*;
    // Before, `steunt het voorstel van de HV niet` was support: the `niet` stood too far off.
    statement_rows::check(&[
        (
            "Nederland steunt het voorstel van de Commissie niet om de missie te beëindigen.",
            &[("country:nl", "steunt", Oppose)],
        ),
        (
            "Duitsland steunde de algemene oriëntatie over de richtlijn niet.",
            &[("country:de", "steunde", Oppose)],
        ),
        // `niet` inside the clause, not closing it, leaves the stance as it is.
        (
            "Nederland steunt het voorstel omdat het niet te ver gaat.",
            &[("country:nl", "steunt", Support)],
        ),
        // A word that ends in `niet` is no negation.
        (
            "Frankrijk steunde het voorstel van de Commissie voor Granieti.",
            &[("country:fr", "steunde", Support)],
        ),
    ]);
}

#[test]
fn a_body_named_for_the_netherlands_at_a_sentences_start_is_no_country() {
    // Before, `FNV Nederland`, `Jeugdzorg Nederland` and `Patiëntenfederatie Nederland` at a
    // sentence's start were the Netherlands (only after a word in lower case were they bodies).
    for (text, body) in [
        (
            "FNV Nederland heeft gevraagd om meer aandacht voor werkende armen.",
            "FNV Nederland",
        ),
        (
            "Jeugdzorg Nederland wees op de lange wachtlijsten.",
            "Jeugdzorg Nederland",
        ),
        (
            "Patiëntenfederatie Nederland heeft aangedrongen op transparantie.",
            "Patiëntenfederatie Nederland",
        ),
    ] {
        let r = analyze_text(
            &format!("Verslag\n\nPunt\n\nDe Raad besprak het voorstel. {text}\n"),
            &Config::default(),
        );
        assert!(r.actors.iter().all(|a| a.id != "country:nl"), "{text}");
        let found = r.actors.iter().find(|a| a.name == body);
        assert!(found.is_some(), "{text}: {:?}", r.actors);
        assert_eq!(
            r.statements.len(),
            2,
            "{text}: {:?}",
            r.statements
                .iter()
                .map(statement_rows::row)
                .collect::<Vec<_>>()
        );
    }
    // The words that open a sentence before its subject leave the country a country.
    for text in [
        "Ook Nederland steunde het voorstel.",
        "Zowel Nederland als Duitsland steunden het voorstel.",
        "Alleen Nederland stemde tegen.",
        "Door Nederland werd benadrukt dat de lasten beperkt moeten blijven.",
        "Caribisch Nederland werd genoemd als voorbeeld.",
        "Aangezien Nederland het voorstel steunt, is een akkoord dichtbij.",
        "Zodra Nederland het voorstel steunt, is een akkoord dichtbij.",
    ] {
        let r = analyze_text(
            &format!("Verslag\n\nPunt\n\nDe Raad besprak het voorstel. {text}\n"),
            &Config::default(),
        );
        assert!(r.actors.iter().any(|a| a.id == "country:nl"), "{text}");
    }
}

#[test]
fn a_past_form_after_an_article_is_an_adjective_not_a_verb() {
    use Stance::*;
    // Before, `bereikte` in `het bereikte compromis` was a verb that cut off the judgement.
    statement_rows::check(&[
        (
            "Het kabinet acht het bereikte compromis aanvaardbaar, omdat de uitzonderingen blijven.",
            &[("role:cabinet", "acht aanvaardbaar", Support)],
        ),
        (
            "Nederland acht de voorgestelde termijnen onaanvaardbaar.",
            &[("country:nl", "acht onaanvaardbaar", Oppose)],
        ),
        // A past form after a subject is still a verb.
        (
            "De Raad bereikte een akkoord.",
            &[("org:council", "bereikte akkoord", Support)],
        ),
        (
            "Duitsland, die het voorstel steunde, vroeg om uitstel.",
            &[
                ("country:de", "steunde", Support),
                ("country:de", "vroeg", Neutral),
            ],
        ),
    ]);
}

#[test]
fn present_commitments_and_blockades_are_statements() {
    use Stance::*;
    // Before, `zet in op` had only its past `zette in`, and `blokkeert` knew fewer objects than
    // `blokkeerde`.
    statement_rows::check(&[
        (
            "Het kabinet zet in op onbelemmerde humanitaire toegang.",
            &[("role:cabinet", "zet in", Support)],
        ),
        (
            "Nederland zet zich in voor een sterk mandaat.",
            &[("country:nl", "zet in", Support)],
        ),
        (
            "Hongarije blokkeert sinds september de uitbetaling van de tranche.",
            &[("country:hu", "blokkeert uitbetaling", Oppose)],
        ),
        // A blockade of goods is no statement.
        ("Rusland blokkeert de export van graan.", &[]),
    ]);
}

#[test]
fn a_letter_head_under_a_return_address_and_a_subject_ending_on_a_comma() {
    // Before, the addressee under `> Retouradres …` in the same block was not found, so the
    // letter was no letter; and the subject wrapped after `Sociaal Beleid,` was cut there.
    let text = "> Retouradres Postbus 90801 2509 LV Den Haag\nDe Voorzitter van de Tweede Kamer\n\
                der Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\nDatum 14 november 2026\n\
                Betreft Verslag van de Raad Werkgelegenheid, Sociaal Beleid,\n\
                Volksgezondheid en Consumentenzaken (EPSCO) van 6 en 7 november 2026\n\n\
                Hierbij bied ik u het verslag aan van de Raad die op 6 en 7 november 2026 in \
                Brussel plaatsvond.\n\nWerkgelegenheid\n\nDe Raad besprak de richtlijn.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken (EPSCO) van 6 en 7 november 2026") | Some("2026-11-14") | ["2026-11-06", "2026-11-07"] | Some("Brussel")"#]]
        .assert_eq(&metadata_rows::head(&r));
    assert_eq!(
        r.metadata.addressee.as_deref(),
        Some("De Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
}

#[test]
fn a_note_in_brackets_under_an_agenda_items_title_belongs_to_it() {
    // Before, `(beleidsdebat)` on the line under the title opened the paragraph.
    let text = "Verslag\n\nAgendapunt: Aanbeveling van de Raad over adequate minimuminkomens\n\
                (beleidsdebat)\nDe Commissie lichtte de evaluatie toe. Spanje sprak.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Aanbeveling van de Raad over adequate minimuminkomens
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    assert!(statement_rows::statements_in(&r, "(beleidsdebat)").is_empty());
    // A bracket that opens a sentence is no note.
    let text = "Verslag\n\nAgendapunt: Minimuminkomens\n(De Commissie lichtte toe.)\n\
                Spanje sprak.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Minimuminkomens
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn the_epsco_reports_outline_and_metadata() {
    let r = fixture(EPSCO);
    expect![[r#"
        0 [-] Werkgelegenheid en sociaal beleid
          1 [-] Richtlijn inzake gelijke behandeling op de arbeidsmarkt voor personen met een handicap
          2 [-] Aanbeveling van de Raad over adequate minimuminkomens
          3 [-] Europees Semester 2027 – goedkeuring van de gezamenlijke adviezen van het EMCO en het SPC
        4 [-] Volksgezondheid
          5 [-] Verordening inzake kritieke geneesmiddelen
          6 [-] Gezondheidsbeveiliging en paraatheid
        7 [-] Diversen
          8 [-] Werkprogramma van het inkomend voorzitterschap
          9 [-] Conferentie over de toekomst van de zorgberoepen
    "#]].assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken (EPSCO) van 6 en 7 november 2026") | Some("2026-11-14") | ["2026-11-06", "2026-11-07"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Sociale Zaken en Werkgelegenheid")/Some("drs. F.E. van der Wiel-Ouali")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
    assert_eq!(
        r.metadata.addressee.as_deref(),
        Some("De Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
}

#[test]
fn the_epsco_reports_actors_and_statements() {
    let r = fixture(EPSCO);
    expect![[r#"
        Agnieszka Wróbel | voorzitter van het Comité voor sociale bescherming (SPC) | org:spc
        F.E. van der Wiel-Ouali | minister van Sociale Zaken en Werkgelegenheid | country:nl
        Ilse Vandermeulen | Eurocommissaris voor Sociale Rechten | org:european-commission
        Tomasz Lewandowicz | Eurocommissaris voor Gezondheid | org:european-commission
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 10
        role:presidency | Voorzitterschap | country:cy | 6
        org:spc | Comité voor sociale bescherming | org:council | 3
        role:cabinet | kabinet | country:nl | 3
        org:eapn | Europees Netwerk tegen Armoede | - | 2
        org:ecdc | ECDC | - | 2
        org:ema | Europees Geneesmiddelenbureau | - | 2
        org:emco | Comité voor de werkgelegenheid | org:council | 1
        org:european-parliament | Europees Parlement | - | 1
        org:fnv-nederland | FNV Nederland | - | 1
        org:patientenfederatie-nederland | Patiëntenfederatie Nederland | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:incoming-presidency | inkomend voorzitterschap | - | 1
        role:nl-minister-van-volksgezondheid-welzijn-en-sport | minister van Volksgezondheid, Welzijn en Sport | country:nl | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        role:presidency presenteerde Neutral
        role:presidency volgens Neutral
        country:nl werd benadrukt Neutral
        collective:most-member-states steunde Support
        country:de steunde Oppose
        country:de wees op Neutral
        country:at Volgens Neutral
        role:cabinet acht aanvaardbaar Support
        person:ilse-vandermeulen lichtte toe Neutral
        person:ilse-vandermeulen gaf aan Neutral
        country:es pleitten Support
        country:pt pleitten Support
        country:nl gaf aan Neutral
        country:nl steunde Oppose
        org:eapn riep op Support
        org:fnv-nederland heeft gevraagd Neutral
        org:council keurde goed Support
        person:agnieszka-wrobel gaf toelichting Neutral
        role:presidency presenteerde Neutral
        collective:several-member-states verwelkomden Support
        country:fr uitten Reservation
        country:it uitten Reservation
        country:nl heeft gepleit Support
        role:presidency kondigde aan Support
        role:cabinet steunt Support
        person:tomasz-lewandowicz presenteerde Neutral
        org:ecdc heeft gewaarschuwd Reservation
        country:be vroegen Neutral
        country:ie vroegen Neutral
        country:fi vroegen Neutral
        org:patientenfederatie-nederland heeft aangedrongen Neutral
        country:nl deelde Reservation
        role:presidency presenteerde Neutral
        role:presidency informeerde Neutral
        country:pl informeerde Neutral
        country:pl Volgens Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_rbz_agendas_outline_and_metadata() {
    let r = fixture(RBZ);
    expect![[r#"
        0 [-] Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
        1 [-] Russische agressie tegen Oekraïne
          2 [-] Doel van de Raad
          3 [-] Kabinetsinzet
          4 [-] Stand van zaken
        5 [-] Georgië
          6 [-] Doel van de Raad
          7 [-] Kabinetsinzet
          8 [-] Stand van zaken
        9 [-] Midden-Oosten
          10 [-] Doel van de Raad
          11 [-] Kabinetsinzet
          12 [-] Stand van zaken
        13 [-] Afrikaanse Unie en Sahel
          14 [-] Doel van de Raad
          15 [-] Kabinetsinzet
          16 [-] Stand van zaken
        17 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Agenda | Some("Geannoteerde agenda Raad Buitenlandse Zaken van 15 december 2026") | None | ["2026-12-04"] | Some("Den Haag")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Buitenlandse Zaken")/Some("mr. J.A. de Vries-van Leeuwen")"#]]
        .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_rbz_agendas_actors_and_statements() {
    let r = fixture(RBZ);
    expect![[r#"
        Kaja Kallas | Hoge Vertegenwoordiger | org:eeas
        Ahmed Farouk | secretaris-generaal van de Liga van Arabische Staten | org:arab-league
        J.A. de Vries-van Leeuwen | minister van Buitenlandse Zaken | country:nl
        Oleksandr Hrytsenko | minister van Buitenlandse Zaken | country:ua
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 12
        role:cabinet | kabinet | country:nl | 5
        org:african-union | Afrikaanse Unie | - | 4
        org:eu | Europese Unie | - | 3
        org:unrwa | UNRWA | - | 3
        role:presidency | Voorzitterschap | country:dk | 2
        org:arab-league | Arabische Liga | - | 1
        org:european-commission | Europese Commissie | - | 1
        org:european-parliament | Europees Parlement | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        org:un | Verenigde Naties | - | 1
        org:world-bank | Wereldbank | - | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:"]));
    expect![[r#"
        org:council spreken over Neutral
        person:kaja-kallas presenteren Neutral
        role:cabinet inzetten Support
        country:nl steunt Support
        role:cabinet acht van belang Neutral
        country:hu blokkeert uitbetaling Oppose
        country:sk heeft aangegeven Oppose
        role:cabinet steunt Support
        person:kaja-kallas heeft opgeroepen Neutral
        org:european-parliament nam aan Support
        collective:several-member-states is terughoudend Reservation
        country:hu is terughoudend Reservation
        org:council spreken over Neutral
        role:cabinet zet in Support
        country:nl benadrukt Neutral
        org:un Volgens Neutral
        role:cabinet zet in Support
        country:nl steunt Oppose
        country:fr pleiten Support
        country:it pleiten Support
        org:african-union laten weten Neutral
        org:council informeren Neutral
        role:presidency toelichten Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_unit_over_a_postal_address_in_a_letter_head_is_no_heading() {
    // Before, `Directie Internationale Zaken` over its street address, copied out of a letter
    // head's column, headed a section.
    let text = "Verslag van de Raad\n\nDirectie Internationale Zaken\n\n\
                Parnassusplein 5 2511 VX Den Haag\n\nWerkgelegenheid\n\n\
                De Raad besprak de richtlijn.\n";
    // (The address line alone still heads a section: left alone.)
    let outline = outline_text::outline_text(&analyze_text(text, &Config::default()));
    assert!(!outline.contains("Directie"), "{outline}");
    assert!(outline.contains("Werkgelegenheid"), "{outline}");
    // A heading over a paragraph with a year and a word in capitals stays one.
    let text = "Verslag van de Raad\n\nWerkgelegenheid\n\nIn 2026 EU werd besproken.\n";
    expect![[r#"
        0 [-] Werkgelegenheid
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze_text(
        text,
        &Config::default(),
    )));
}

#[test]
fn the_league_of_arab_states_is_the_arab_league() {
    // Before, `de Liga van Arabische Staten` was no body, and its secretary-general had none.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nDe secretaris-generaal van de Liga van Arabische Staten, Ahmed \
         Farouk, nam deel.\n",
        &Config::default(),
    );
    assert!(
        actor_rows::people(&r).contains("org:arab-league"),
        "{}",
        actor_rows::people(&r)
    );
}
