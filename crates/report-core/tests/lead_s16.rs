//! Session 16: groups counted by a phrase the gazetteer does not list whole (`een kleine groep
//! lidstaten`, `a small group of member states`, `een grote meerderheid van de ministers`) are
//! the quantified group, not all of them, and they are the subject of their sentence; a
//! debate's speaker turns (`De heer Verhagen (VVD):` then `Ik steun …`) credit the speaker;
//! `minister Keijzer van Buitenlandse Zaken` is Keijzer, minister of that ministry.

use report_core::{actors_and_statements, analyze_text, Config, Stance::*};

mod statement_rows;

#[test]
fn a_quantity_phrase_before_a_collective_makes_the_quantified_group() {
    statement_rows::check(&[
        (
            "Een kleine groep lidstaten verzette zich tegen de tekst.",
            &[("collective:several-member-states", "verzette zich", Oppose)],
        ),
        (
            "A small group of member states opposed the text.",
            &[("collective:several-member-states", "opposed", Oppose)],
        ),
        (
            "Een grote meerderheid van de ministers steunde het voorzitterschap.",
            &[("collective:most-ministers", "steunde", Support)],
        ),
        (
            "The overwhelming majority of delegations supported the compromise.",
            &[("collective:most-delegations", "supported", Support)],
        ),
        (
            "Half of the delegations called for more time.",
            &[("collective:several-delegations", "called for", Support)],
        ),
        // All of them, and a count that is no group.
        (
            "De lidstaten steunden het voorstel.",
            &[("collective:member-states", "steunden", Support)],
        ),
        ("Het aantal lidstaten dat meedoet, is gegroeid.", &[]),
    ]);
}

/// `(actor, verb, stance)` of each statement of `text`, analysed whole (outline and all).
fn statements(text: &str) -> Vec<(String, String, report_core::Stance)> {
    analyze_text(text, &Config::default())
        .statements
        .into_iter()
        .map(|s| (s.actor, s.verb, s.stance))
        .collect()
}

const DEBATE: &str = "Verslag van een commissiedebat

Voorzitter: Van der Laan
Griffier: De Boer

1. Opening

De voorzitter:
Goedemiddag. Ik open dit debat en geef het woord aan de heer Verhagen.

De heer Verhagen (VVD):
Dank u wel, voorzitter. Ik steun de inzet van het kabinet. Wel vraag ik de minister om \
duidelijkheid over de begroting.

Mevrouw El Amrani (GroenLinks-PvdA):
Voorzitter. Wij maken ons zorgen over de uitbreiding. Ik pleit voor een strengere toets.

Minister Keijzer:
Dank voor de vragen. Ik deel de zorgen van mevrouw El Amrani. Ik zeg toe de Kamer te \
informeren.

2. Rondvraag

De steun van Frankrijk voor het plan is groot. Ik constateer dat niemand iets vraagt.
";

#[test]
fn a_speaker_turn_credits_its_first_person_to_the_speaker() {
    let rows = statements(DEBATE);
    let expected = [
        ("person:verhagen", "steun", Support),
        ("person:verhagen", "vraag", Neutral),
        ("person:el-amrani", "maken zorgen", Reservation),
        ("person:el-amrani", "pleit", Support),
        ("person:keijzer", "deel zorgen", Reservation),
        ("person:keijzer", "zeg toe", Neutral),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, v, s)| (a.to_string(), v.to_string(), *s))
        .collect();
    // The turn ends with its section: `Ik constateer` under the next heading is no one's (no
    // letter's signatory either), and `De steun van Frankrijk` is a noun.
    assert_eq!(rows, expected);
}

#[test]
fn minutes_in_english_have_turns_too() {
    let text = "Minutes\n\nMs Novak (Czechia):\nI support the proposal of the Presidency.\n\n\
                The Chair:\nWe welcome the agreement reached today by the delegations.\n";
    assert_eq!(
        statements(text),
        [
            ("person:novak".to_string(), "support".to_string(), Support),
            ("role:chair".to_string(), "welcome".to_string(), Support),
        ]
    );
}

#[test]
fn a_ministry_after_a_titled_name_is_the_role() {
    let text = "De commissie sprak met minister Keijzer van Buitenlandse Zaken. Minister \
                Keijzer benadrukte het belang van de rechtsstaat.";
    let (actors, statements) = actors_and_statements(text, None);
    let people: Vec<(String, Option<String>)> = actors
        .iter()
        .filter(|a| a.kind == report_core::ActorKind::Person)
        .map(|a| (a.name.clone(), a.role.clone()))
        .collect();
    assert_eq!(
        people,
        [(
            "Keijzer".to_string(),
            Some("minister van Buitenlandse Zaken".to_string())
        )]
    );
    assert_eq!(statements.len(), 1);
}
