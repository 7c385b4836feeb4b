//! Session 17: in a Dutch subordinate clause two names side by side are subject and object
//! (`dat Nederland Oekraïne steunt`), not adjective and noun; `waren daartegen` and a veto on
//! conclusions are stances; `Denemarken, dat het voorzitterschap bekleedt` says who holds the
//! Presidency.

use report_core::{actors_and_statements, Stance::*};

mod statement_rows;

#[test]
fn two_names_opening_a_dutch_clause_are_subject_and_object() {
    statement_rows::check(&[
        (
            "De minister-president benadrukte dat Nederland Oekraïne zal blijven steunen.",
            // Since session 18 the office named alone is the Dutch prime minister's role.
            &[
                ("role:nl-prime-minister", "benadrukte", Neutral),
                ("country:nl", "steunen", Support),
            ],
        ),
        (
            "Zij meldde dat Frankrijk Duitsland steunde.",
            &[("country:fr", "steunde", Support)],
        ),
        // An adjective before its noun still gives the noun.
        (
            "Het kabinet meldde dat het Tsjechisch voorzitterschap het voorstel steunt.",
            &[
                ("role:cabinet", "meldde", Neutral),
                ("role:presidency", "steunt", Support),
            ],
        ),
    ]);
}

#[test]
fn being_against_it_and_blocking_conclusions_are_stances() {
    statement_rows::check(&[
        (
            "Duitsland en Italië waren daartegen.",
            &[
                ("country:de", "waren daartegen", Oppose),
                ("country:it", "waren daartegen", Oppose),
            ],
        ),
        (
            "Frankrijk is ertegen.",
            &[("country:fr", "is ertegen", Oppose)],
        ),
        (
            "Hongarije blokkeerde opnieuw de conclusies over de uitbreiding.",
            &[("country:hu", "blokkeerde conclusies", Oppose)],
        ),
        // A road block is no veto.
        ("Boeren blokkeerden de wegen naar Brussel.", &[]),
    ]);
}

#[test]
fn a_relative_clause_says_who_holds_the_presidency() {
    let text = "De Raad sprak over migratie. Denemarken, dat het voorzitterschap van de Raad \
                bekleedt, lichtte de voortgang toe. Het voorzitterschap stelde voor de \
                besprekingen voort te zetten.";
    let (actors, _) = actors_and_statements(text, None);
    let presidency = actors.iter().find(|a| a.id == "role:presidency").unwrap();
    assert_eq!(presidency.affiliation.as_deref(), Some("country:dk"));
    // A clause with another verb says nothing of the kind.
    let text = "Nederland, dat het voorzitterschap steunde, lichtte zijn inzet toe.";
    let (actors, _) = actors_and_statements(text, None);
    let presidency = actors.iter().find(|a| a.id == "role:presidency").unwrap();
    assert_eq!(presidency.affiliation, None);
}

#[test]
fn more_dutch_council_phrasings_are_statements() {
    statement_rows::check(&[
        (
            "Italië had moeite met de voorgestelde termijn.",
            &[("country:it", "had moeite", Reservation)],
        ),
        (
            "Nederland heeft moeite met het voorstel.",
            &[("country:nl", "heeft moeite", Reservation)],
        ),
        (
            "Letland legde een verklaring af voor de notulen.",
            &[("country:lv", "legde verklaring", Neutral)],
        ),
        (
            "Litouwen gaf de voorkeur aan een bredere aanpak.",
            &[("country:lt", "gaf aan", Support)],
        ),
        (
            "Luxemburg reageerde positief op het voorstel.",
            &[("country:lu", "reageerde", Support)],
        ),
        (
            "Denemarken vindt dat de lidstaten meer tijd nodig hebben.",
            &[("country:dk", "vindt", Neutral)],
        ),
        // `plaatsvinden` is no view.
        ("Er vinden gesprekken plaats met Duitsland.", &[]),
    ]);
}

#[test]
fn an_annotated_agendas_intentions_and_aims_are_statements() {
    statement_rows::check(&[
        (
            "Eurocommissaris Marta Kos zal het pakket toelichten.",
            &[("person:marta-kos", "toelichten", Neutral)],
        ),
        (
            "Het kabinet zal zich inzetten voor heldere conclusies.",
            &[("role:cabinet", "inzetten", Support)],
        ),
        (
            "Het Deense voorzitterschap streeft naar een akkoord op hoofdlijnen.",
            &[("role:presidency", "streeft naar", Support)],
        ),
        // The noun is no verb.
        ("Het streven naar een akkoord wordt breed gedeeld.", &[]),
    ]);
}

/// Each statement of `text`, analysed whole, as `section title: actor verb stance`.
fn briefing(text: &str) -> String {
    let r = report_core::analyze_text(text, &report_core::Config::default());
    let mut titles = std::collections::HashMap::new();
    let mut stack: Vec<&report_core::Section> = r.outline.iter().collect();
    while let Some(s) = stack.pop() {
        titles.insert(s.id, s.title.clone());
        stack.extend(s.children.iter());
    }
    r.statements
        .iter()
        .map(|s| {
            let title = s.section.as_ref().and_then(|id| titles.get(id));
            format!(
                "{}: {} {} {:?}\n",
                title.map_or("-", String::as_str),
                s.actor,
                s.verb,
                s.stance
            )
        })
        .collect()
}

#[test]
fn a_european_council_report_and_an_annotated_agenda() {
    expect_test::expect_file!["fixtures/s17/verslag-europese-raad-nl.statements"].assert_eq(
        &briefing(include_str!("fixtures/s17/verslag-europese-raad-nl.txt")),
    );
    expect_test::expect_file!["fixtures/s17/geannoteerde-agenda-raz-nl.statements"].assert_eq(
        &briefing(include_str!("fixtures/s17/geannoteerde-agenda-raz-nl.txt")),
    );
}

#[test]
fn a_demonstrative_before_the_particle_opens_no_clause() {
    statement_rows::check(&[
        (
            "De Europese Commissie en de Hoge Vertegenwoordiger delen dat standpunt.",
            &[
                ("org:european-commission", "delen standpunt", Support),
                ("role:high-representative", "delen standpunt", Support),
            ],
        ),
        (
            "Zweden deelt die zorg.",
            &[("country:se", "deelt zorg", Reservation)],
        ),
        // The conjunction still ends the clause: no particle, no statement.
        ("Nederland deelt dat de termijn kort is.", &[]),
    ]);
}
