//! Statements in the phrasings of session 14's invented reports: `tekende bezwaar aan` with
//! its particle, a chair who welcomes people (a greeting, no support), `samen met` right after
//! the verb (both speak), and a letter's `uw Kamer` as the object of the writer's verb.

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn aan_after_bezwaar_is_part_of_the_verb() {
    use Stance::*;
    check(&[
        (
            "Polen tekende bezwaar aan tegen de verlaging van de quota.",
            &[("country:pl", "tekende bezwaar aan", Oppose)],
        ),
        (
            "Polen tekende bezwaar tegen de verlaging aan.",
            &[("country:pl", "tekende bezwaar", Oppose)],
        ),
        (
            "Hongarije tekent protest aan tegen het besluit.",
            &[("country:hu", "tekent protest aan", Oppose)],
        ),
    ]);
}

#[test]
fn welcoming_people_is_a_greeting_and_welcoming_a_thing_support() {
    use Stance::*;
    check(&[
        (
            "Spain welcomed the members of the new Commission.",
            &[("country:es", "welcomed", Neutral)],
        ),
        (
            "Spanje verwelkomde de deelnemers.",
            &[("country:es", "verwelkomde", Neutral)],
        ),
        (
            "Spain welcomed the proposal of the members.",
            &[("country:es", "welcomed", Support)],
        ),
        (
            "Spanje verwelkomde de bijdragen van de lidstaten.",
            &[("country:es", "verwelkomde", Support)],
        ),
        (
            "Germany welcomes the new participants.",
            &[("country:de", "welcomes", Neutral)],
        ),
    ]);
}

#[test]
fn samen_met_right_after_the_verb_shares_it() {
    use Stance::*;
    check(&[
        (
            "Frankrijk benadrukte samen met Duitsland dat de regels eenvoudiger moeten.",
            &[
                ("country:fr", "benadrukte", Neutral),
                ("country:de", "benadrukte", Neutral),
            ],
        ),
        (
            "Denemarken pleitte samen met Zweden en Finland voor wetenschappelijk advies.",
            &[
                ("country:dk", "pleitte", Support),
                ("country:se", "pleitte", Support),
                ("country:fi", "pleitte", Support),
            ],
        ),
        (
            "France stressed together with Spain that the rules must be simpler.",
            &[
                ("country:fr", "stressed", Neutral),
                ("country:es", "stressed", Neutral),
            ],
        ),
        // Named later in the clause, they are what is spoken of.
        (
            "Frankrijk benadrukte de samenwerking met Duitsland.",
            &[("country:fr", "benadrukte", Neutral)],
        ),
    ]);
}

#[test]
fn the_letters_addressee_is_the_object_of_the_writers_verb() {
    check(&[
        ("Ik zal uw Kamer informeren over de uitkomst.", &[]),
        ("Wij zullen uw Kamer informeren zodra het kan.", &[]),
    ]);
}
