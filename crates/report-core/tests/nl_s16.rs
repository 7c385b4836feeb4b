//! Session 16: Dutch reports nobody had shown the analyzer (fixtures under `fixtures/s16`): a
//! ministry letter whose side column (`Datum`, `Onze referentie`) pdftotext repeats under each
//! page number, a signing role wrapped before its comma, a committee's deputy clerk, the
//! future and intent of an annotated agenda (`Nederland zal … steunen`, `blijft … steunen`), a
//! noun phrase that opens the sentence as its subject, `onder wie` with two names, and
//! `zijn van mening`, `hecht eraan`, `liet weten`.

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config, Report, Stance};

mod metadata_rows;
mod outline_text;
mod statement_rows;
use metadata_rows::{check_fields, signatories, FieldRow};
use outline_text::outline_text;
use statement_rows::statements_quoting;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&run(text)));
}

const HANDEL: &str = include_str!("fixtures/s16/pdftotext-rbz-handel-nl.txt");
const VSO: &str = include_str!("fixtures/s16/vso-rbz-handel-nl.txt");
const EUROGROEP: &str = include_str!("fixtures/s16/geannoteerde-agenda-eurogroep-nl.txt");

#[test]
fn a_side_column_repeated_under_each_page_number_is_page_furniture() {
    // The sentence runs on over the page break, the side column's lines are gone.
    let page = "     De Raad sprak over de handel. De Oostenrijkse minister, Lukas Brandtner, gaf aan dat\n\n\n\n\
                \x20                                                           Pagina 1 van 3\n\
                \x20                                                           Datum\n\
                \x20                                                           13 maart 2026\n\
                \x20                                                           Onze referentie\n\
                \x20                                                           BZ2611874\n\n\
                \x20    zijn land het akkoord niet kan steunen. Spanje steunde het akkoord.\n";
    let text = format!(
        "Verslag van de Raad\n\n1. Handel\n\n{page}\n2. Diversen\n\n{}",
        page.replace("Pagina 1", "Pagina 2")
    );
    let r = run(&text);
    assert!(!r.text.contains("Onze referentie"), "{}", r.text);
    assert!(!r.text.contains("BZ2611874"), "{}", r.text);
    assert!(
        r.text.contains("gaf aan dat zijn land het akkoord"),
        "{}",
        r.text
    );
    // The whole letter: the first page's field stays, its label and value one block; the
    // copies under the later pages' numbers are gone.
    let r = run(HANDEL);
    assert_eq!(r.text.matches("Onze referentie").count(), 1, "{}", r.text);
    assert!(r.text.contains("Onze referentie BZ2611874\n"), "{}", r.text);
    assert_eq!(
        statements_quoting(HANDEL, "Brandtner"),
        ["person:lukas-brandtner gaf aan Neutral"]
    );
}

#[test]
fn metadata_of_the_session_16_documents() {
    let rows: [FieldRow; 5] = [
        (
            "a signing role wrapped before its comma",
            "Geachte Voorzitter,\n\nHierbij stuur ik u het verslag.\n\n\
             De Minister voor Buitenlandse Handel\nen Ontwikkelingshulp,\n\nSjoerd Sjoerdsma\n",
            signatories,
            Some(
                "Some(\"Minister voor Buitenlandse Handel en Ontwikkelingshulp\")/\
                 Some(\"Sjoerd Sjoerdsma\")",
            ),
        ),
        (
            "… in the whole letter, laid out by pdftotext",
            HANDEL,
            signatories,
            Some(
                "Some(\"Minister voor Buitenlandse Handel en Ontwikkelingshulp\")/\
                 Some(\"Sjoerd Sjoerdsma\")",
            ),
        ),
        (
            "a sentence about a minister over a short line with a comma signs nothing",
            "Geachte Voorzitter,\n\nHierbij stuur ik u het verslag.\n\n\
             De minister van Financiën gaf aan dat\nde Raad instemt,\nmits dit zo blijft.\n",
            signatories,
            Some(""),
        ),
        (
            "a committee's deputy clerk signs",
            "Verslag van een schriftelijk overleg\n\nDe vragen zijn beantwoord.\n\n\
             De voorzitter van de commissie,\nKlaver\n\n\
             De adjunct-griffier van de commissie,\nPrenger\n",
            signatories,
            Some(
                "Some(\"voorzitter van de commissie\")/Some(\"Klaver\"); \
                 Some(\"adjunct-griffier van de commissie\")/Some(\"Prenger\")",
            ),
        ),
        (
            "… in the whole report",
            VSO,
            signatories,
            Some(
                "Some(\"voorzitter van de commissie\")/Some(\"Klaver\"); \
                 Some(\"adjunct-griffier van de commissie\")/Some(\"Prenger\")",
            ),
        ),
    ];
    check_fields(&rows);
}

