//! Actors met in session 12's unseen reports: the people on a minutes' attendance line with
//! their offices in brackets (`Aanwezig: J. de Boer (voorzitter), P. Janssen`), whom the bare
//! office (`De voorzitter opent de vergadering`) then names; a letter's salutation (`Geachte
//! Voorzitter,`) that addresses its reader and mentions no one who acts.

use report_core::{actors_and_statements, analyze, Config};

/// The `(id, role)` of the persons of `text`, in the order of the actors.
fn persons(text: &str) -> Vec<(String, Option<String>)> {
    actors_and_statements(text, None)
        .0
        .into_iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| (a.id, a.role))
        .collect()
}

/// A text and the `(id, role)` of the persons expected in it.
type Row<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

fn sorted(mut v: Vec<(String, Option<String>)>) -> Vec<(String, Option<String>)> {
    v.sort();
    v
}

/// Checks each row's persons, in any order.
fn check_persons(rows: &[Row]) {
    for (text, expected) in rows {
        let expected: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(id, role)| (id.to_string(), role.map(str::to_string)))
            .collect();
        assert_eq!(sorted(persons(text)), sorted(expected), "{text}");
    }
}

#[test]
fn the_people_on_an_attendance_line_are_persons_with_their_offices() {
    let rows: &[Row] = &[
        (
            "Aanwezig: J. de Boer (voorzitter), mw. A. Smit (secretaris), K. Mulder\n\nDe \
             vergadering wordt geopend.",
            &[
                ("person:a-smit", Some("secretaris")),
                ("person:j-de-boer", Some("voorzitter")),
                ("person:k-mulder", None),
            ],
        ),
        (
            "Present: Anna Verhulst (Chair), Tom Ekdahl, Rosa Lind (secretary)\n\nThe minutes \
             were approved.",
            &[
                ("person:anna-verhulst", Some("Chair")),
                ("person:rosa-lind", Some("secretary")),
                ("person:tom-ekdahl", None),
            ],
        ),
        (
            "Met kennisgeving afwezig: H. Bos, W. van Dam\n\nDe notulen worden vastgesteld.",
            &[("person:h-bos", None), ("person:w-van-dam", None)],
        ),
        // A list of names after another label is no attendance: no evidence, no persons.
        (
            "Onderwerpen: Nieuwe Markt, Oude Haven\n\nDe notulen worden vastgesteld.",
            &[],
        ),
    ];
    check_persons(rows);
}

#[test]
fn the_office_of_an_attendee_names_that_person_later() {
    let text = "Aanwezig: J. de Boer (voorzitter), P. Janssen (penningmeester), K. Mulder\n\n\
                1. Opening\n\nDe voorzitter opent de vergadering. De penningmeester licht de \
                jaarrekening toe.";
    let (actors, statements) = actors_and_statements(text, None);
    assert!(
        !actors
            .iter()
            .any(|a| a.id == "role:chair" || a.id == "role:treasurer"),
        "{actors:?}"
    );
    let found: Vec<(String, String)> = statements.into_iter().map(|s| (s.actor, s.verb)).collect();
    assert_eq!(
        found,
        [("person:p-janssen".to_string(), "licht toe".to_string())]
    );
}

#[test]
fn two_labelled_lines_of_minutes_stay_apart() {
    let bytes = "Notulen\n\nAanwezig: J. de Boer (voorzitter), P. Janssen, K. Mulder\n\
                 Met kennisgeving afwezig: dhr. R. Visser\n\nDe voorzitter opent de vergadering.\n";
    let report = analyze(bytes.as_bytes(), &Config::default()).expect("text");
    let mut ids: Vec<&str> = report
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| a.id.as_str())
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "person:j-de-boer",
            "person:k-mulder",
            "person:p-janssen",
            "person:r-visser"
        ]
    );
}

#[test]
fn a_salutation_addresses_the_reader() {
    for text in [
        "Geachte Voorzitter,\n\nHierbij stuur ik u de stukken.",
        "Dear Chair,\n\nPlease find the report attached.",
    ] {
        let (actors, _) = actors_and_statements(text, None);
        assert!(
            !actors.iter().any(|a| a.id == "role:chair"),
            "{text}: {actors:?}"
        );
    }
    // The chair who acts is still one.
    let (actors, _) = actors_and_statements("De voorzitter opent de vergadering.", None);
    assert!(actors.iter().any(|a| a.id == "role:chair"));
}

/// A line labelled with an office and holding one name (`President: Mr Tomas Virtanen` on a
/// Council outcome's cover) gives that person the office, and the bare office later is theirs.
#[test]
fn an_office_that_labels_a_name_is_its_role() {
    let rows: &[Row] = &[
        (
            // The ministry on the line under the name is his role, as it is in apposition
            // (`President: Ms X, Minister for Agriculture of Belgium`); the label stays his
            // office (since round 25).
            "President: Mr Tomas Virtanen\nMinister for Agriculture of Finland\n\nThe Council met.",
            &[("person:tomas-virtanen", Some("Minister for Agriculture"))],
        ),
        (
            // Two labelled lines, as the layout leaves them: apart.
            "Voorzitter: mw. A. Smit\n\nNotulist: dhr. P. Bakker\n\nDe notulen worden vastgesteld.",
            &[
                ("person:a-smit", Some("Voorzitter")),
                ("person:p-bakker", Some("Notulist")),
            ],
        ),
        // More than the name on the line: no label of its holder.
        (
            "President: Mr Tomas Virtanen and Ms Anna Berg\n\nThe Council met.",
            &[("person:anna-berg", None), ("person:tomas-virtanen", None)],
        ),
    ];
    check_persons(rows);
    // The bare office later is the person's, also when an apposition gave them another role.
    for (text, speaker) in [
        (
            "President: Mr Tomas Virtanen\n\n1. Markets\n\nThe President concluded that the \
             Commission would monitor the markets.",
            "person:tomas-virtanen",
        ),
        (
            "President: Ms Hélène Dufresne, Minister for Agriculture of Belgium\n\n1. Markets\n\n\
             The President concluded that the Commission would monitor the markets.",
            "person:helene-dufresne",
        ),
    ] {
        let statements: Vec<(String, String)> = actors_and_statements(text, None)
            .1
            .into_iter()
            .map(|s| (s.actor, s.verb))
            .collect();
        assert_eq!(
            statements,
            [(speaker.to_string(), "concluded".to_string())],
            "{text}"
        );
    }
}
