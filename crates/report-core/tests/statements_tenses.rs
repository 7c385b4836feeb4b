//! Statements in the present and perfect tense: annotated agendas and letters state positions
//! now (`Het kabinet steunt`), reports of past meetings in the perfect (`heeft aangegeven`).

use report_core::{actors_and_statements, Stance};

/// `(actor, verb, stance)` of every statement found in `text`.
fn statements(text: &str) -> Vec<(String, String, Stance)> {
    actors_and_statements(text, None)
        .1
        .into_iter()
        .map(|s| (s.actor, s.verb, s.stance))
        .collect()
}

/// A sentence and the `(actor, verb, stance)` rows expected from it.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str, Stance)]);

fn check(table: &[Case]) {
    for (text, want) in table {
        let want: Vec<(String, String, Stance)> = want
            .iter()
            .map(|(a, v, s)| (a.to_string(), v.to_string(), *s))
            .collect();
        assert_eq!(statements(text), want, "{text}");
    }
}

#[test]
fn present_tense() {
    use Stance::*;
    check(&[
        (
            "Het kabinet steunt een wetenschappelijk onderbouwde aanpak.",
            &[("role:cabinet", "steunt", Support)],
        ),
        (
            "Nederland steunt het voorstel maar vindt de termijnen te ruim.",
            &[("country:nl", "steunt", Support)],
        ),
        (
            "Nederland kan instemmen met de tekst.",
            &[("country:nl", "kan instemmen", Support)],
        ),
        (
            "Nederland kan niet instemmen met de tekst.",
            &[("country:nl", "kan instemmen", Oppose)],
        ),
        (
            "Spanje is tegen strengere regels.",
            &[("country:es", "is tegen", Oppose)],
        ),
        (
            "Duitsland en Zweden delen de zorgen van Nederland.",
            &[
                ("country:de", "delen zorgen", Reservation),
                ("country:se", "delen zorgen", Reservation),
            ],
        ),
        (
            "Het voorzitterschap licht het compromis toe.",
            &[("role:presidency", "licht toe", Neutral)],
        ),
        (
            // Another country's cabinet is not the Dutch one: the adjective names the subject.
            "Het Poolse kabinet verwelkomt het akkoord.",
            &[("country:pl", "verwelkomt", Support)],
        ),
        (
            "Germany and Austria oppose the proposal.",
            &[
                ("country:de", "oppose", Oppose),
                ("country:at", "oppose", Oppose),
            ],
        ),
        (
            "Germany could not fully support the text.",
            &[("country:de", "could support", Oppose)],
        ),
        (
            "The Netherlands supports the compromise.",
            &[("country:nl", "supports", Support)],
        ),
    ]);
}

#[test]
fn perfect_tense() {
    use Stance::*;
    check(&[
        (
            "België en Frankrijk hebben aangegeven bezorgd te zijn.",
            &[
                ("country:be", "hebben aangegeven", Reservation),
                ("country:fr", "hebben aangegeven", Reservation),
            ],
        ),
        (
            "Nederland heeft benadrukt dat de Unie eensgezind moet zijn.",
            &[("country:nl", "benadrukt", Neutral)],
        ),
        (
            "De lidstaten hebben het voorstel gesteund.",
            &[("collective:member-states", "hebben gesteund", Support)],
        ),
        (
            "Ireland has stressed the need for unity.",
            &[("country:ie", "stressed", Neutral)],
        ),
    ]);
}

#[test]
fn common_words_that_are_no_statement() {
    check(&[
        // `heeft` and `is` need a participle or a stance word after them.
        ("Nederland heeft een zetel in de Raad.", &[]),
        ("Het kabinet heeft geld beschikbaar gesteld.", &[]),
        ("Nederland is lid van de Unie.", &[]),
        // An English modal carries a verb right after it, not a noun later in the clause.
        (
            "The EU would continue its military and diplomatic support.",
            &[],
        ),
        // Bare English plurals that are also nouns are not verbs here.
        ("The EU support for Ukraine continues.", &[]),
    ]);
}

#[test]
fn english_subject_after_the_verb_only_behind_a_quotation() {
    use Stance::*;
    check(&[
        // The mention after the verb is its object, not an inverted subject.
        (
            "The minister joined by video and briefed ministers on the situation.",
            &[],
        ),
        ("Also stressed Germany the need for unity.", &[]),
        (
            "\"We stand ready,\" said the Commission.",
            &[("org:european-commission", "said", Neutral)],
        ),
        // Dutch keeps its inverted order.
        (
            "Ook benadrukte Nederland het belang.",
            &[("country:nl", "benadrukte", Neutral)],
        ),
    ]);
}
