//! Session 28: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s28`):
//! a letter read by `pdftotext -layout` with the report of an Energieraad and a "stand van
//! zaken" of the dossiers in a table of three columns whose cells wrap, impersonal statements
//! and footnote numbers glued to their words; a Kamerstuk with the report of an EPSCO-Raad at
//! which the Permanent Vertegenwoordiger sat for the Netherlands, its headings in capitals
//! (`I. WETGEVING`, `DIVERSEN`) beside numbered ones, and `het Cypriotische voorzitterschap`;
//! and a Kamerbrief read by plain `pdftotext` carrying two reports (a formal Landbouw- en
//! Visserijraad and an informal meeting), each with its own items and its own `Diversen`.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s28/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s28/{name}"))
}

const DOSSIERS: &str = "nl-stand-van-zaken-dossiertabel-pdftotext-layout.txt";
const PV: &str = "nl-verslag-epscoraad-permanent-vertegenwoordiger-hoofdletters.txt";
const TWO_REPORTS: &str = "nl-kamerbrief-twee-verslagen-landbouw-pdftotext.txt";

#[test]
fn a_presidency_after_an_adjective_in_sche_is_the_speaker() {
    use Stance::*;
    // Before, `Cypriotische` (like `Tsjechische`, `Belgische`) was not read as an adjective:
    // the country spoke, not the Presidency it qualifies.
    statement_rows::check(&[
        (
            "Het Cypriotische voorzitterschap informeerde de Raad over de trilogen.",
            &[("role:presidency", "informeerde", Neutral)],
        ),
        (
            "Het Tsjechische voorzitterschap presenteerde een compromis.",
            &[("role:presidency", "presenteerde", Neutral)],
        ),
        (
            "Het Deense voorzitterschap presenteerde een compromis.",
            &[("role:presidency", "presenteerde", Neutral)],
        ),
        // An adjective before a noun in the object is no subject.
        (
            "Frankrijk lichtte de Belgische inzet toe.",
            &[("country:fr", "lichtte toe", Neutral)],
        ),
    ]);
    // The role is the country's Presidency.
    assert_eq!(
        actor_rows::actors(
            "Verslag\n\nPunt\n\nHet Cypriotische voorzitterschap informeerde de Raad.\n",
            "role:"
        ),
        [("role:presidency".into(), None, Some("country:cy".into()))]
    );
}

#[test]
fn footnote_numbers_glued_to_their_words_are_left_out() {
    let text = "Verslag\n\nGasopslag\n\nDe Commissie2 meldde dat de opslagen vol zijn. Er werd \
                door meerdere lidstaten3 benadrukt dat de inkoop vrijwillig blijft. Hierover \
                is gesproken in het commissiedebat1.\n\n\
                1 Kamerstuk 21 501-33, nr. 1098\n2 Commissie van de Europese Unie\n\
                3 Waaronder België en Italië\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.contains(
            "De Commissie meldde dat de opslagen vol zijn. Er werd door meerdere lidstaten \
             benadrukt"
        ) && r.text.contains("commissiedebat."),
        "{}",
        r.text
    );
    expect![[r#"
        org:european-commission meldde Neutral
        collective:several-member-states werd benadrukt Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // Without footnotes in the text, or after a short word, an upper-case one or before a
    // letter or a decimal, the digits stay.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nDe Commissie2 meldde iets over de G7 en EU27.\n",
        &Config::default(),
    );
    assert!(r.text.contains("De Commissie2 meldde"), "{}", r.text);
    let r = analyze_text(
        "Verslag\n\nPunt\n\nEr is 20 km2 grond, de G2 en EU2 spraken, versie2.1 en \
         lidstaten2b.\n\n1 Kamerstuk 21 501-33\n2 Zie de bijlage.\n",
        &Config::default(),
    );
    assert!(
        r.text
            .contains("20 km2 grond, de G2 en EU2 spraken, versie2.1 en lidstaten2b."),
        "{}",
        r.text
    );
}

