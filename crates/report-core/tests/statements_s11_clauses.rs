//! Statements in the phrasings met in session 11's unseen reports: positions listed as
//! `- Duitsland en Oostenrijk: steunen het voorstel`, a modal whose particle is a verb form
//! (`kon … steunen`), a Dutch letter's `Ik heb … benadrukt`, a board's officers in its minutes,
//! a verb after `and` whose first verb is no speech verb, `said the Romanian minister` and
//! `In the view of the Commission`.

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn a_list_of_actors_before_the_colon_that_opens_its_line_speaks() {
    use Stance::*;
    check(&[
        (
            "Positie andere lidstaten:\n- Duitsland en Oostenrijk: steunen het voorstel\n- Frankrijk: plaatste een voorbehoud\n",
            &[
                ("country:de", "steunen", Support),
                ("country:at", "steunen", Support),
                ("country:fr", "plaatste voorbehoud", Reservation),
            ],
        ),
        (
            "- Spanje, Italië en Portugal: verzetten zich tegen strengere grenzen\n",
            &[
                ("country:es", "verzetten zich", Oppose),
                ("country:it", "verzetten zich", Oppose),
                ("country:pt", "verzetten zich", Oppose),
            ],
        ),
        // A colon in the middle of a line ends the subject as before.
        ("Het verslag over Frankrijk: steunen is lastig.", &[]),
    ]);
}

#[test]
fn a_modal_reaches_its_particle_past_a_verb_form() {
    use Stance::*;
    check(&[
        (
            "Nederland kon het compromis steunen.",
            &[("country:nl", "kon steunen", Support)],
        ),
        (
            "Italië heeft benadrukt dat de industrie niet benadeeld mag worden.",
            &[("country:it", "heeft benadrukt", Neutral)],
        ),
    ]);
}

#[test]
fn a_dutch_letters_ik_is_its_signatory() {
    use Stance::*;
    check(&[
        (
            "Ik heb in de Raad benadrukt dat een escalatie moet worden voorkomen.\n\nDe minister voor Buitenlandse Handel,\n\nA.B. Verhoef-Lanting\n",
            &[("person:a-b-verhoef-lanting", "heb benadrukt", Neutral)],
        ),
        // No signatory: no one.
        (
            "Ik heb in de Raad benadrukt dat een escalatie moet worden voorkomen.",
            &[],
        ),
    ]);
}

#[test]
fn a_boards_minutes_name_its_officers_and_itself() {
    use Stance::*;
    check(&[
        (
            "De penningmeester lichtte de jaarrekening toe.",
            &[("role:treasurer", "lichtte toe", Neutral)],
        ),
        (
            "De secretaris presenteerde het beleidsplan.",
            &[("role:secretary", "presenteerde", Neutral)],
        ),
        (
            "Het bestuur besloot de jaarrekening vast te stellen.",
            &[("org:board", "besloot", Neutral)],
        ),
        (
            "Het bestuur stemde in met het beleidsplan.",
            &[("org:board", "stemde in", Support)],
        ),
        // `bestuur` in lower case is governance, no actor.
        ("Het openbaar bestuur besloot niets.", &[]),
    ]);
}

#[test]
fn a_verb_after_and_takes_the_opening_subject() {
    use Stance::*;
    check(&[
        (
            "Norway participated in the debate and welcomed the joint approach.",
            &[("country:no", "welcomed", Support)],
        ),
        (
            "Norway and Iceland took part in the exchange and stressed the need for data.",
            &[
                ("country:no", "stressed", Neutral),
                ("country:is", "stressed", Neutral),
            ],
        ),
        // An object of the first verb between them: English names no new subject before
        // `and welcomed`, so it is still the sentence's opening one.
        (
            "Norway wrote to the Commission and welcomed the joint approach.",
            &[("country:no", "welcomed", Support)],
        ),
    ]);
}

#[test]
fn quoted_speech_and_whose_view() {
    use Stance::*;
    check(&[
        (
            "\"The deadlines are unrealistic,\" said the Romanian minister.",
            &[("role:ro-minister", "said", Neutral)],
        ),
        (
            "\"This is a matter of trust,\" the Belgian minister told reporters.",
            &[("role:be-minister", "told", Neutral)],
        ),
        (
            "In the view of the Commission, the mechanism needs no amendment.",
            &[("org:european-commission", "view of", Neutral)],
        ),
        // Only `In the view of`: another `view` is nobody's statement.
        (
            "Germany shared the view of the Commission.",
            &[("country:de", "shared", Neutral)],
        ),
    ]);
}
