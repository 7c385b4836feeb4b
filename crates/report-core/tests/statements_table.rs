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
        // Object positions are not statements, nor a passive without its agent; the agent
        // after `door` speaks (session 9, as `was supported by` does in English).
        ("De lidstaten werd verzocht te reageren.", &[]),
        (
            "Het voorstel werd breed gesteund door de lidstaten.",
            &[("collective:member-states", "werd gesteund", Support)],
        ),
        ("Er was brede steun voor het voorstel.", &[]),
        // English.
        (
            "The Presidency presented the text.",
            &[("role:presidency", "presented", Neutral)],
        ),
        (
            "Several member states called for a swift agreement.",
            &[("collective:several-member-states", "called for", Support)],
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

/// Rows of `(sentence, expected statements)`, checked one by one.
fn check(table: &[Case]) {
    for (text, expected) in table {
        let expected: Vec<_> = expected.iter().map(|(a, v, s)| row(a, v, *s)).collect();
        assert_eq!(statements(text), expected, "{text}");
    }
}

#[test]
fn phrases_beside_the_subject_do_not_take_its_verb() {
    use Stance::*;
    check(&[
        (
            "The Danish delegation, supported by Sweden and Finland, opposed any increase.",
            &[
                ("country:dk", "opposed", Oppose),
                ("country:se", "opposed", Oppose),
                ("country:fi", "opposed", Oppose),
            ],
        ),
        (
            "Austria, together with Slovenia, called for more flexibility.",
            &[
                ("country:at", "called for", Support),
                ("country:si", "called for", Support),
            ],
        ),
        (
            "De Deense delegatie, gesteund door Zweden en Finland, verzette zich tegen een verhoging.",
            &[
                ("country:dk", "verzette zich", Oppose),
                ("country:se", "verzette zich", Oppose),
                ("country:fi", "verzette zich", Oppose),
            ],
        ),
        (
            "Nederland, samen met België, benadrukte het belang van handhaving.",
            &[
                ("country:nl", "benadrukte", Neutral),
                ("country:be", "benadrukte", Neutral),
            ],
        ),
        (
            // Spain is set against Portugal: it did not support.
            "Portugal, unlike Spain, supported the compromise.",
            &[
                ("country:pt", "supported", Support),
                ("country:es", "supported", Oppose),
            ],
        ),
        (
            "Polen, in tegenstelling tot Hongarije, steunde het voorstel.",
            &[
                ("country:pl", "steunde", Support),
                ("country:hu", "steunde", Oppose),
            ],
        ),
        (
            "Estland (gesteund door Letland) vroeg om meer tijd.",
            &[
                ("country:ee", "vroeg", Neutral),
                ("country:lv", "vroeg", Support),
            ],
        ),
        // After `was`, a participle with its agent is the sentence's verb in the passive: the
        // agent speaks (session 8). Beside a noun (below) it is no verb of the sentence.
        (
            "The proposal was welcomed by Croatia.",
            &[("country:hr", "welcomed", Support)],
        ),
        (
            "The text, endorsed by Malta, was adopted.",
            &[],
        ),
        // Must not change: a list and a phrase that is no side phrase.
        (
            "Frankrijk, Spanje en Italië steunden het voorstel.",
            &[
                ("country:fr", "steunden", Support),
                ("country:es", "steunden", Support),
                ("country:it", "steunden", Support),
            ],
        ),
        (
            "Nederland, als voorzitter van de groep, stelde dat het kan.",
            &[("country:nl", "stelde", Neutral)],
        ),
        (
            "Samen met Duitsland en Frankrijk benadrukte Nederland het belang.",
            &[("country:nl", "benadrukte", Neutral)],
        ),
        (
            "Several member states, such as Germany and Austria, called for caution.",
            &[
                ("collective:several-member-states", "called for", Support),
                ("country:de", "called for", Support),
                ("country:at", "called for", Support),
            ],
        ),
    ]);
}

#[test]
fn stances_of_report_verbs() {
    use Stance::*;
    check(&[
        // What is called for is supported; its words are not the speaker's stance.
        (
            "Several member states called for a cautious approach.",
            &[("collective:several-member-states", "called for", Support)],
        ),
        (
            "The Presidency called on delegations to show flexibility.",
            &[("role:presidency", "called on", Neutral)],
        ),
        (
            "Een aantal delegaties pleitte voor meer sancties.",
            &[("collective:several-delegations", "pleitte", Support)],
        ),
        (
            // `riep op tot` calls for what follows, as `called for` does (session 10); the
            // `steun` in it is not the speaker's view.
            "Italië riep op tot een voorzichtige aanpak met brede steun voor de sector.",
            &[("country:it", "riep op", Support)],
        ),
        (
            "Oostenrijk verzette zich tegen de verlenging.",
            &[("country:at", "verzette zich", Oppose)],
        ),
        (
            "Griekenland uitte zorgen over de termijn.",
            &[("country:gr", "uitte", Reservation)],
        ),
        (
            "Germany expressed concerns about the impact.",
            &[("country:de", "expressed", Reservation)],
        ),
        (
            "Hongarije was kritisch over het voorstel.",
            &[("country:hu", "was kritisch", Reservation)],
        ),
        (
            "Slovakia was critical of the timeline.",
            &[("country:sk", "was critical", Reservation)],
        ),
        (
            "Roemenië was voorstander van een snelle invoering.",
            &[("country:ro", "was voorstander", Support)],
        ),
        (
            "Spanje verklaarde voorstander te zijn van de aanpak.",
            &[("country:es", "verklaarde", Support)],
        ),
        (
            "Austria raised objections to the text.",
            &[("country:at", "raised", Oppose)],
        ),
        (
            "Portugal noted doubts about the legal basis.",
            &[("country:pt", "noted", Reservation)],
        ),
        // Negation turns support into opposition.
        (
            "Poland could not support the compromise.",
            &[("country:pl", "could not support", Oppose)],
        ),
        (
            "Latvia could support the compromise.",
            &[("country:lv", "could support", Support)],
        ),
        (
            "Ireland cannot accept the text.",
            &[("country:ie", "cannot accept", Oppose)],
        ),
        (
            "Lithuania did not support the proposal.",
            &[("country:lt", "did not support", Oppose)],
        ),
        (
            "Tsjechië kon niet instemmen met de tekst.",
            &[("country:cz", "kon niet instemmen", Oppose)],
        ),
        (
            "Nederland kan instemmen met de raadsconclusies.",
            &[("country:nl", "kan instemmen", Support)],
        ),
        (
            "Bulgarije stemde niet in met het compromis.",
            &[("country:bg", "stemde niet in", Oppose)],
        ),
        (
            "Cyprus wees het voorstel niet af.",
            &[("country:cy", "wees af", Neutral)],
        ),
        (
            "Nederland had geen bezwaren tegen de tekst.",
            &[("country:nl", "had bezwaren", Neutral)],
        ),
        (
            "Estland steunde geen van de opties.",
            &[("country:ee", "steunde", Oppose)],
        ),
        (
            "Malta supported not only the aim but also the method.",
            &[("country:mt", "supported", Support)],
        ),
        // Reservations and abstentions.
        (
            "Denmark had a scrutiny reservation on the text.",
            &[("country:dk", "had reservation", Reservation)],
        ),
        (
            "Finland entered a parliamentary scrutiny reservation.",
            &[("country:fi", "entered reservation", Reservation)],
        ),
        (
            "Zweden plaatste een studievoorbehoud.",
            &[("country:se", "plaatste studievoorbehoud", Reservation)],
        ),
        (
            "België had een parlementair voorbehoud.",
            &[("country:be", "had voorbehoud", Reservation)],
        ),
        (
            "Luxembourg abstained.",
            &[("country:lu", "abstained", Reservation)],
        ),
        (
            "Slovenië onthield zich van stemming.",
            &[("country:si", "onthield zich", Reservation)],
        ),
        (
            "Croatia voted against the proposal.",
            &[("country:hr", "voted against", Oppose)],
        ),
    ]);
}

#[test]
fn meeting_verbs_are_statements() {
    use Stance::*;
    check(&[
        (
            "De ministers van Buitenlandse Zaken spraken over de steun aan Oekraïne.",
            &[("collective:ministers", "spraken over", Neutral)],
        ),
        (
            "De lidstaten spraken hun steun uit voor Oekraïne.",
            &[("collective:member-states", "spraken uit", Support)],
        ),
        (
            "The Council held an exchange of views on the proposal.",
            &[("org:council", "held exchange", Neutral)],
        ),
        (
            "Ministers discussed the support for farmers.",
            &[("collective:ministers", "discussed", Neutral)],
        ),
        (
            "Ministers exchanged views on the situation.",
            &[("collective:ministers", "exchanged views", Neutral)],
        ),
        (
            "The Council took note of the information.",
            &[("org:council", "took note", Neutral)],
        ),
        (
            "The Council adopted conclusions on the matter.",
            &[("org:council", "adopted", Support)],
        ),
        (
            "The Council agreed on a general approach.",
            &[("org:council", "agreed", Support)],
        ),
        (
            "De Raad bereikte een akkoord over de verordening.",
            &[("org:council", "bereikte akkoord", Support)],
        ),
        (
            "De lidstaten stemden in met het compromis.",
            &[("collective:member-states", "stemden in", Support)],
        ),
        (
            "De ministers namen kennis van de voortgang.",
            &[("collective:ministers", "namen kennis", Neutral)],
        ),
        (
            "De Raad nam de conclusies aan.",
            &[("org:council", "nam aan", Support)],
        ),
        (
            "De Raad besprak de marktsituatie.",
            &[("org:council", "besprak", Neutral)],
        ),
        (
            "De ministers wisselden van gedachten over de begroting.",
            &[("collective:ministers", "wisselden gedachten", Neutral)],
        ),
        (
            "De Raad keurde de begroting goed.",
            &[("org:council", "keurde goed", Support)],
        ),
        // Not statements: taking part, a copula without a stance, a modal without its verb.
        ("De ministers namen deel aan de lunch.", &[]),
        ("Nederland was gastland.", &[]),
        ("Germany could be next.", &[]),
    ]);
}

// Statements in the present and perfect tense: annotated agendas and letters state positions
// now (`Het kabinet steunt`), reports of past meetings in the perfect (`heeft aangegeven`).

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
            // `vindt` is a view since session 17.
            &[
                ("country:nl", "steunt", Support),
                ("country:nl", "vindt", Neutral),
            ],
        ),
        (
            "Nederland kan instemmen met de tekst.",
            &[("country:nl", "kan instemmen", Support)],
        ),
        (
            "Nederland kan niet instemmen met de tekst.",
            &[("country:nl", "kan niet instemmen", Oppose)],
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
            &[("country:de", "could not support", Oppose)],
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
            &[("country:nl", "heeft benadrukt", Neutral)],
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
        ("Het kabinet heeft geld ter beschikking gesteld.", &[]),
        (
            "De Commissie heeft de lidstaten in staat gesteld te handelen.",
            &[],
        ),
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

#[test]
fn dutch_subordinate_clauses_put_the_verb_last() {
    use Stance::*;
    check(&[
        (
            "Hij merkte op dat Duitsland het voorstel steunt.",
            &[("country:de", "steunt", Support)],
        ),
        (
            "De discussie verliep moeizaam, waarbij Nederland aangaf dat het te ver gaat.",
            &[("country:nl", "aangaf", Neutral)],
        ),
        (
            "Het besluit werd uitgesteld omdat Frankrijk daartegen bezwaar maakte.",
            &[("country:fr", "maakte bezwaar", Oppose)],
        ),
        (
            "Het besluit werd uitgesteld omdat Frankrijk en Duitsland bezwaar maakten.",
            &[
                ("country:fr", "maakten bezwaar", Oppose),
                ("country:de", "maakten bezwaar", Oppose),
            ],
        ),
        (
            "Er werd niet gestemd, omdat Frankrijk bezwaar maakte en Duitsland zich onthield.",
            &[
                ("country:fr", "maakte bezwaar", Oppose),
                ("country:de", "onthield zich", Reservation),
            ],
        ),
        (
            // The negation stands before the verb.
            "Bekend is dat Polen het voorstel niet steunt.",
            &[("country:pl", "steunt", Oppose)],
        ),
        (
            "Het compromis dat de Commissie presenteerde, kreeg brede steun.",
            &[("org:european-commission", "presenteerde", Neutral)],
        ),
        (
            // The noun before a relative pronoun is the verb's object.
            "Zij deelde de zorgen die Oostenrijk eerder uitte.",
            &[("country:at", "uitte", Reservation)],
        ),
        (
            "Het standpunt dat Nederland deelde, werd breed gesteund.",
            &[("country:nl", "deelde", Support)],
        ),
        (
            // An adjective and its noun: the noun speaks.
            "Het stuk dat het Tsjechisch voorzitterschap met de lidstaten deelde, is openbaar.",
            &[("role:presidency", "deelde", Neutral)],
        ),
        (
            "Zoals Nederland eerder toelichtte, is de termijn te kort.",
            &[("country:nl", "toelichtte", Neutral)],
        ),
        // A main clause after a subordinate one keeps its own subject.
        (
            "Nadat de Commissie het voorstel presenteerde, stelde Nederland dat het kan.",
            &[
                ("org:european-commission", "presenteerde", Neutral),
                ("country:nl", "stelde", Neutral),
            ],
        ),
        (
            "Nederland stelde dat de Commissie het voorstel heeft gepresenteerd en riep op tot haast.",
            &[
                ("country:nl", "stelde", Neutral),
                ("org:european-commission", "heeft gepresenteerd", Neutral),
                ("country:nl", "riep op", Support),
            ],
        ),
        (
            // A relative `dat` after a comma refers to the noun before it.
            "Frankrijk, dat het voorstel steunde, vroeg om een snelle afronding.",
            &[
                ("country:fr", "steunde", Support),
                ("country:fr", "vroeg", Neutral),
            ],
        ),
        (
            // A modal's particle closes the verb cluster.
            "Het kabinet is van mening dat Nederland het voorstel kan steunen.",
            &[
                ("role:cabinet", "is mening", Neutral),
                ("country:nl", "kan steunen", Support),
            ],
        ),
        (
            "Bekend is dat Polen het voorstel niet kan steunen.",
            &[("country:pl", "kan steunen", Oppose)],
        ),
        (
            "De Commissie gaf aan dat zij het voorstel steunt.",
            &[
                ("org:european-commission", "gaf aan", Neutral),
                ("org:european-commission", "steunt", Support),
            ],
        ),
        // Not statements: a question, a condition, an infinitive.
        ("Zweden vroeg of Nederland het voorstel steunt.", &[("country:se", "vroeg", Neutral)]),
        ("Als Nederland het voorstel steunt, is er een meerderheid.", &[]),
        (
            "De Raad riep op om Oekraïne te steunen.",
            &[("org:council", "riep op", Neutral)],
        ),
    ]);
}

#[test]
fn relative_clauses_and_a_demonstrative_die() {
    use Stance::*;
    check(&[
        // `die` right after a verb points at a noun; it opens no clause.
        (
            "De lidstaten deelden die zorgen.",
            &[("collective:member-states", "deelden", Reservation)],
        ),
        (
            "Lidstaten die nog geen besluit hadden genomen, steunden het compromis.",
            &[("collective:member-states", "steunden", Support)],
        ),
        (
            "Lidstaten die het voorstel steunden, benadrukten het belang van snelheid.",
            &[
                ("collective:member-states", "steunden", Support),
                ("collective:member-states", "benadrukten", Neutral),
            ],
        ),
        (
            "De lidstaten, die het voorstel steunden, benadrukten het belang.",
            &[
                ("collective:member-states", "steunden", Support),
                ("collective:member-states", "benadrukten", Neutral),
            ],
        ),
        (
            // A plural verb: the member states support the Netherlands, not the other way.
            "De lidstaten die Nederland steunden, vroegen om meer tijd.",
            &[
                ("collective:member-states", "steunden", Support),
                ("collective:member-states", "vroegen", Neutral),
            ],
        ),
        (
            "Member States who had doubts called for more time.",
            &[
                ("collective:member-states", "had doubts", Reservation),
                ("collective:member-states", "called for", Support),
            ],
        ),
    ]);
}

#[test]
fn supporters_back_the_speaker() {
    use Stance::*;
    check(&[
        (
            "Spanje, gesteund door Italië, pleitte voor meer flexibiliteit.",
            &[
                ("country:es", "pleitte", Support),
                ("country:it", "pleitte", Support),
            ],
        ),
        (
            "Spain, supported by Italy, opposed the text.",
            &[
                ("country:es", "opposed", Oppose),
                ("country:it", "opposed", Oppose),
            ],
        ),
        (
            // The speaker takes no stance; its supporter supports it.
            "Spain, supported by Italy, presented a compromise.",
            &[
                ("country:es", "presented", Neutral),
                ("country:it", "presented", Support),
            ],
        ),
        (
            "Spanje stelde, met steun van Italië en Griekenland, dat de termijn te kort is.",
            &[
                ("country:es", "stelde", Neutral),
                ("country:it", "stelde", Support),
                ("country:gr", "stelde", Support),
            ],
        ),
        (
            "Spain called for flexibility, supported by Italy and Greece.",
            &[
                ("country:es", "called for", Support),
                ("country:it", "called for", Support),
                ("country:gr", "called for", Support),
            ],
        ),
        (
            "Spanje pleitte, gesteund door Italië, voor meer flexibiliteit.",
            &[
                ("country:es", "pleitte", Support),
                ("country:it", "pleitte", Support),
            ],
        ),
        (
            // A phrase beside a later subject is that subject's.
            "Spain stressed the need for flexibility, and Greece, supported by Cyprus, opposed the text.",
            &[
                ("country:es", "stressed", Neutral),
                ("country:gr", "opposed", Oppose),
                ("country:cy", "opposed", Oppose),
            ],
        ),
        (
            // Those who act together share the verb and its stance, neutral or not.
            "Nederland, samen met België, benadrukte het belang van handhaving.",
            &[
                ("country:nl", "benadrukte", Neutral),
                ("country:be", "benadrukte", Neutral),
            ],
        ),
    ]);
}

#[test]
fn a_preposition_of_time_takes_no_subject() {
    use Stance::*;
    check(&[
        (
            "Tijdens de Raad stelde minister Jansen dat het kan.",
            &[("person:jansen", "stelde", Neutral)],
        ),
        (
            "Na de Commissie benadrukte Duitsland het belang van de interne markt.",
            &[("country:de", "benadrukte", Neutral)],
        ),
    ]);
}

#[test]
fn more_report_verbs() {
    use Stance::*;
    check(&[
        (
            "Frontex praised the joint operations.",
            &[("org:frontex", "praised", Support)],
        ),
        (
            "De Commissie zegde een brief toe.",
            &[("org:european-commission", "zegde toe", Neutral)],
        ),
    ]);
}