#[test]
fn a_table_of_three_columns_whose_cells_wrap_reads_record_by_record() {
    // Before, the first column was split off as a column of its own, and the other two were
    // run together row by row.
    let text = "Stand van zaken\n\nOnderstaande tabel geeft de stand van zaken weer.\n\n\
        Dossier                         Stand van zaken                  Nederlandse inzet\n\
        Herziening richtlijn            Trilogen gestart op 4            Steun voor ambitieuze\n\
        energieprestatie van            november                         renovatiedoelen\n\
        gebouwen\n\
        Verordening methaan             Akkoord bereikt; formele         Instemmen met het\n\
        \x20                               aanneming in januari             resultaat\n\n\
        Ik zal uw Kamer informeren.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.contains(
            "Nederlandse inzet\n\n\
             Herziening richtlijn energieprestatie van gebouwen\n\n\
             Trilogen gestart op 4 november\n\n\
             Steun voor ambitieuze renovatiedoelen\n\n\
             Verordening methaan\n\n\
             Akkoord bereikt; formele aanneming in januari\n\n\
             Instemmen met het resultaat\n\n"
        ),
        "{}",
        r.text
    );
    // A header of three cells whose labels are longer is no table's head.
    let r = analyze_text(
        "Stand van zaken\n\n\
        Dossier over de energie         Stand van zaken                  Nederlandse inzet\n\
        Herziening richtlijn            Trilogen gestart op 4            Steun voor ambitieuze\n\
        energieprestatie van            november                         renovatiedoelen\n\
        gebouwen\n\
        Verordening methaan             Akkoord bereikt; formele         Instemmen met het\n\
        \x20                               aanneming in januari             resultaat\n",
        &Config::default(),
    );
    assert!(
        !r.text
            .contains("Herziening richtlijn energieprestatie van gebouwen\n\n"),
        "{}",
        r.text
    );
}

#[test]
fn a_rank_between_an_office_and_the_name_in_apposition_leaves_the_office_the_role() {
    let text = "Verslag\n\nPunt\n\nNederland werd vertegenwoordigd door de Permanent \
                Vertegenwoordiger, ambassadeur H.J. de Wit. De Permanent Vertegenwoordiger \
                heeft gewezen op de kosten.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        H.J. de Wit | Permanent Vertegenwoordiger | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:h-j-de-wit heeft gewezen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // In English too; and a plural title is no rank.
    assert_eq!(
        actor_rows::actors(
            "Report\n\nItem\n\nThe Permanent Representative, Ambassador Jan de Wit, said \
             that the text was ready.\n",
            "person:"
        ),
        [(
            "person:jan-de-wit".into(),
            Some("Permanent Representative".into()),
            None
        )]
    );
}

