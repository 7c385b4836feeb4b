//! Statements in the phrasings met in session 8's unseen reports: Dutch perfect tenses with
//! a stance (`hebben gepleit`, `hebben zich tegen … uitgesproken`); conditions (`als`,
//! `indien`) that state no position; `aangezien` and `doordat` clauses; a contrast adverb
//! between subject and verb; a sharer after the verb (`, net als Kroatië,`); a doubt about
//! too little or too much (`te kort`, `onvoldoende`).

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn perfect_tenses_keep_their_stance() {
    use Stance::*;
    check(&[
        (
            "Estland en Letland hebben gepleit voor een uitzondering.",
            &[
                ("country:ee", "hebben gepleit", Support),
                ("country:lv", "hebben gepleit", Support),
            ],
        ),
        (
            "Malta heeft zich tegen de verlenging uitgesproken.",
            &[("country:mt", "heeft uitgesproken", Oppose)],
        ),
        (
            "Portugal sprak zich uit voor een snelle invoering.",
            &[("country:pt", "sprak uit", Support)],
        ),
    ]);
}

#[test]
fn conditions_state_no_position_and_causes_do() {
    use Stance::*;
    check(&[
        (
            "Indien Roemenië instemt, kan de tekst worden vastgesteld.",
            &[],
        ),
        (
            "Als Zweden het voorstel steunt, is er een meerderheid.",
            &[],
        ),
        // `net als` compares: both speak.
        // (Session 9: Finland, compared, shares the verb.)
        (
            "Net als Finland steunde Denemarken de tekst.",
            &[
                ("country:dk", "steunde", Support),
                ("country:fi", "steunde", Support),
            ],
        ),
        (
            "Aangezien Ierland het voorstel steunt, is een akkoord dichtbij.",
            &[("country:ie", "steunt", Support)],
        ),
        (
            "Doordat Bulgarije het compromis afwees, bleef een akkoord uit.",
            &[("country:bg", "afwees", Oppose)],
        ),
    ]);
}

#[test]
fn contrast_adverbs_and_sharers_after_the_verb() {
    use Stance::*;
    check(&[
        (
            "Griekenland daarentegen wees het voorstel af.",
            &[("country:gr", "wees af", Oppose)],
        ),
        (
            "Slovenië steunde, net als Kroatië, de algemene oriëntatie.",
            &[
                ("country:si", "steunde", Support),
                ("country:hr", "steunde", Support),
            ],
        ),
        // A sharer of a neutral verb stays neutral; a supporter would back it.
        (
            "Cyprus benadrukte, net als Malta, het belang van solidariteit.",
            &[
                ("country:cy", "benadrukte", Neutral),
                ("country:mt", "benadrukte", Neutral),
            ],
        ),
    ]);
}

#[test]
fn too_little_or_too_much_is_a_doubt() {
    use Stance::*;
    check(&[
        (
            "Oostenrijk gaf aan dat de termijnen te kort zijn.",
            &[("country:at", "gaf aan", Reservation)],
        ),
        (
            "Slowakije gaf aan dat de middelen onvoldoende zijn.",
            &[("country:sk", "gaf aan", Reservation)],
        ),
        (
            "Tsjechië was van mening dat de verplichtingen te zwaar zijn.",
            &[("country:cz", "was mening", Reservation)],
        ),
        (
            "Portugal argued that the funding was insufficient.",
            &[("country:pt", "argued", Reservation)],
        ),
        (
            "Greece drew attention to the islands.",
            &[("country:gr", "drew attention", Neutral)],
        ),
    ]);
}

#[test]
fn agents_after_by_and_according_to() {
    use Stance::*;
    check(&[
        (
            "The Council was briefed by the Presidency on the state of play.",
            &[("role:presidency", "briefed", Neutral)],
        ),
        (
            "Spain was supported by Italy in its request.",
            &[("country:it", "supported", Support)],
        ),
        (
            "According to the Commission, the work should end in May.",
            &[("org:european-commission", "According to", Neutral)],
        ),
        (
            "Volgens de Commissie is een akkoord haalbaar.",
            &[("org:european-commission", "Volgens", Neutral)],
        ),
        // No actor after it: no statement.
        ("According to the rules, the vote is secret.", &[]),
        (
            "Ierland steunde volgens plan de tekst.",
            &[("country:ie", "steunde", Support)],
        ),
    ]);
}
