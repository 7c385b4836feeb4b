//! Statements in the clauses and contrasts met in session 7's unseen reports: Dutch
//! subordinate clauses opened by `hoewel` and `toen`; verb-final joined
//! forms (`voorstelde`, `tegenstemde`); an actor set against the subject (`Unlike Austria,`),
//! who takes the other side of a stance for or against.

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn dutch_subordinate_clauses_put_their_verb_last() {
    use Stance::*;
    check(&[
        (
            "Hoewel Zweden het plan steunde, bleef de twijfel bestaan.",
            &[("country:se", "steunde", Support)],
        ),
        (
            "Toen Estland een nieuwe tekst voorstelde, was er weinig tijd.",
            &[("country:ee", "voorstelde", Neutral)],
        ),
        (
            "Hoewel Tsjechië tegenstemde, viel het besluit.",
            &[("country:cz", "tegenstemde", Oppose)],
        ),
        (
            "Toen Denemarken zich onthield, bleef het stil.",
            &[("country:dk", "onthield zich", Reservation)],
        ),
        (
            "Het voorstel werd aangenomen omdat Ierland uiteindelijk voorstemde.",
            &[("country:ie", "voorstemde", Support)],
        ),
        // Two verbs: the second, in the main clause after the subordinate one, has its subject
        // after it.
        (
            "Hoewel Letland de analyse deelde, steunde Litouwen de conclusies niet.",
            &[
                ("country:lv", "deelde", Neutral),
                ("country:lt", "steunde", Oppose),
            ],
        ),
    ]);
}

#[test]
fn joined_and_new_verbs() {
    use Stance::*;
    check(&[
        (
            "Kroatië vond dat de termijn te kort is.",
            // Too short: a doubt in the speaker's clause (session 8).
            &[("country:hr", "vond", Reservation)],
        ),
        // A meeting that took place is no view.
        ("De Raad vond plaats in Luxemburg.", &[]),
        (
            "The Commission added that a study would follow.",
            &[("org:european-commission", "added", Neutral)],
        ),
        (
            "Sweden responded that it had no objection.",
            &[("country:se", "responded", Neutral)],
        ),
        (
            "Een grote meerderheid van de lidstaten sprak steun uit voor het pakket.",
            &[("collective:most-member-states", "sprak uit", Support)],
        ),
        (
            "De Europese Commissie adviseerde een nieuwe aanpak.",
            &[("org:european-commission", "adviseerde", Neutral)],
        ),
    ]);
}

#[test]
fn an_actor_set_against_the_subject_takes_the_other_side() {
    use Stance::*;
    check(&[
        (
            "Unlike Portugal, Greece backed the compromise.",
            &[
                ("country:gr", "backed", Support),
                ("country:pt", "backed", Oppose),
            ],
        ),
        (
            "In contrast to Romania and Bulgaria, Hungary rejected the text.",
            &[
                ("country:hu", "rejected", Oppose),
                ("country:ro", "rejected", Support),
                ("country:bg", "rejected", Support),
            ],
        ),
        // A neutral verb says nothing of the other side.
        (
            "Unlike Portugal, Greece stressed the costs.",
            &[("country:gr", "stressed", Neutral)],
        ),
        (
            "Slowakije, anders dan Polen, steunde de tekst.",
            &[
                ("country:sk", "steunde", Support),
                ("country:pl", "steunde", Oppose),
            ],
        ),
        // `behalve` before an actor keeps it out of the subjects.
        (
            "Behalve Malta steunden alle lidstaten het voorstel.",
            &[("collective:member-states", "steunden", Support)],
        ),
    ]);
}

#[test]
fn bracketed_acronyms_do_not_end_a_subordinate_clause() {
    use Stance::*;
    check(&[(
        "Omdat de Nationale Raad voor Bodembeheer (NRB) bezwaar maakte, is het besluit uitgesteld.",
        &[("org:nrb", "maakte bezwaar", Oppose)],
    )]);
}

#[test]
fn het_after_a_verb_is_the_body_that_spoke_before_it() {
    use Stance::*;
    check(&[
        (
            "Hoewel Oostenrijk de doelen deelde, maakte het een studievoorbehoud.",
            &[
                ("country:at", "deelde", Neutral),
                ("country:at", "maakte studievoorbehoud", Reservation),
            ],
        ),
        // An article before a noun is no pronoun: the sentence has no second statement.
        (
            "Hoewel Oostenrijk de doelen deelde, bleef het voorstel liggen.",
            &[("country:at", "deelde", Neutral)],
        ),
    ]);
}
