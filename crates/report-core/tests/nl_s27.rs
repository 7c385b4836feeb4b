//! Session 27: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s27`):
//! a Kamerbrief read by `pdftotext -layout` whose report the minister writes in the first
//! person (`Ik heb namens Nederland benadrukt`, `Ik heb mij onthouden van stemming`), with
//! impersonal statements (`Door Frankrijk werd gewezen op`, `Vanuit de Commissie werd
//! toegelicht`), the PDF font's ligatures (`ﬁ`, `ﬂ`), footnote numbers glued to their words and
//! the footnotes under the signature, and `Pagina 1 van 1`; and a Kamerstuk of the
//! Minister-President carrying two reports, of the Europese Raad and of an informal meeting of
//! the leaders, the conclusions quoted in numbered paragraphs.
//!
//! `Ik` is the letter's signatory, a person (the signing minister, with the country of their
//! office): the report says what the minister did for the Netherlands, and `Nederland` in the
//! same report stays the country.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s27/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s27/{name}"))
}

const FIRST_PERSON: &str = "nl-transportraad-ik-vorm-voetnoten-pdftotext-layout.txt";
const TWO_REPORTS: &str = "nl-verslag-europese-raad-minister-president.txt";

#[test]
fn a_pdf_fonts_ligatures_become_their_letters() {
    let r = analyze_text(
        "Verslag\n\nDe ﬁnanciering en de ﬂexibiliteit, de eﬀecten: het ﬃne en ﬄuwe.\n",
        &Config::default(),
    );
    assert!(
        r.text
            .contains("De financiering en de flexibiliteit, de effecten: het ffine en ffluwe."),
        "{}",
        r.text
    );
    // A word with a ligature is still found: a body's name, a verb.
    let r = analyze_text(
        "Verslag\n\nAgendapunt\n\nDe Commissie ﬁnancierde niets. Finland ﬂoot niet, maar \
         Finland verwelkomde het voorstel.\n",
        &Config::default(),
    );
    assert_eq!(
        statement_rows::all_rows(&r),
        "country:fi verwelkomde Support\n"
    );
}

#[test]
fn a_one_page_letters_page_number_is_furniture() {
    let text = "Geachte voorzitter,\n\nHierbij bied ik u het verslag aan.\n\nDiversen\n\n\
                De Raad sprak over de begroting.\n\n\n\
                \x20                                                 Pagina 1 van 1\n";
    let r = analyze_text(text, &Config::default());
    assert!(!r.text.contains("Pagina"), "{}", r.text);
    assert_eq!(outline_text::outline_text(&r), "0 [-] Diversen\n");
    // A page number that is not the last page's still proves nothing alone.
    let r = analyze_text(
        "Geachte voorzitter,\n\nDiversen\n\nDe Raad sprak.\n\nPagina 1 van 2\n",
        &Config::default(),
    );
    assert!(r.text.contains("Pagina 1 van 2"), "{}", r.text);
}

#[test]
fn footnotes_under_the_signature_leave_it_the_letters_end() {
    // A report long enough that its signature is no longer in the letter's front.
    let letter = |notes: &str| {
        let items: String = (1..=40)
            .map(|n| format!("Punt {n}\n\nDe Raad sprak over punt {n}.\n\n"))
            .collect();
        format!(
            "Geachte voorzitter,\n\nHierbij bied ik u het verslag aan van de Raad1.\n\n{items}\
             Hoogachtend,\n\nde minister van Financiën,\n\n\n\nA.B. de Wit\n\n\n\n{notes}"
        )
    };
    let signed = |text: &str| metadata_rows::signatories(&analyze_text(text, &Config::default()));
    let expected = Some("Some(\"minister van Financiën\")/Some(\"A.B. de Wit\")".to_string());
    assert_eq!(
        signed(&letter(
            "1 Kamerstuk 21 501-07, nr. 2001\n2 Zie de bijlage.\n"
        )),
        expected
    );
    assert_eq!(
        signed(&letter("1 Kamerstuk 21 501-07, nr. 2001\n")),
        expected
    );
}

