//! Statements in the phrasings met in session 9's unseen reports: the Dutch passive with its
//! agent after `door` (`Door Ierland werd gewezen op`, `werd niet gesteund door Oostenrijk`);
//! a party's group in a written consultation (`De leden van de VVD-fractie vragen`, `Deze
//! leden`, `Zij verzoeken`); one who speaks for a country (`The member for Greece asked`); a
//! phrase that opens the sentence before an inverted subject (`Net als Finland steunde
//! Denemarken`, `Behalve Malta en Cyprus steunden alle lidstaten`); the unnamed minister of a
//! Dutch letter; `namens` another country; an infinitive after `te`; copulas with a view.

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn the_agent_of_a_dutch_passive_speaks() {
    use Stance::*;
    check(&[
        (
            "Door Ierland werd gewezen op de gevolgen voor kleine ondernemingen.",
            &[("country:ie", "werd gewezen", Neutral)],
        ),
        (
            "Ook door Luxemburg en Malta werden zorgen geuit over de uitvoerbaarheid.",
            &[
                ("country:lu", "werden geuit", Reservation),
                ("country:mt", "werden geuit", Reservation),
            ],
        ),
        (
            "Dit werd niet gesteund door Oostenrijk en Tsjechië.",
            &[
                ("country:at", "werd niet gesteund", Oppose),
                ("country:cz", "werd niet gesteund", Oppose),
            ],
        ),
        // No agent, no speaker; a meeting's `werd gesproken` is no view.
        ("Er werd gewezen op de kosten.", &[]),
        (
            "Op verzoek van Zweden werd gesproken over het toezicht.",
            &[],
        ),
    ]);
}

#[test]
fn a_partys_group_speaks_as_the_party() {
    use Stance::*;
    check(&[
        (
            "De leden van de D66-fractie steunen de inzet van het kabinet.",
            &[("org:d66", "steunen", Support)],
        ),
        (
            "De leden van de VVD-fractie hebben kennisgenomen van de agenda. Deze leden vragen \
             de minister of het kabinet het voorstel steunt.",
            &[("org:vvd", "vragen of", Neutral)],
        ),
        (
            "De leden van de PVV-fractie hebben de agenda gelezen. Wel maken deze leden zich \
             zorgen over de kosten. Zij verzoeken de minister om een veto.",
            &[
                ("org:pvv", "maken zorgen", Reservation),
                ("org:pvv", "verzoeken", Neutral),
            ],
        ),
        // `vragen` as a noun is no verb.
        ("De vragen van de leden zijn beantwoord.", &[]),
    ]);
}

#[test]
fn one_who_speaks_for_a_country() {
    use Stance::*;
    check(&[
        (
            "The member for Greece asked whether the procedure had been finalised.",
            &[("country:gr", "asked", Neutral)],
        ),
        // A delegate speaks as the role of her country, as `The representative of Poland`
        // does.
        (
            "De vertegenwoordiger van Polen vroeg om uitstel.",
            &[("role:pl-vertegenwoordiger", "vroeg", Neutral)],
        ),
        // Not any noun before `of`: the capital of Greece is no speaker.
        ("The capital of Greece welcomed the visitors.", &[]),
    ]);
}

#[test]
fn an_opening_phrase_before_an_inverted_subject() {
    use Stance::*;
    check(&[
        (
            "Net als Finland steunde Denemarken het voorstel.",
            &[
                ("country:dk", "steunde", Support),
                ("country:fi", "steunde", Support),
            ],
        ),
        (
            "Behalve Malta en Cyprus steunden alle lidstaten de verlenging.",
            // Those excepted did not support; that they opposed is not said.
            &[("collective:member-states", "steunden", Support)],
        ),
        (
            "Met uitzondering van Oostenrijk stemden alle lidstaten in met de conclusies.",
            &[("collective:member-states", "stemden in", Support)],
        ),
        // A country's adjective after the verb is no subject.
        ("De delegatie lichtte de Nederlandse inzet toe.", &[]),
    ]);
}

#[test]
fn led_by_remained_and_was_against() {
    use Stance::*;
    check(&[
        (
            "A number of member states, led by France, called for binding rules.",
            &[
                ("collective:several-member-states", "called for", Support),
                ("country:fr", "called for", Support),
            ],
        ),
        (
            "Some delegations remained sceptical about the legal basis.",
            &[(
                "collective:several-delegations",
                "remained sceptical",
                Reservation,
            )],
        ),
        (
            "Griekenland riep op tot solidariteit, maar Hongarije was hier fel tegen.",
            &[
                // Session 10: `riep op tot` calls for something, as `called for` does.
                ("country:gr", "riep op", Support),
                ("country:hu", "was tegen", Oppose),
            ],
        ),
        (
            "Hongarije heeft aangegeven de conclusies niet te zullen steunen.",
            &[("country:hu", "heeft aangegeven", Oppose)],
        ),
        (
            "Germany supported the plan, whereas France preferred to wait.",
            &[
                ("country:de", "supported", Support),
                ("country:fr", "preferred", Neutral),
            ],
        ),
    ]);
}

#[test]
fn the_unnamed_minister_of_a_dutch_letter_and_namens() {
    use Stance::*;
    let letter = "De minister deelt de zorgen van de Kamer.\n\nDe minister van Financiën,\n\nA.B. Kortewind\n";
    check(&[
        (
            letter,
            &[("person:a-b-kortewind", "deelt zorgen", Reservation)],
        ),
        // Two Dutch ministers sign: which one is meant is unknown.
        (
            "De minister deelt de zorgen.\n\nDe minister van Financiën,\n\nA.B. Kortewind\n\n\
             De minister van Defensie,\n\nC.D. Oosterbeek\n",
            &[],
        ),
        (
            "Namens Polen gaf de minister van Buitenlandse Zaken aan dat de grens onder druk staat.",
            &[("country:pl", "gaf aan", Neutral)],
        ),
    ]);
}
