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
            &[("country:bg", "wordt niet gesteund", Oppose)],
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

#[test]
fn calling_for_something_supports_it() {
    use Stance::*;
    check(&[
        (
            "Ierland en Spanje riepen op tot een staakt-het-vuren.",
            &[
                ("country:ie", "riepen op", Support),
                ("country:es", "riepen op", Support),
            ],
        ),
        // Called upon, not for: no view of its own.
        (
            "Ierland riep de Commissie op een voorstel te doen.",
            &[("country:ie", "riep op", Neutral)],
        ),
    ]);
}

#[test]
fn a_member_tagged_with_group_and_country_is_a_person() {
    use Stance::*;
    check(&[
        (
            "Marco Bellini (S&D, IT) welcomed the ban on social scoring.",
            &[("person:marco-bellini", "welcomed", Support)],
        ),
        // A group no list knows, with the member's country code.
        (
            "Jean Moreau (ID, FR) opposed the resolution.",
            &[("person:jean-moreau", "opposed", Oppose)],
        ),
        // The opening phrase ends at its comma: the one name after it is the subject.
        (
            "Speaking for the S&D group, Marco Bellini (S&D, IT) welcomed the ban.",
            &[("person:marco-bellini", "welcomed", Support)],
        ),
        (
            "The rapporteur, Anna Kowalczyk (EPP, PL), said that citizens must be heard.",
            &[("person:anna-kowalczyk", "said", Neutral)],
        ),
        // The tag counts before the surname of a titled mention later (session 13): the
        // bracket stays in the name's mention, so the verb after it is the member's.
        (
            "Thomas Weber (ECR, DE) said that it went too far. Later, Mr Weber asked for a vote.",
            &[
                ("person:thomas-weber", "said", Neutral),
                ("person:thomas-weber", "asked", Neutral),
            ],
        ),
        // A country in brackets is no member's tag, but with a verb after it (session 14) it
        // names a delegate: the person speaks, for the country (see actors_s14).
        (
            "Sofia Andrade (Portugal) spoke too.",
            &[("person:sofia-andrade", "spoke", Neutral)],
        ),
        (
            "The Left asked for a moratorium. The ESN group voted against.",
            &[
                ("org:the-left", "asked", Neutral),
                ("org:esn-group", "voted against", Oppose),
            ],
        ),
        (
            "MEPs called for more investment in social housing.",
            &[("collective:meps", "called for", Support)],
        ),
    ]);
}

#[test]
fn the_unnamed_minister_of_a_committee_debate_is_the_one_dutch_office() {
    use Stance::*;
    check(&[
        (
            "De vaste commissie heeft overleg gevoerd met de minister van Economische Zaken. \
             Het lid Koopmans (NSC) maakte zich zorgen. De minister antwoordde dat hij de zorgen \
             begrijpt. Hij zegde toe de Kamer te informeren. De minister deelde de zorgen van het \
             lid Koopmans. Hij ontraadde de motie van het lid Koopmans.",
            &[
                ("person:koopmans", "maakte zorgen", Reservation),
                (
                    "role:nl-minister-van-economische-zaken",
                    "antwoordde",
                    Neutral,
                ),
                (
                    "role:nl-minister-van-economische-zaken",
                    "zegde toe",
                    Neutral,
                ),
                (
                    "role:nl-minister-van-economische-zaken",
                    "deelde",
                    Reservation,
                ),
                (
                    "role:nl-minister-van-economische-zaken",
                    "ontraadde",
                    Oppose,
                ),
            ],
        ),
        // Two such offices: no one is chosen.
        (
            "Het overleg was met de minister van Financiën en de minister van Defensie. De \
             minister antwoordde dat het kan.",
            &[],
        ),
    ]);
}

#[test]
fn an_agencys_office_and_its_field_name() {
    use Stance::*;
    check(&[
        (
            "European Agency for Safety at Sea\n\nAnnual report\n\nThe Executive Director \
             presented the programme. The Agency accepted all recommendations.",
            &[
                ("role:executive-director", "presented", Neutral),
                ("org:european-agency-for-safety-at-sea", "accepted", Support),
            ],
        ),
        (
            "The vast majority of ministers supported the measures.",
            &[("collective:most-ministers", "supported", Support)],
        ),
    ]);
}

#[test]
fn a_copula_with_a_participle_that_is_its_view() {
    use Stance::*;
    check(&[
        (
            "Germany and Austria were opposed to including existing plants.",
            &[
                // The verb as written holds its copula since session 11's modal rule.
                ("country:de", "were opposed", Oppose),
                ("country:at", "were opposed", Oppose),
            ],
        ),
        // A passive with its agent stays one: the agent speaks.
        (
            "The proposal was opposed by Hungary.",
            &[("country:hu", "opposed", Oppose)],
        ),
        // Not one of the copula's views: no subject before it.
        ("Germany was informed about the auction.", &[]),
    ]);
}