#[test]
fn the_first_person_is_the_signing_minister() {
    let text = "Geachte voorzitter,\n\nHierbij bied ik u het verslag aan.\n\nVisserij\n\n\
                Ik heb namens Nederland benadrukt dat de quota omlaag moeten. Ik heb mij \
                onthouden van stemming. Nederland stemde tegen het compromis.\n\n\
                Hoogachtend,\n\nde minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\n\
                J. de Boer\n\n1 Kamerstuk 21 501-32, nr. 1700\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        person:j-de-boer heb benadrukt Neutral
        person:j-de-boer heb onthouden Reservation
        country:nl stemde tegen Oppose
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_sentence_opening_with_vanuit_or_namens_names_the_passives_speaker() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Vanuit de Commissie werd toegelicht dat de middelen volstaan.",
            &[("org:european-commission", "werd toegelicht", Neutral)],
        ),
        (
            "Namens het voorzitterschap werd gewezen op de planning.",
            &[("role:presidency", "werd gewezen", Neutral)],
        ),
        (
            "Door Frankrijk werd het voorstel gesteund.",
            &[("country:fr", "werd gesteund", Support)],
        ),
        // Inside the sentence `vanuit` names a place or a source, no speaker.
        (
            "Er werd gewezen op de steun die vanuit Duitsland komt.",
            &[],
        ),
    ]);
}

#[test]
fn a_country_that_could_not_join_opposes() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Hongarije kon zich niet aansluiten bij deze conclusies.",
            &[("country:hu", "kon aansluiten", Oppose)],
        ),
        (
            "Polen kon zich aansluiten bij het compromis.",
            &[("country:pl", "kon aansluiten", Support)],
        ),
    ]);
}

#[test]
fn the_members_of_the_european_council_are_the_leaders() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De leden van de Europese Raad spraken over de defensie.",
            &[("collective:leaders", "spraken over", Neutral)],
        ),
        (
            "The members of the European Council discussed defence.",
            &[("collective:leaders", "discussed", Neutral)],
        ),
    ]);
}

#[test]
fn the_high_representative_belongs_to_the_eeas() {
    assert_eq!(
        actor_rows::actors(
            "Verslag\n\nDe Hoge Vertegenwoordiger, Kaja Lindemann, schetste de situatie.\n",
            "person:"
        ),
        [(
            "person:kaja-lindemann".into(),
            Some("Hoge Vertegenwoordiger".into()),
            Some("org:eeas".into())
        )]
    );
}

#[test]
fn a_clerks_double_surname_alone_signs_as_a_person() {
    let text = "Verslag van een schriftelijk overleg\n\n\
                De commissie heeft vragen voorgelegd aan de minister.\n\n\
                De voorzitter van de commissie,\nVan Dalen\n\n\
                De griffier van de commissie,\nTielens-Tripels\n\n\
                I Vragen\n\nDe leden van de VVD-fractie vroegen naar de inzet.\n";
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [
            (
                "person:tielens-tripels".into(),
                Some("griffier van de commissie".into()),
                None
            ),
            (
                "person:van-dalen".into(),
                Some("voorzitter van de commissie".into()),
                None
            ),
        ]
    );
    // A compound with an acronym is no name.
    let r = analyze_text(
        "Verslag\n\nDe voorzitter van de Raad,\nEU-Raad\n\nDe Raad sprak.\n",
        &Config::default(),
    );
    assert!(
        !r.actors.iter().any(|a| a.id.starts_with("person:")),
        "{:?}",
        r.actors.iter().map(|a| &a.id).collect::<Vec<_>>()
    );
}

