//! Actors met in session 14's invented reports: a delegate named with the country in brackets
//! (`Sofia Andrade (Portugal) spoke`), who speaks as a person for that country.

use report_core::actors_and_statements;

/// The `(id, affiliation)` of the persons of `text`, and the `(actor, verb)` of its statements.
type Found = (Vec<(String, Option<String>)>, Vec<(String, String)>);

fn found(text: &str) -> Found {
    let (actors, statements) = actors_and_statements(text, None);
    let persons = actors
        .into_iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| (a.id, a.affiliation))
        .collect();
    let statements = statements.into_iter().map(|s| (s.actor, s.verb)).collect();
    (persons, statements)
}

/// A text, its persons with their affiliations, and its statements' actors and verbs.
type Row<'a> = (
    &'a str,
    &'a [(&'a str, Option<&'a str>)],
    &'a [(&'a str, &'a str)],
);

fn check(rows: &[Row]) {
    for (text, persons, statements) in rows {
        let expected: Found = (
            persons
                .iter()
                .map(|(id, aff)| (id.to_string(), aff.map(str::to_string)))
                .collect(),
            statements
                .iter()
                .map(|(a, v)| (a.to_string(), v.to_string()))
                .collect(),
        );
        assert_eq!(found(text), expected, "{text}");
    }
}

#[test]
fn a_name_with_its_country_in_brackets_is_a_delegate() {
    check(&[
        (
            "Sofia Andrade (Portugal) spoke in favour of the proposal.",
            &[("person:sofia-andrade", Some("country:pt"))],
            &[("person:sofia-andrade", "spoke favour")],
        ),
        (
            "Karel Dvořák (Tsjechië) pleitte voor langere overgangstermijnen.",
            &[("person:karel-dvorak", Some("country:cz"))],
            &[("person:karel-dvorak", "pleitte")],
        ),
        // No verb after the bracket: a place and its country, no person.
        (
            "The meeting took place in Porto Alegre (Brazil) last year.",
            &[],
            &[],
        ),
    ]);
}
