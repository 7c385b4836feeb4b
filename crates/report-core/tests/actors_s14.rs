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

#[test]
fn a_vice_chair_is_not_the_chair_and_a_director_without_a_name_is_a_role() {
    let text = "Present: Helen Marsh (Chair), Pieter de Vries (Vice-Chair), Omar Haddad\n\n\
                1. Opening\n\nThe Chair opened the meeting. The Vice-Chair stressed that the \
                findings had to be followed up. The Director presented the draft work programme.";
    check(&[(
        text,
        &[
            ("person:helen-marsh", None),
            ("person:pieter-de-vries", None),
            ("person:omar-haddad", None),
        ],
        &[
            ("person:helen-marsh", "opened"),
            ("person:pieter-de-vries", "stressed"),
            ("role:director", "presented"),
        ],
    )]);
    let dutch = "Aanwezig: M. Jansen (voorzitter), R. Bakker (vicevoorzitter)\n\n1. Opening\n\n\
                 De vicevoorzitter benadrukte dat de stukken tijdig moeten komen. De directeur \
                 lichtte de begroting toe.";
    check(&[(
        dutch,
        &[("person:r-bakker", None), ("person:m-jansen", None)],
        &[
            ("person:r-bakker", "benadrukte"),
            ("role:director", "lichtte toe"),
        ],
    )]);
}

#[test]
fn an_institutions_title_alone_is_its_holder_or_else_a_role() {
    check(&[
        (
            "The Commissioner replied that funding would be reviewed. \"We must act,\" said the \
             Commissioner.",
            &[],
            &[
                ("role:commissioner", "replied"),
                ("role:commissioner", "said"),
            ],
        ),
        (
            "De Commissaris lichtte toe dat de termijn kort was.",
            &[],
            &[("role:commissaris", "lichtte toe")],
        ),
        (
            "Commissaris Ylva Johansson presenteerde het voorstel. De Commissaris lichtte toe dat \
             de termijn kort was.",
            &[("person:ylva-johansson", Some("org:european-commission"))],
            &[
                ("person:ylva-johansson", "presenteerde"),
                ("person:ylva-johansson", "lichtte toe"),
            ],
        ),
    ]);
}
