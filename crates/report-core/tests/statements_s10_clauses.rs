//! Statements in the phrasings met in session 10's unseen reports: `zijn tegen` and `zijn
//! voorstander` (a copula that is mostly a possessive), the present-tense passive with its
//! agent after `door` (`wordt gesteund door`, `wordt niet gesteund door`), `maakte zich
//! zorgen`, `waarschuwde voor` and `warned against`.

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn zijn_with_its_view_as_the_next_word() {
    use Stance::*;
    check(&[
        (
            "Zweden en Denemarken zijn tegen nieuwe gezamenlijke schulden.",
            &[
                ("country:se", "zijn tegen", Oppose),
                ("country:dk", "zijn tegen", Oppose),
            ],
        ),
        (
            "Oostenrijk en Kroatië zijn voorstander van een snelle opening.",
            &[
                ("country:at", "zijn voorstander", Support),
                ("country:hr", "zijn voorstander", Support),
            ],
        ),
        // The possessive speaks not, nor ends the window of the verb before it.
        ("Frankrijk en zijn partners hebben de agenda gelezen.", &[]),
        (
            "Italië merkte in zijn bijdrage op dat de termijn kort is.",
            &[("country:it", "merkte op", Neutral)],
        ),
    ]);
}

#[test]
fn the_present_tense_passive_speaks_through_its_agent() {
    use Stance::*;
    check(&[
        (
            "Dit voorstel wordt gesteund door Italië en Portugal.",
            &[
                ("country:it", "wordt gesteund", Support),
                ("country:pt", "wordt gesteund", Support),
            ],
        ),
        (
            "Het voorstel om het cluster te openen wordt niet gesteund door Bulgarije.",
            &[("country:bg", "wordt gesteund", Oppose)],
        ),
        // `wordt` as any other auxiliary is no verb of speech.
        ("Het verslag wordt door Ierland gepubliceerd.", &[]),
        ("De Raad wordt voorgezeten door Polen.", &[]),
    ]);
}

#[test]
fn concerns_and_warnings_are_reservations() {
    use Stance::*;
    check(&[
        (
            "Griekenland maakte zich zorgen over de minderhedenrechten.",
            &[("country:gr", "maakte zorgen", Reservation)],
        ),
        (
            "Letland waarschuwde voor een subsidiewedloop.",
            &[("country:lv", "waarschuwde", Reservation)],
        ),
        (
            "Latvia warned against rent controls.",
            &[("country:lv", "warned", Reservation)],
        ),
    ]);
}