#[test]
fn a_table_of_three_columns_set_by_spaces_keeps_its_rows() {
    // Before, the first column was read as the left column of a page of running text and the
    // other two as its right column: the topics in one paragraph, the results in another.
    let text = "Verslag\n\nOverzicht besluiten\n\n\
                Onderwerp                    Besluit                 Nederlandse positie\n\
                Richtlijn rijbewijzen        algemene oriëntatie     steun\n\
                Verordening passagiers       gedeeltelijk akkoord    tegen\n\
                Gewichten en afmetingen      algemene oriëntatie     onthouding\n\n\
                De Raad sprak verder over de begroting.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.text.contains(
            "Richtlijn rijbewijzen        algemene oriëntatie     steun\n\
             Verordening passagiers       gedeeltelijk akkoord    tegen\n"
        ),
        "{}",
        r.text
    );
}

#[test]
fn two_reports_in_one_letter_each_hold_their_items() {
    let text = "Geachte voorzitter,\n\nHierbij bied ik u twee verslagen aan.\n\n\
                Hoogachtend,\n\nde minister van Landbouw,\n\nJ. de Boer\n\n\
                Verslag van de formele Landbouw- en Visserijraad van 15 december 2025\n\n\
                Visserij\n\nDe Raad bereikte een akkoord.\n\n\
                Diversen\n\nDe Commissie informeerde de Raad.\n\n\
                Verslag van de informele bijeenkomst van de landbouwministers van 2 november 2025\n\n\
                Bosbeheer\n\nDe ministers spraken over bosbranden.\n\n\
                Diversen\n\nHet voorzitterschap sloot af.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Verslag van de formele Landbouw- en Visserijraad van 15 december 2025
          1 [-] Visserij
          2 [-] Diversen
        3 [-] Verslag van de informele bijeenkomst van de landbouwministers van 2 november 2025
          4 [-] Bosbeheer
          5 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    // One report: its title is the document's, no section.
    let one = text
        .split("Verslag van de informele")
        .next()
        .unwrap_or_default();
    let r = analyze_text(one, &Config::default());
    expect![[r#"
        0 [-] Visserij
        1 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
}

#[test]
fn a_quotations_closing_numbered_paragraph_is_no_heading() {
    let text = "Verslag\n\nDe Europese Raad kwam op 15 oktober bijeen in Brussel.\n\n\
                Oekraïne\n\nIn de conclusies staat:\n\n\
                \"1. De Europese Raad bevestigt zijn steun aan Oekraïne.\n\n\
                2. De Europese Raad verzoekt de Raad de werkzaamheden te\nbespoedigen.\"\n\n\
                Migratie\n\nDe Europese Raad sprak over migratie.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        outline_text::outline_text(&r),
        "0 [-] Oekraïne\n1 [-] Migratie\n"
    );
}

#[test]
fn the_first_person_letters_outline_and_metadata() {
    let r = fixture(FIRST_PERSON);
    expect![[r#"
        0 [-] Voortgangsrapport herziening rijbewijsrichtlijn
        1 [-] Gewichten en afmetingen van zware bedrijfsvoertuigen
        2 [-] Passagiersrechten in het multimodale vervoer
        3 [-] Diversen
          4 [a] Verkeersveiligheid: resultaten 2025
          5 [b] Werkprogramma van het inkomende voorzitterschap
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Transportraad (Verkeer) van 4 december 2026") | Some("2026-12-09") | ["2026-12-04"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[
        r#"Some("minister van Infrastructuur en Waterstaat")/Some("M.H. van Rijswijk-Achterberg")"#
    ]]
    .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_first_person_letters_people_and_statements() {
    let r = fixture(FIRST_PERSON);
    assert!(!r.text.contains('ﬁ') && !r.text.contains('ﬂ'));
    expect![[r#"
        Lars Dahlberg | minister van Samferdsel | country:no
        M.H. van Rijswijk-Achterberg | minister van Infrastructuur en Waterstaat | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:presidency presenteerde Neutral
        country:fr werd gewezen Neutral
        person:m-h-van-rijswijk-achterberg heb benadrukt Neutral
        org:european-commission werd toegelicht Neutral
        country:nl heeft gepleit Support
        country:dk heeft gepleit Support
        country:se heeft gepleit Support
        collective:several-member-states uitte Reservation
        country:at uitte Reservation
        country:hu uitte Reservation
        person:m-h-van-rijswijk-achterberg heb onthouden Reservation
        country:nl stemde tegen Oppose
        country:be sloten aan Support
        country:lu sloten aan Support
        country:es werd verwelkomd Support
        person:lars-dahlberg lichtte toe Neutral
        org:european-commission informeerde Neutral
        person:m-h-van-rijswijk-achterberg heb gevraagd Neutral
        role:incoming-presidency presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn the_two_reports_outline_and_metadata() {
    let r = fixture(TWO_REPORTS);
    expect![[r#"
        0 [-] Verslag van de Europese Raad van 15 en 16 oktober 2026
          1 [-] Algemeen
          2 [-] Oekraïne
          3 [-] Concurrentievermogen en vereenvoudiging
          4 [-] Migratie
          5 [-] Overige onderwerpen
            6 [-] Midden-Oosten
            7 [-] Moldavië
        8 [-] Verslag van de informele bijeenkomst van de staatshoofden en regeringsleiders van 2 oktober 2026
          9 [-] Europese defensie
          10 [-] Diversen
    "#]].assert_eq(&outline_text::outline_text(&r));
    expect![[r#"LetterWithMeetingReport | Some("Verslag van de Europese Raad van 15 en 16 oktober 2026") | Some("2026-10-22") | ["2026-10-02", "2026-10-15", "2026-10-16"] | Some("Brussel")"#]].assert_eq(&metadata_rows::head(&r));
    expect![[
        r#"Some("Minister-President, Minister van Algemene Zaken")/Some("E.J. Verhoef-Lammers")"#
    ]]
    .assert_eq(&metadata_rows::signatories(&r).unwrap_or_default());
}

#[test]
fn the_two_reports_people_and_statements() {
    let r = fixture(TWO_REPORTS);
    expect![[r#"
        António Ferreira | voorzitter van de Europese Raad | org:european-council
        E.J. Verhoef-Lammers | Minister van Algemene Zaken | country:nl
        Jens Halvorsen | secretaris-generaal van de NAVO | org:nato
        Kaja Lindemann | Hoge Vertegenwoordiger | org:eeas
        Mette Kjaergaard | premier | country:dk
        Roberta Caruana | voorzitter van het Europees Parlement | org:european-parliament
        Ursula Brandauer | voorzitter van de Europese Commissie | org:european-commission
        Zelensky | president | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        collective:leaders spraken Neutral
        org:european-council bevestigt Support
        org:european-council verzoekt Neutral
        country:hu kon aansluiten Oppose
        person:e-j-verhoef-lammers heb benadrukt Neutral
        person:kaja-lindemann schetste Neutral
        person:ursula-brandauer presenteerde Neutral
        org:european-council riep op Support
        country:nl heeft gepleit Support
        country:se heeft gepleit Support
        country:fi heeft gepleit Support
        country:fr vroegen Neutral
        country:it vroegen Neutral
        person:e-j-verhoef-lammers heb aangegeven Neutral
        country:nl is voorstander Oppose
        org:european-council sprak over Neutral
        country:dk presenteerden Neutral
        country:it presenteerden Neutral
        country:es wees op Neutral
        org:european-council besprak Neutral
        org:european-council riep op Support
        org:european-council verwelkomde Support
        collective:leaders spraken over Neutral
        country:pl pleitten Support
        collective:baltic-states pleitten Support
        person:e-j-verhoef-lammers heb gewezen Neutral
        person:mette-kjaergaard gaf toelichting Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}