#[test]
fn the_outline_of_the_letter_laid_out_by_pdftotext() {
    // The signer's name is no heading.
    check_outline(
        HANDEL,
        expect![[r#"
            0 [1] Handelsrelatie met de Verenigde Staten
            1 [2] Handelsakkoord met Mercosur
            2 [3] Hervorming van de WTO
            3 [4] Diversen
              4 [a] Exportcontrole
              5 [b] Handelsbetrekkingen met China
        "#]],
    );
}

#[test]
fn an_intent_auxiliary_carries_the_subjects_infinitive() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Nederland zal in de Raad benadrukken dat de afspraken moeten worden uitgevoerd.",
            &[("country:nl", "benadrukken", Neutral)],
        ),
        (
            "Nederland zal het voorstel steunen.",
            &[("country:nl", "steunen", Support)],
        ),
        (
            "Frankrijk zal het voorstel niet steunen.",
            &[("country:fr", "steunen", Oppose)],
        ),
        (
            "Daarom zal Nederland pleiten voor een analyse.",
            &[("country:nl", "pleiten", Support)],
        ),
        // The mention between `blijft` and its verb is the object.
        (
            "Nederland blijft Oekraïne steunen.",
            &[("country:nl", "steunen", Support)],
        ),
        (
            "Naar verwachting zullen Hongarije en Slowakije zich opnieuw kritisch uitlaten over \
             verdere steun.",
            &[
                ("country:hu", "uitlaten", Reservation),
                ("country:sk", "uitlaten", Reservation),
            ],
        ),
        // A new clause after the auxiliary has a verb of its own.
        (
            "Nederland zal erop toezien dat de Commissie de regels steunt.",
            &[("org:european-commission", "steunt", Support)],
        ),
        (
            "Het voorzitterschap zal de Raad informeren.",
            &[("role:presidency", "informeren", Neutral)],
        ),
    ]);
}

#[test]
fn a_noun_phrase_that_opens_the_sentence_is_its_subject() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De vrijwaringsclausule stelt de Commissie in staat om maatregelen te nemen.",
            &[],
        ),
        (
            "De Minister zal de Kamer na de Raad informeren over de heffingen.",
            &[],
        ),
        // A phrase of time opens no subject: the actor after the verb speaks.
        (
            "De volgende dag stelde de Commissie voor om te wachten.",
            &[("org:european-commission", "stelde voor", Neutral)],
        ),
        (
            "Ook stelde de Commissie voor om te wachten.",
            &[("org:european-commission", "stelde voor", Neutral)],
        ),
    ]);
}

#[test]
fn onder_wie_with_two_names_names_those_among_the_subject() {
    use Stance::*;
    statement_rows::check(&[(
        "Meerdere lidstaten, onder wie Zweden en Denemarken, steunden dit.",
        &[
            ("collective:several-member-states", "steunden", Support),
            ("country:se", "steunden", Support),
            ("country:dk", "steunden", Support),
        ],
    )]);
}

#[test]
fn opinions_and_announcements_of_letters_and_agendas() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De leden van de GroenLinks-PvdA-fractie zijn van mening dat het akkoord onvoldoende \
             is.",
            &[("org:groenlinks-pvda", "zijn van mening", Reservation)],
        ),
        (
            "Spanje is van mening dat de termijn te kort is.",
            &[("country:es", "is mening", Reservation)],
        ),
        (
            "Het kabinet hecht eraan dat de regels worden toegepast.",
            &[("role:cabinet", "hecht eraan", Neutral)],
        ),
        (
            "Frankrijk liet weten dat het voorstel te ver gaat.",
            &[("country:fr", "liet weten", Neutral)],
        ),
    ]);
}

#[test]
fn statements_of_the_annotated_agenda() {
    assert_eq!(
        statements_quoting(EUROGROEP, "blijft Oekraïne steunen"),
        [
            "country:nl steunen Support",
            "country:nl is voorstander Support"
        ]
    );
    assert_eq!(
        statements_quoting(EUROGROEP, "Naar verwachting zullen"),
        [
            "country:hu uitlaten Reservation",
            "country:sk uitlaten Reservation"
        ]
    );
}

#[test]
fn the_particle_that_stops_the_clause_still_counts() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De leden van de VVD-fractie vragen de Minister om een brief.",
            &[("org:vvd", "vragen om", Neutral)],
        ),
        (
            "Frankrijk en Duitsland vragen om meer tijd.",
            &[
                ("country:fr", "vragen om", Neutral),
                ("country:de", "vragen om", Neutral),
            ],
        ),
    ]);
}

#[test]
fn dutch_of_before_an_article_opens_no_role() {
    let (actors, _) = report_core::actors_and_statements(
        "Het lid van de SGP-fractie vraagt de Minister of het kabinet bereid is om aandacht te \
         vragen.",
        None,
    );
    let ids: Vec<&str> = actors.iter().map(|a| a.id.as_str()).collect();
    assert!(!ids.iter().any(|id| id.contains("minister-of")), "{ids:?}");
}
