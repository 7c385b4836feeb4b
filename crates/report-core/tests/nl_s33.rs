//! Session 33: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s33`):
//! a JBZ report forwarded by e-mail (a forwarding note with `Van:`/`Aan:`/`Onderwerp:` over
//! `-----Oorspronkelijk bericht-----`, the Kamerbrief quoted with `>`, two signatories, the
//! sender's signature under `--`); a Landbouw- en Visserijraad from a PDF with items numbered
//! `1. Visserij` / `a) Vangstmogelijkheden 2027` and a quota table; and a web page of an informal
//! meeting of defence ministers with the NATO Secretary General, the EDA and `de Hoge
//! Vertegenwoordiger/Vicevoorzitter (HV/VV)`.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s33/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s33/{name}"))
}

const JBZ: &str = "nl-verslag-jbz-raad-email-doorgestuurd.txt";
const AGRIFISH: &str = "nl-verslag-landbouw-visserijraad-tweeniveau-quotatabel.txt";
const DEFENCE: &str = "nl-verslag-informele-defensieraad-navo-hv-vv.txt";

fn analyze(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn codes(r: &Report) -> Vec<String> {
    r.diagnostics.iter().map(|d| d.code.to_string()).collect()
}

/// A Kamerbrief quoted in an e-mail, under the note that forwards it.
const FORWARDED: &str = "Van: Postbus Kamerbrieven <post@example.nl>\nVerzonden: dinsdag 23 juni \
     2026 16:42\nAan: Commissie J&V <cie@example.nl>\nOnderwerp: Kamerbrief\n\nGeachte griffier,\n\n\
     Hierbij ontvangt u de onderstaande brief over de vergadering van 3 maart 2026.\n\n\
     -----Original Message-----\n> Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\
     > Postbus 20018\n> 2500 EA DEN HAAG\n>\n> Datum 23 juni 2026\n\
     > Onderwerp Verslag van de JBZ-Raad van 11 en 12 juni 2026\n>\n\
     > Hierbij bied ik u het verslag aan van de JBZ-Raad die op 11 en 12 juni 2026 in Luxemburg \
     plaatsvond.\n>\n> 1. Terugkeer\n> De Raad besprak de verordening. Spanje uitte zorgen.\n>\n\
     > De Staatssecretaris van Justitie en Veiligheid,\n>\n> M.L. Brinkhorst\n\n--\n\
     Team Parlementaire Zaken\nMinisterie van Justitie en Veiligheid\nT 070 370 79 11\n";

#[test]
fn the_note_that_forwards_an_e_mail_is_set_aside() {
    // Before, the forwarding note's greeting and sentence came first: the title was read out of
    // `Hierbij bied ik u het verslag aan …`, and the quoted letter head gave no addressee.
    let r = analyze(FORWARDED);
    expect![[r#"Letter | None | Some("2026-06-23") | [] | None"#]]
        .assert_eq(&metadata_rows::head(&r));
    assert_eq!(
        r.metadata.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert!(!r.text.contains("Geachte griffier"));
    assert!(
        codes(&r).contains(&"mail-forwarding".to_string()),
        "{:?}",
        codes(&r)
    );
    // A separator in a text that is no e-mail, or past its head, sets nothing aside.
    let text = "Verslag van de Raad\n\nGeachte griffier,\n\n-----Original Message-----\n\n\
                Punt\n\nDe Raad besprak de verordening.\n";
    let r = analyze(text);
    assert!(r.text.contains("Geachte griffier"));
    assert!(!codes(&r).contains(&"mail-forwarding".to_string()));
    // An e-mail without the separator keeps its lines.
    let text = "Van: Postbus <post@example.nl>\nAan: Commissie <cie@example.nl>\n\n\
                Geachte griffier,\n\nDe Raad besprak de verordening.\n";
    assert!(analyze(text).text.contains("Geachte griffier"));
}

#[test]
fn an_e_mails_signature_under_two_dashes_is_set_aside() {
    // Before, the sender's `--` ⏎ team ⏎ ministry ⏎ phone closed the text, so the letter's
    // signature above it was not its end and signed nothing.
    let r = analyze(FORWARDED);
    expect![[r#"Some("Staatssecretaris van Justitie en Veiligheid")/Some("M.L. Brinkhorst")"#]]
        .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
    assert!(!r.text.contains("070 370"));
    assert!(codes(&r).contains(&"mail-signature".to_string()));
    // In a text that is no e-mail, `--` sets nothing aside.
    let text = "Verslag van de Raad\n\nPunt\n\nDe Raad besprak de verordening.\n\n--\n\
                Bijlage bij het verslag\n";
    let r = analyze(text);
    assert!(r.text.contains("Bijlage bij het verslag"));
    // Nor does a `--` with more lines under it than a signature has.
    let many: String = (1..=12)
        .map(|k| format!("Regel {k} van de bijlage.\n"))
        .collect();
    let text = format!("{FORWARDED}\n--\n{many}");
    assert!(analyze(&text).text.contains("Regel 12 van de bijlage"));
}

#[test]
fn a_date_field_above_a_days_heading_dates_the_letter() {
    // Before, `Binnenlandse Zaken, 11 juni 2026` over the first day's items was a dateline
    // that dated the letter; the head's `Datum 23 juni 2026` is its date.
    let text = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 23 juni 2026\n\
                Onderwerp Verslag van de JBZ-Raad van 11 en 12 juni 2026\n\n\
                Hierbij bied ik u het verslag aan van de JBZ-Raad die op 11 en 12 juni 2026 in \
                Luxemburg plaatsvond.\n\nBinnenlandse Zaken, 11 juni 2026\n\n1. Terugkeer\n\n\
                De Raad besprak de verordening.\n\nJustitie, 12 juni 2026\n\n2. EOM\n\n\
                De Raad besprak het jaarverslag.\n";
    let r = analyze(text);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-06-23"));
    // A dateline above the date field still dates the letter.
    let text = "Den Haag, 20 juni 2026\n\nAan de Voorzitter van de Tweede Kamer der \
                Staten-Generaal\n\nDatum 23 juni 2026\nOnderwerp Verslag van de JBZ-Raad van 11 \
                juni 2026\n\nHierbij bied ik u het verslag aan.\n\n1. Terugkeer\n\n\
                De Raad besprak de verordening.\n";
    assert_eq!(
        analyze(text).metadata.letter_date.as_deref(),
        Some("2026-06-20")
    );
}

#[test]
fn a_capitalised_grammar_word_after_a_particle_is_a_surname() {
    // Before, `Haar` (`her`) ruled `R.P. ter Haar` out as a name: the signature gave no person,
    // and the role above it stayed a role of its own.
    let r = analyze(
        "Verslag\n\nPunt\n\nDe minister van Asiel en Migratie heeft benadrukt dat het pact \
         werkt.\n\nDe Minister van Asiel en Migratie,\n\nR.P. ter Haar\n",
    );
    expect![[r#"
        R.P. ter Haar | Minister van Asiel en Migratie | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert_eq!(
        statement_rows::statements_in(&r, "heeft benadrukt"),
        ["person:r-p-ter-haar heeft benadrukt Neutral"]
    );
    // Without a particle before it, the grammar word is still no name.
    let r =
        analyze("Verslag\n\nPunt\n\nDe Raad sprak.\n\nDe Minister van Defensie,\n\nNamens Haar\n");
    assert_eq!(actor_rows::people(&r), "");
}

#[test]
fn ik_is_the_signatory_the_report_does_not_speak_of() {
    // Before, of two signatories `ik` was the one named last: the Minister van Asiel en
    // Migratie, of whom the report speaks in the third person.
    let text = "Verslag\n\nPunt\n\nDe Raad besprak de verordening over terugkeer en de \
                samenwerking met derde landen. Het voorzitterschap presenteerde een compromis over \
                de detectiebevelen en de bescherming van versleutelde communicatie.\n\n\
                De minister van Asiel en Migratie heeft gepleit voor een \
                akkoord. Ik heb aangegeven dat Nederland het compromis niet kan steunen.\n\n\
                De Staatssecretaris van Justitie en Veiligheid,\n\nM.L. Brinkhorst\n\n\
                De Minister van Asiel en Migratie,\n\nR.P. Haarsma\n";
    let r = analyze(text);
    assert_eq!(
        statement_rows::statements_in(&r, "Ik heb"),
        [
            "person:m-l-brinkhorst heb aangegeven Neutral",
            "country:nl kan steunen Oppose"
        ]
    );
    // Two named only where they sign: the one who signs last, as before.
    let text = "Verslag\n\nPunt\n\nIk heb aangegeven dat Nederland het compromis steunt.\n\n\
                De Staatssecretaris van Justitie en Veiligheid,\n\nM.L. Brinkhorst\n\n\
                De Minister van Asiel en Migratie,\n\nR.P. Haarsma\n";
    let r = analyze(text);
    assert_eq!(
        statement_rows::statements_in(&r, "Ik heb")[0],
        "person:r-p-haarsma heb aangegeven Neutral"
    );
}

#[test]
fn the_high_representative_vice_president_is_the_high_representative() {
    // Before, `Hoge Vertegenwoordiger/Vicevoorzitter (HV/VV) Elena Varga` was a `Vicevoorzitter`
    // of no body, and `De HV/VV` later was no one.
    let r = analyze(
        "Verslag\n\nPunt\n\nDe Hoge Vertegenwoordiger/Vicevoorzitter (HV/VV) Elena Varga riep \
         de lidstaten op. De HV/VV gaf aan dat de missie doorgaat.\n",
    );
    expect![[r#"
        Elena Varga | Hoge Vertegenwoordiger/Vicevoorzitter | org:eeas
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert_eq!(
        statement_rows::statements_in(&r, "De HV/VV"),
        ["person:elena-varga gaf aan Neutral"]
    );
}

#[test]
fn a_bare_dutch_title_is_the_one_person_with_that_portfolio() {
    // Before, `De Eurocommissaris` after `Eurocommissaris voor Defensie … Tomas Berzins` was a
    // role of its own: only English portfolios (`for`, `of`) were opened by a bare title.
    let r = analyze(
        "Verslag\n\nPunt\n\nEurocommissaris voor Defensie en Ruimtevaart Tomas Berzins \
         presenteerde het Witboek. De Eurocommissaris gaf aan dat de leningen volgen.\n",
    );
    assert_eq!(
        statement_rows::statements_in(&r, "De Eurocommissaris"),
        ["person:tomas-berzins gaf aan Neutral"]
    );
    // Two Eurocommissarissen: the bare title is neither's.
    let r = analyze(
        "Verslag\n\nPunt\n\nEurocommissaris voor Defensie Tomas Berzins presenteerde het \
         Witboek. Eurocommissaris voor Handel Anna Lindqvist sprak ook. De Eurocommissaris gaf \
         aan dat de leningen volgen.\n",
    );
    let speaker = statement_rows::statements_in(&r, "De Eurocommissaris");
    assert!(
        speaker.iter().all(|s| !s.starts_with("person:")),
        "{speaker:?}"
    );
}

#[test]
fn a_dutch_title_of_a_body_is_the_one_person_with_that_title_there() {
    // Before, `De Chief Executive van het EDA` was a role of its own beside `Marta
    // Kowalczuk, Chief Executive van het Europees Defensieagentschap (EDA)`: only `of` split
    // the title from its body.
    let r = analyze(
        "Verslag\n\nPunt\n\nDe Chief Executive van het Europees Defensieagentschap (EDA), Marta \
         Kowalczuk, nam deel. De Chief Executive van het EDA wees op de noodzaak van \
         gezamenlijke aanbesteding.\n",
    );
    assert_eq!(
        statement_rows::statements_in(&r, "wees op"),
        ["person:marta-kowalczuk wees op Neutral"]
    );
    assert!(r.actors.iter().all(|a| !a.id.starts_with("role:")));
}

#[test]
fn the_nordics_are_the_nordic_countries() {
    use Stance::*;
    statement_rows::check(&[(
        "Nederland pleitte, samen met de Nordics en de Baltische staten, voor meer steun.",
        &[
            ("country:nl", "pleitte", Support),
            ("collective:nordic-countries", "pleitte", Support),
            ("collective:baltic-states", "pleitte", Support),
        ],
    )]);
}

#[test]
fn the_jbz_reports_outline_and_metadata() {
    let r = fixture(JBZ);
    expect![[r#"
        0 [1] Stand van zaken uitvoering Migratiepact
        1 [2] Terugkeer
        2 [3] Schengen
        3 [4] Verordening bestrijding seksueel kindermisbruik
        4 [5] Europees Openbaar Ministerie
        5 [6] Diversen
          6 [a] Eurojust
          7 [b] Werkprogramma inkomend voorzitterschap
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de formele JBZ-Raad van 11 en 12 juni 2026") | Some("2026-06-23") | ["2026-06-11", "2026-06-12"] | Some("Luxemburg")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("Staatssecretaris van Justitie en Veiligheid")/Some("M.L. Brinkhorst-Aydin"); Some("Minister van Asiel en Migratie")/Some("drs. R.P. ter Haar")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
    expect![[r#"["mail-forwarding", "mail-signature"]"#]].assert_eq(&format!("{:?}", codes(&r)));
}

#[test]
fn the_jbz_reports_actors_and_statements() {
    let r = fixture(JBZ);
    expect![[r#"
        R.P. ter Haar | Minister van Asiel en Migratie | country:nl
        Hans Leijdekker | directeur van Frontex | org:frontex
        Irene Moravcová | Europese hoofdaanklager | org:eppo
        M.L. Brinkhorst-Aydin | Staatssecretaris van Justitie en Veiligheid | country:nl
        Pieter Valkonen | Eurocommissaris voor Binnenlandse Zaken en Migratie | org:european-commission
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 5
        org:eppo | Europees Openbaar Ministerie | - | 4
        collective:member-states | lidstaten | - | 2
        collective:most-member-states | de meeste lidstaten | - | 2
        collective:third-countries | derde landen | - | 2
        org:eurojust | Eurojust | - | 2
        org:european-commission | Europese Commissie | - | 2
        role:incoming-presidency | inkomend voorzitterschap | country:ie | 2
        role:presidency | Voorzitterschap | country:cy | 2
        org:european-parliament | Europees Parlement | - | 1
        org:frontex | Frontex | - | 1
        org:om | Openbaar Ministerie | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:nl-minister-van-justitie-en-veiligheid | minister van Justitie en Veiligheid | country:nl | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
        role:voorzitter-van-eurojust | voorzitter van Eurojust | org:eurojust | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        org:council sprak over Neutral
        person:pieter-valkonen gaf aan Neutral
        person:pieter-valkonen riep op Neutral
        person:r-p-ter-haar heeft benadrukt Neutral
        person:r-p-ter-haar heeft aangegeven Neutral
        country:it wezen op Neutral
        country:gr wezen op Neutral
        country:it vroegen Neutral
        country:gr vroegen Neutral
        country:hu verklaarde Oppose
        role:presidency gaf Neutral
        collective:most-member-states steunde Support
        country:es uitten Reservation
        country:pt uitten Reservation
        person:r-p-ter-haar heeft gepleit Support
        org:european-commission kondigde aan Neutral
        org:council besprak Neutral
        person:hans-leijdekker presenteerde Neutral
        country:at lichtten toe Neutral
        country:de lichtten toe Neutral
        country:nl steunde Support
        role:presidency presenteerde Neutral
        person:m-l-brinkhorst-aydin heb aangegeven Neutral
        country:nl kan steunen Oppose
        country:de deelden Support
        country:pl deelden Support
        country:at deelden Support
        country:fr steunden Support
        country:ie steunden Support
        person:irene-moravcova lichtte toe Neutral
        person:irene-moravcova wees op Neutral
        country:se gaven aan Neutral
        country:hu gaven aan Neutral
        role:voorzitter-van-eurojust informeerde Neutral
        role:incoming-presidency presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_agrifish_reports_outline_and_metadata() {
    let r = fixture(AGRIFISH);
    expect![[r#"
        0 [1] Visserij
          1 [a] Vangstmogelijkheden 2027 voor de Atlantische Oceaan en de Noordzee
          2 [b] Vangstmogelijkheden 2027 voor de Middellandse Zee en de Zwarte Zee
        3 [2] Landbouw
          4 [a] Toekomst van het GLB na 2027
          5 [b] Handelsgerelateerde landbouwkwesties
        6 [3] Diversen
          7 [a] Afrikaanse varkenspest
          8 [b] Werkprogramma van het inkomend voorzitterschap
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Landbouw- en Visserijraad van 14 en 15 december 2026") | Some("2026-12-21") | ["2026-12-14", "2026-12-15"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Landbouw, Visserij, Voedselzekerheid en Natuur")/Some("ir. H.J. Roosendaal-Bakker")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_agrifish_reports_actors_and_statements() {
    let r = fixture(AGRIFISH);
    expect![[r#"
        Kristof Hanssens | Commissaris voor Landbouw en Voedsel | org:european-commission
        Nikos Kadiotis | Eurocommissaris voor Visserij en Oceanen | org:european-commission
        H.J. Roosendaal-Bakker | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council | Raad van de Europese Unie | - | 7
        org:european-commission | Europese Commissie | - | 3
        role:incoming-presidency | inkomend voorzitterschap | country:ie | 2
        role:presidency | Voorzitterschap | - | 2
        collective:several-member-states | een aantal lidstaten | - | 1
        org:efsa | Europese Autoriteit voor voedselveiligheid | - | 1
        org:mercosur | Mercosur | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:voorzitter-van-de-tweede-kamer-der-staten-generaal | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        org:council heeft akkoord bereikt Support
        person:nikos-kadiotis presenteerde Neutral
        country:nl heeft zich ingezet Support
        country:fr steunden Support
        country:be steunden Support
        country:dk uitte Reservation
        person:h-j-roosendaal-bakker heb aangegeven Neutral
        org:council bereikte akkoord Support
        country:it wezen op Neutral
        country:es wezen op Neutral
        person:nikos-kadiotis gaf aan Neutral
        role:presidency presenteerde Neutral
        person:kristof-hanssens lichtte toe Neutral
        collective:several-member-states pleitte Support
        country:fr pleitte Support
        country:pl pleitte Support
        country:ie pleitte Support
        country:nl heeft benadrukt Neutral
        country:se heeft benadrukt Neutral
        country:dk heeft benadrukt Neutral
        person:kristof-hanssens zegde toe Neutral
        org:european-commission informeerde Neutral
        country:at herhaalden Oppose
        country:fr herhaalden Oppose
        person:kristof-hanssens stelde Neutral
        country:de informeerde Neutral
        country:ie presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_defence_reports_outline_and_metadata() {
    let r = fixture(DEFENCE);
    expect![[r#"
        0 [-] Steun aan Oekraïne
        1 [-] Europese defensie-industrie en gereedheid 2030
        2 [-] EU-NAVO samenwerking
        3 [-] Missies en operaties
        4 [-] Tot slot
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de informele bijeenkomst van EU-ministers van Defensie") | Some("2026-10-09") | ["2026-10-01", "2026-10-02"] | Some("Kopenhagen")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Defensie")/Some("G.W. van Oostveen-Kaya")"#]]
        .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_defence_reports_actors_and_statements() {
    let r = fixture(DEFENCE);
    expect![[r#"
        Elena Varga | Hoge Vertegenwoordiger/Vicevoorzitter | org:eeas
        Lars Oppedal | Secretaris-Generaal van de NAVO | org:nato
        Marta Kowalczuk-Lindqvist | Chief Executive van het Europees Defensieagentschap (EDA) | org:eda
        Tomas Berzins | Eurocommissaris voor Defensie en Ruimtevaart | org:european-commission
        Andrij Koval | minister van Defensie | country:ua
        G.W. van Oostveen-Kaya | minister van Defensie | country:nl
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:eu | Europese Unie | - | 5
        org:nato | NAVO | - | 5
        collective:ministers | ministers | - | 3
        org:eda | Europees Defensieagentschap | - | 3
        collective:baltic-states | Baltische staten | - | 1
        collective:member-states | lidstaten | - | 1
        collective:nordic-countries | Noordse landen | - | 1
        org:council | Raad van de Europese Unie | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:presidency | Voorzitterschap | country:dk | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["role:", "org:", "collective:"]));
    expect![[r#"
        person:andrij-koval schetste Neutral
        person:andrij-koval vroeg Neutral
        person:elena-varga riep op Neutral
        country:nl pleitte Support
        collective:nordic-countries pleitte Support
        collective:baltic-states pleitte Support
        country:hu liet weten Neutral
        person:elena-varga presenteerden Neutral
        person:tomas-berzins presenteerden Neutral
        person:tomas-berzins gaf aan Neutral
        person:marta-kowalczuk-lindqvist wees op Neutral
        country:fr benadrukte Neutral
        country:nl heeft gesteld Neutral
        country:pl steunden Support
        country:ee steunden Support
        person:lars-oppedal benadrukte Neutral
        person:g-w-van-oostveen-kaya heb gepleit Support
        role:presidency kondigde aan Neutral
        person:elena-varga gaf overzicht Neutral
        country:it vroegen Neutral
        country:gr vroegen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}
