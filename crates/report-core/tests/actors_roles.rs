//! Roles tied to the country the text names, and people named as the agent of a visit or an
//! invitation. All sentences are invented.

use report_core::{actors_and_statements, ActorKind};

/// Checks every row of `table` (a text, and its roles and people as [`roles_and_people`] writes
/// them), and names all the rows that differ at once.
fn check(table: &[(&str, &[&str])]) {
    let mut wrong = Vec::new();
    for (text, want) in table {
        let got = roles_and_people(text);
        if got != *want {
            wrong.push(format!("{text}\n  got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// `id (role) @ affiliation` of each role and person in `text`, in id order.
fn roles_and_people(text: &str) -> Vec<String> {
    let (actors, _) = actors_and_statements(text, None);
    let mut out: Vec<String> = actors
        .iter()
        .filter(|a| matches!(a.kind, ActorKind::Role | ActorKind::Person))
        .map(|a| {
            format!(
                "{} ({}) @ {}",
                a.id,
                a.role.as_deref().unwrap_or("-"),
                a.affiliation.as_deref().unwrap_or("-")
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_presidency_is_held_by_the_country_the_text_names() {
    let table: &[(&str, &[&str])] = &[
        (
            "Het voorzitterschap (in handen van Denemarken) presenteerde het compromis.",
            &["role:presidency (-) @ country:dk"],
        ),
        (
            "The Presidency, held by Denmark, presented the compromise.",
            &["role:presidency (-) @ country:dk"],
        ),
        (
            "The Presidency (Denmark) presented the compromise.",
            &["role:presidency (-) @ country:dk"],
        ),
        (
            "Denmark, as Presidency, presented the compromise.",
            &["role:presidency (-) @ country:dk"],
        ),
        (
            // What the text says outweighs adjectives in passing.
            "Het voorzitterschap (in handen van Denemarken) opende. Het Poolse en het Poolse \
             voorzitterschap van eerder, en het Poolse voorzitterschap daarvoor, werden genoemd.",
            &["role:presidency (-) @ country:dk"],
        ),
        (
            "The Danish Presidency presented the compromise.",
            &["role:presidency (-) @ country:dk"],
        ),
        // Not a holder: a body after the role.
        (
            "Het voorzitterschap van de Raad presenteerde het compromis.",
            &["role:presidency (-) @ -"],
        ),
    ];
    check(table);
}

#[test]
fn a_minister_of_a_country_is_a_role_of_that_country() {
    let table: &[(&str, &[&str])] = &[
        (
            "The Foreign Minister of Ukraine briefed ministers.",
            &["role:ua-foreign-minister (Foreign Minister) @ country:ua"],
        ),
        (
            "Ukraine's Foreign Minister thanked the Council.",
            &["role:ua-foreign-minister (Foreign Minister) @ country:ua"],
        ),
        (
            "The Ukrainian Foreign Minister stressed the need for support.",
            &["role:ua-foreign-minister (Foreign Minister) @ country:ua"],
        ),
        (
            // Three forms, one role.
            "The Foreign Minister of Ukraine spoke. Ukraine's Foreign Minister spoke again. \
             The Ukrainian Foreign Minister closed.",
            &["role:ua-foreign-minister (Foreign Minister) @ country:ua"],
        ),
        (
            "De Oekraïense minister van Buitenlandse Zaken lichtte de situatie toe. De minister \
             van Buitenlandse Zaken van Oekraïne bedankte de Raad.",
            &["role:ua-minister-van-buitenlandse-zaken (minister van Buitenlandse Zaken) @ country:ua"],
        ),
        (
            // A named holder: the unnamed role later is the same person.
            "The Minister for Foreign Affairs of Ukraine, Olena Marchuk, briefed ministers. \
             Later the Ukrainian Minister for Foreign Affairs thanked the Council.",
            &["person:olena-marchuk (Minister for Foreign Affairs) @ country:ua"],
        ),
        (
            // A body, not a country, stays in the role.
            "The Executive Director of Frontex presented the report.",
            &["role:executive-director-of-frontex (Executive Director of Frontex) @ org:frontex"],
        ),
    ];
    check(table);
}

#[test]
fn people_named_as_the_agent_of_a_visit_or_an_invitation() {
    let table: &[(&str, &[&str])] = &[
        (
            "Tijdens een bezoek van Jan Jansen aan Kyiv sprak hij over steun.",
            &["person:jan-jansen (-) @ -"],
        ),
        (
            "Tijdens een bezoek van minister Jansen werd het akkoord besproken.",
            &["person:jansen (minister) @ -"],
        ),
        (
            "At the invitation of Anna Berg, ministers discussed the plan.",
            &["person:anna-berg (-) @ -"],
        ),
        (
            "In aanwezigheid van Karel de Smet sprak de Raad over migratie.",
            &["person:karel-de-smet (-) @ -"],
        ),
        // Bodies and places are not people.
        (
            "Tijdens een bezoek van Amnesty International werd gesproken.",
            &[],
        ),
        ("Tijdens een bezoek van Den Haag werd gesproken.", &[]),
    ];
    check(table);
    // The pronoun after the visit is the visitor's.
    let (_, statements) = actors_and_statements(
        "Tijdens een bezoek van Jan Jansen aan Kyiv sprak hij over steun.",
        None,
    );
    let said: Vec<(&str, &str)> = statements
        .iter()
        .map(|s| (s.actor.as_str(), s.verb.as_str()))
        .collect();
    assert_eq!(said, [("person:jan-jansen", "sprak over")]);
}

#[test]
fn a_bare_title_is_the_person_introduced_with_that_role() {
    let text = "The Executive Director, Dr. Lena Hoffmann, stressed that the Agency grew.\n\n\
                The Executive Director announced a review of the mandate.";
    let (actors, statements) = actors_and_statements(text, None);
    let person = actors
        .iter()
        .find(|a| a.id == "person:lena-hoffmann")
        .expect("the director");
    assert_eq!(person.mentions.len(), 2);
    let said: Vec<(&str, &str)> = statements
        .iter()
        .map(|s| (s.actor.as_str(), s.verb.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("person:lena-hoffmann", "stressed"),
            ("person:lena-hoffmann", "announced")
        ]
    );
    // Two people with the role: the bare title is nobody in particular.
    let two = "Minister Anna Berg opened. Minister Jan Smit spoke.\n\nThe Minister then left.";
    assert_eq!(
        roles_and_people(two),
        [
            "person:anna-berg (Minister) @ -",
            "person:jan-smit (Minister) @ -"
        ]
    );
    let (actors, _) = actors_and_statements(two, None);
    assert!(actors.iter().all(|a| a.mentions.len() == 1));
    // A title that is an actor of its own stays that actor.
    let (_, statements) = actors_and_statements("De voorzitter opende de vergadering.", None);
    assert_eq!(statements[0].actor, "role:chair");
}

#[test]
fn a_named_minister_of_a_country() {
    assert_eq!(
        roles_and_people(
            "During the meeting, Minister Pieter Vandeberg of Belgium stressed the need."
        ),
        ["person:pieter-vandeberg (Minister) @ country:be"]
    );
}
