//! Statements: who is the subject of which speech or stance verb.

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

fn row(actor: &str, verb: &str, stance: Stance) -> (String, String, Stance) {
    (actor.to_string(), verb.to_string(), stance)
}

#[test]
fn table() {
    use Stance::*;
    let table: &[Case] = &[
        (
            "Nederland stelde dat het kan.",
            &[("country:nl", "stelde", Neutral)],
        ),
        (
            "Ook benadrukte Nederland het belang.",
            &[("country:nl", "benadrukte", Neutral)],
        ),
        (
            "Daarbij onderstreepten deze lidstaten het belang.",
            &[("collective:member-states", "onderstreepten", Neutral)],
        ),
        (
            "Tot slot stelde de Commissie dat.",
            &[("org:european-commission", "stelde", Neutral)],
        ),
        (
            "Zo wees de EDEO op de noodzaak.",
            &[("org:eeas", "wees op", Neutral)],
        ),
        (
            "De Oekraïense Minister van Binnenlandse Zaken, Oleh Petrenko, gaf een voorbeeld.",
            &[("person:oleh-petrenko", "gaf", Neutral)],
        ),
        (
            "Frankrijk, Spanje en Italië steunden het voorstel.",
            &[
                ("country:fr", "steunden", Support),
                ("country:es", "steunden", Support),
                ("country:it", "steunden", Support),
            ],
        ),
        (
            "Oostenrijk verzette zich tegen het voorstel.",
            &[("country:at", "verzette zich", Oppose)],
        ),
        (
            "Polen wees het voorstel af.",
            &[("country:pl", "wees af", Oppose)],
        ),
        (
            "Een aantal lidstaten plaatste een parlementair voorbehoud.",
            &[(
                "collective:several-member-states",
                "plaatste voorbehoud",
                Reservation,
            )],
        ),
        (
            "Een aantal landen stelde het voorstel nog te bestuderen.",
            &[("collective:several-countries", "stelde", Reservation)],
        ),
        (
            "Zweden verwelkomde het akkoord.",
            &[("country:se", "verwelkomde", Support)],
        ),
        (
            "Duitsland steunde het voorstel niet.",
            &[("country:de", "steunde", Oppose)],
        ),
        (
            "De lidstaten spraken hun steun uit voor Oekraïne.",
            &[("collective:member-states", "spraken uit", Support)],
        ),
        (
            "Europol lichtte de analyse toe en gaf een terugkoppeling.",
            &[
                ("org:europol", "lichtte toe", Neutral),
                ("org:europol", "gaf", Neutral),
            ],
        ),
        (
            "Meerdere lidstaten, waaronder Nederland, onderschreven het belang.",
            &[
                ("collective:several-member-states", "onderschreven", Support),
                ("country:nl", "onderschreven", Support),
            ],
        ),
        (
            "Samen met enkele gelijkgezinde lidstaten benadrukte Nederland dat het moet.",
            &[("country:nl", "benadrukte", Neutral)],
        ),
        (
            "In reactie op de lidstaten lichtte de Commissie toe hoe het zit.",
            &[("org:european-commission", "lichtte toe", Neutral)],
        ),
        (
            "De Commissie deed een dringend beroep op de lidstaten.",
            &[("org:european-commission", "deed beroep", Neutral)],
        ),
        // Passive and object positions are not statements.
        ("De lidstaten werd verzocht te reageren.", &[]),
        ("Het voorstel werd breed gesteund door de lidstaten.", &[]),
        ("Er was brede steun voor het voorstel.", &[]),
        // English.
        (
            "The Presidency presented the text.",
            &[("role:presidency", "presented", Neutral)],
        ),
        (
            "Several member states called for a swift agreement.",
            &[("collective:several-member-states", "called for", Neutral)],
        ),
        (
            "Hungary, Poland and Slovakia opposed the mechanism.",
            &[
                ("country:hu", "opposed", Oppose),
                ("country:pl", "opposed", Oppose),
                ("country:sk", "opposed", Oppose),
            ],
        ),
        (
            "The Netherlands expressed concerns about the timeline.",
            &[("country:nl", "expressed", Reservation)],
        ),
        (
            "Germany also supported the compromise.",
            &[("country:de", "supported", Support)],
        ),
    ];
    for (text, expected) in table {
        let expected: Vec<_> = expected.iter().map(|(a, v, s)| row(a, v, *s)).collect();
        assert_eq!(statements(text), expected, "{text}");
    }
}

#[test]
fn pronouns_and_coordination() {
    use Stance::*;
    let text = "Minister Jonas Kowalczyk schetste de situatie. Tot slot bedankte hij de lidstaten.\n\n\
                Commissaris Lena Brandt bedankte de lidstaten, maar riep de Raad ook op meer te doen. \
                Zij riep lidstaten op informatie te delen.\n\n\
                De Commissie lichtte het voorstel toe. Ook benoemde zij de risico's.";
    let expected = vec![
        row("person:jonas-kowalczyk", "schetste", Neutral),
        row("person:jonas-kowalczyk", "bedankte", Neutral),
        row("person:lena-brandt", "bedankte", Neutral),
        row("person:lena-brandt", "riep op", Neutral),
        row("person:lena-brandt", "riep op", Neutral),
        row("org:european-commission", "lichtte toe", Neutral),
        row("org:european-commission", "benoemde", Neutral),
    ];
    assert_eq!(statements(text), expected);
}

#[test]
fn statements_carry_their_sentence() {
    let text = "Kop\n\nDhr. Jansen is er. Nederland stelde o.a. dat het kan. Einde.";
    let (_, statements) = actors_and_statements(text, None);
    assert_eq!(statements.len(), 1);
    let s = &statements[0];
    assert_eq!(
        &text[s.range.start..s.range.end],
        "Nederland stelde o.a. dat het kan."
    );
}
