//! Session 15: a one-word name of an institution that only heads another body's name (`Raad
//! van Advies`, `Council for Trade in Goods`) is no mention of that institution.

use report_core::actors_and_statements;

/// The text of each mention of actor `id` in `text`, with the word after it.
fn mentions(text: &str, id: &str) -> Vec<String> {
    let (actors, _) = actors_and_statements(text, None);
    actors
        .iter()
        .filter(|a| a.id == id)
        .flat_map(|a| &a.mentions)
        .map(|m| {
            let after = text[m.range.end..].split_whitespace().next().unwrap_or("");
            format!("{} {after}", &text[m.range.start..m.range.end])
        })
        .collect()
}

#[test]
fn the_head_of_another_bodys_name_is_no_mention_of_the_council() {
    let rows: &[(&str, &[&str])] = &[
        ("De Raad van Advies kwam bijeen.", &[]),
        ("De Raad van Bestuur van Frontex stemde in.", &[]),
        ("The Council for Trade in Goods of the WTO met.", &[]),
        ("The Council of Ministers of Ukraine decided.", &[]),
        // A Council configuration written with `voor`, the Council itself, a date after it.
        ("De Raad voor Algemene Zaken besprak het.", &["Raad voor"]),
        (
            "De Raad voor Vervoer, Telecommunicatie en Energie.",
            &["Raad voor"],
        ),
        ("De Raad van 12 juni nam het besluit aan.", &["Raad van"]),
        ("The Council adopted conclusions.", &["Council adopted"]),
    ];
    for (text, expected) in rows {
        assert_eq!(mentions(text, "org:council"), *expected, "{text}");
    }
}

#[test]
fn a_small_word_or_a_known_body_after_the_link_keeps_the_institution() {
    let rows: &[(&str, &str, &[&str])] = &[
        // `voor de zomer` is a time, not a name.
        (
            "Dit legt de Commissie voor de zomer aan de Raad voor.",
            "org:european-commission",
            &["Commissie voor"],
        ),
        // In Dutch `of` is `or`: Frontex stays Frontex.
        (
            "Dat is een taak voor Frontex of Europol.",
            "org:frontex",
            &["Frontex of"],
        ),
    ];
    for (text, id, expected) in rows {
        assert_eq!(mentions(text, id), *expected, "{text}");
    }
}
