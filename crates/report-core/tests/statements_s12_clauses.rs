//! Statements in the phrasings met in session 12's unseen reports: a minutes' present tense
//! (`De penningmeester antwoordt dat`), a letter's first person (`Ik constateer`, `Ik
//! verwelkom`, `Ik deel die zorg`), the perfect of a promise or a warning (`heb toegezegd`,
//! `heeft gewaarschuwd`), and `dat` after a participle, which opens what was said rather than
//! a relative clause (`hebben aangegeven dat zij meer tijd nodig hebben`).

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

const SIGNED: &str = "\n\nDe Minister van Asiel en Migratie,\n\nFrederike van Dalen-Hoorn\n";

#[test]
fn minutes_answer_in_the_present_tense() {
    use Stance::*;
    check(&[
        (
            "De penningmeester antwoordt dat de kascommissie in maart bijeenkomt.",
            &[("role:treasurer", "antwoordt", Neutral)],
        ),
        (
            "De Commissie constateerde dat de termijn in juni afloopt.",
            &[("org:european-commission", "constateerde", Neutral)],
        ),
    ]);
}

#[test]
fn a_letter_speaks_in_the_first_person() {
    use Stance::*;
    let person = "person:frederike-van-dalen-hoorn";
    let rows = [
        (
            "Ik constateer dat de uitvoering op schema ligt.",
            "constateer",
            Neutral,
        ),
        ("Ik verwelkom dit plan.", "verwelkom", Support),
        ("Ik deel die zorg.", "deel zorg", Reservation),
        (
            "Ik heb toegezegd uw Kamer te informeren.",
            "heb toegezegd",
            Neutral,
        ),
    ];
    for (sentence, verb, stance) in rows {
        let text = format!("{sentence}{SIGNED}");
        check(&[(text.as_str(), &[(person, verb, stance)])]);
    }
    // `deel` is a noun too: without its particle no verb. (`Een deel van de lidstaten` is
    // some of them, who ask.)
    check(&[(
        "Een deel van de lidstaten vroeg om uitstel.",
        &[("collective:several-member-states", "vroeg", Neutral)],
    )]);
}

#[test]
fn a_perfect_warns() {
    use Stance::*;
    check(&[(
        "De Vereniging van Nederlandse Gemeenten (VNG) heeft gewaarschuwd voor een tekort.",
        &[("org:vng", "heeft gewaarschuwd", Reservation)],
    )]);
}

#[test]
fn dat_after_a_participle_opens_what_was_said() {
    use Stance::*;
    check(&[
        (
            "Duitsland en Italië hebben aangegeven dat zij meer tijd nodig hebben.",
            &[
                ("country:de", "hebben aangegeven", Neutral),
                ("country:it", "hebben aangegeven", Neutral),
            ],
        ),
        // A relative `dat` still takes the noun before it as the verb's object.
        (
            "Nederland betreurt het voorbehoud dat Polen heeft.",
            &[
                ("country:nl", "betreurt", Reservation),
                ("country:pl", "heeft voorbehoud", Reservation),
            ],
        ),
    ]);
}