#[test]
fn other_business_in_capitals_stands_beside_the_parts_in_capitals() {
    let text = "Verslag\n\nI. WETGEVING\n\n1. Geneesmiddelen\n\nDe Raad sprak.\n\n\
                II. NIET-WETGEVENDE ACTIVITEITEN\n\n2. Geestelijke gezondheid\n\nDe Raad sprak.\n\n\
                DIVERSEN\n\na) Resistentie\n\nDe Commissie sprak.\n";
    expect![[r#"
        0 [I] WETGEVING
          1 [1] Geneesmiddelen
        2 [II] NIET-WETGEVENDE ACTIVITEITEN
          3 [2] Geestelijke gezondheid
        4 [-] DIVERSEN
          5 [a] Resistentie
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze_text(
        text,
        &Config::default(),
    )));
    // Under parts not in capitals, `Diversen` is the items' last.
    let text = text.replace("WETGEVING", "Wetgeving").replace(
        "NIET-WETGEVENDE ACTIVITEITEN",
        "Niet-wetgevende activiteiten",
    );
    expect![[r#"
        0 [I] Wetgeving
          1 [1] Geneesmiddelen
        2 [II] Niet-wetgevende activiteiten
          3 [2] Geestelijke gezondheid
          4 [-] DIVERSEN
            5 [a] Resistentie
    "#]]
    .assert_eq(&outline_text::outline_text(&analyze_text(
        &text,
        &Config::default(),
    )));
}

#[test]
fn a_name_is_not_read_across_the_gap_between_two_columns() {
    let text = "Aan de Voorzitter van de Tweede Kamer                             Groene Groei\n\
                der Staten-Generaal\n\nGeachte voorzitter,\n\nDe Voorzitter van de Tweede \
                Kamer Jan Smit opende.\n";
    let people = actor_rows::people(&analyze_text(text, &Config::default()));
    assert!(!people.contains("Groene Groei"), "{people}");
}

#[test]
fn the_dossier_letters_outline_and_metadata() {
    let r = fixture(DOSSIERS);
    assert!(
        r.text.ends_with(
            "1 Kamerstuk 21 501-33, nr. 1098\n\n2 Commissie van de Europese Unie\n\n\
             3 Waaronder België, Italië en Spanje"
        ),
        "{}",
        r.text
    );
    expect![[r#"
        0 [1] Verslag van de Energieraad
          1 [-] Netwerkpakket en versnelling van de netuitbreiding
          2 [-] Energiezekerheid en de gasopslag voor de winter
          3 [-] Diversen
            4 [a] Stand van zaken van de energie-unie
            5 [b] Werkprogramma van het inkomende voorzitterschap
        6 [2] Stand van zaken lopende wetgevingsdossiers
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag Energieraad 10 november 2026 en stand van zaken lopende energiedossiers") | Some("2026-11-18") | ["2026-11-10"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[
        r#"Some("staatssecretaris van Klimaat en Groene Groei")/Some("drs. P.R. Wijnbergen-Kolk")"#
    ]]
    .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_dossier_letters_people_and_statements() {
    let r = fixture(DOSSIERS);
    expect![[r#"
        P.R. Wijnbergen-Kolk | staatssecretaris van Klimaat en Groene Groei | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        country:fr werd gewezen Neutral
        org:european-commission werd toegelicht Neutral
        collective:several-member-states uitte Reservation
        country:pl uitte Reservation
        country:hu uitte Reservation
        person:p-r-wijnbergen-kolk heeft gepleit Support
        person:p-r-wijnbergen-kolk wees op Neutral
        country:dk werd gesteund Support
        country:de werd gesteund Support
        role:presidency gaf Neutral
        org:european-commission meldde Neutral
        country:at vroegen Neutral
        country:sk vroegen Neutral
        collective:several-member-states werd benadrukt Neutral
        org:european-commission presenteerde Neutral
        country:ie presenteerde Neutral
        role:presidency streeft naar Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_pv_reports_outline_and_metadata() {
    let r = fixture(PV);
    expect![[r#"
        0 [I] WETGEVING
          1 [1] Herziening van de farmaceutische wetgeving
          2 [2] Verordening kritieke geneesmiddelen
        3 [II] NIET-WETGEVENDE ACTIVITEITEN
          4 [3] Europese strategie voor de geestelijke gezondheid
        5 [-] DIVERSEN
          6 [a] Antimicrobiële resistentie
          7 [b] Werkprogramma van het Ierse voorzitterschap
          8 [c] Tabaksontmoedigingsbeleid
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("VERSLAG VAN DE EPSCO-RAAD (VOLKSGEZONDHEID) VAN 17 MAART 2026") | Some("2026-03-27") | ["2026-03-17"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[
        r#"Some("staatssecretaris van Volksgezondheid, Welzijn en Sport")/Some("T.M. Roelofsen")"#
    ]]
    .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_pv_reports_people_and_statements() {
    let r = fixture(PV);
    expect![[r#"
        H.J. Oosterwijk-Baars | Permanent Vertegenwoordiger | country:nl
        Frank Declercq | minister van Volksgezondheid | country:be
        Ingrid Solhaug | minister van Volksgezondheid en Zorg | country:no
        Ondrej Halász | eurocommissaris voor Gezondheid en Dierenwelzijn | org:european-commission
        T.M. Roelofsen | staatssecretaris van Volksgezondheid, Welzijn en Sport | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:presidency informeerde Neutral
        role:presidency Volgens Neutral
        org:european-commission benadrukte Neutral
        country:de steunden Support
        country:dk steunden Support
        country:it wezen op Neutral
        country:gr wezen op Neutral
        person:h-j-oosterwijk-baars heeft gewezen Neutral
        country:nl stemde in Support
        country:mt onthielden zich Reservation
        country:si onthielden zich Reservation
        country:hu stemde tegen Oppose
        country:hu volgens Neutral
        collective:ministers wisselden gedachten Neutral
        country:fr pleitte Support
        country:se uitte Reservation
        country:nl sloot aan Support
        person:ingrid-solhaug lichtte toe Neutral
        role:presidency presenteerde Neutral
        role:presidency riep op Neutral
        country:ie presenteerde Neutral
        country:ie geven prioriteit Support
        person:frank-declercq riep op Neutral
        org:european-commission gaf aan Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_two_reports_letters_outline_and_metadata() {
    let r = fixture(TWO_REPORTS);
    expect![[r#"
        0 [-] Verslag van de formele Landbouw- en Visserijraad van 15 december 2025
          1 [-] Vangstmogelijkheden 2026 voor de Atlantische Oceaan en de Noordzee
          2 [-] Vereenvoudiging van het gemeenschappelijk landbouwbeleid
          3 [-] Overige onderwerpen
            4 [a] Dierenwelzijn tijdens transport
            5 [b] Afrikaanse varkenspest
        6 [-] Verslag van de informele bijeenkomst van de landbouwministers van 2 november 2025
          7 [-] Water en landbouw
          8 [-] Generatievernieuwing
          9 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de formele Landbouw- en Visserijraad van 15 december 2025") | Some("2025-12-19") | ["2025-11-02", "2025-12-15"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[r#"Some("minister van Landbouw, Visserij, Voedselzekerheid en Natuur")/Some("J.F. ten Hove-Mulder")"#]].assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_two_reports_letters_people_and_statements() {
    let r = fixture(TWO_REPORTS);
    expect![[r#"
        J.F. ten Hove-Mulder | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Karsten Lindqvist | minister van Voedsel, Landbouw en Visserij | country:dk
        Krzysztof Wolanski | commissaris voor Landbouw en Voedsel | org:european-commission
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council bereikte akkoord Support
        role:presidency presenteerde Neutral
        country:nl heeft zich ingezet Support
        country:fr drongen aan Neutral
        country:es drongen aan Neutral
        country:ie uitte Reservation
        country:nl stemde in Support
        org:european-commission lichtte toe Neutral
        collective:most-member-states verwelkomde Support
        country:at vroegen Neutral
        country:si vroegen Neutral
        person:j-f-ten-hove-mulder heb gepleit Support
        country:nl steunde Support
        country:ro waren kritisch Reservation
        country:hu waren kritisch Reservation
        country:pl informeerde Neutral
        person:karsten-lindqvist opende Neutral
        collective:ministers bespraken Neutral
        country:fi wezen op Neutral
        country:ee wezen op Neutral
        person:j-f-ten-hove-mulder heb toegelicht Neutral
        collective:ministers spraken over Neutral
        country:it pleitte Support
        country:fr ondersteunde Support
        person:krzysztof-wolanski gaf toelichting Neutral
        collective:several-member-states uitten Reservation
        country:fr uitten Reservation
        country:ie uitten Reservation
        country:pl uitten Reservation
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn footnotes_under_a_page_are_a_block_each() {
    // Lines of a page's width: a footnote's line is short beside them, but still goes on.
    let text = "Verslag\n\nPunt\n\nDe Raad sprak1 over de lidstaten2 en over de begroting van \
                de Unie voor de komende jaren,\nwaarbij de ministers in het bijzonder spraken \
                over de middelen voor de landbouw en\nde visserij en over de middelen voor de \
                regio's van de Unie en hun toekomst.\n\n\
                1 Kamerstuk 21 501-33, nr. 1098\n2 Commissie van de Europese Unie\n\
                3 Waaronder België en Italië\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.ends_with(
            "1 Kamerstuk 21 501-33, nr. 1098\n\n2 Commissie van de Europese Unie\n\n\
             3 Waaronder België en Italië"
        ),
        "{}",
        r.text
    );
    // Numbers not one after the other are no footnotes: a wrapped sentence goes on.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nDe Raad sprak over de lidstaten en over de begroting van\n\
         2027 Europa moet sterker worden.\n",
        &Config::default(),
    );
    assert!(r.text.contains("van 2027 Europa"), "{}", r.text);
}

#[test]
fn the_person_who_represented_a_country_belongs_to_it() {
    let text = "Verslag\n\nPunt\n\nNederland werd tijdens deze Raad vertegenwoordigd door de \
                Permanent Vertegenwoordiger, ambassadeur H.J. de Wit. Ierland stemde in.\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [(
            "person:h-j-de-wit".into(),
            Some("Permanent Vertegenwoordiger".into()),
            Some("country:nl".into())
        )]
    );
    // English too; a country that does not open the sentence says nothing.
    let text = "Report\n\nItem\n\nIreland was represented by Ambassador Niamh Walsh. The \
                talks with Ireland were represented by Ambassador Tomas Berg as a success.\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [
            (
                "person:niamh-walsh".into(),
                Some("Ambassador".into()),
                Some("country:ie".into())
            ),
            ("person:tomas-berg".into(), Some("Ambassador".into()), None),
        ]
    );
}
