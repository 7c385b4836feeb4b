//! People found by patterns, alias merging, and a user's own actor list.

use report_core::{actors_and_statements, Actor, ActorKind, ActorList};

fn people(text: &str) -> Vec<Actor> {
    actors_and_statements(text, None)
        .0
        .into_iter()
        .filter(|a| a.kind == ActorKind::Person)
        .collect()
}

#[test]
fn titles_and_appositions() {
    // (text, id, role, affiliation)
    let table: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "Commissioner Anna Lindqvist stressed the point.",
            "person:anna-lindqvist",
            Some("Commissioner"),
            Some("org:european-commission"),
        ),
        (
            "Minister J.W. van der Berg stelde dat het kan.",
            "person:j-w-van-der-berg",
            Some("Minister"),
            None,
        ),
        (
            "De Moldavische Minister van Binnenlandse Zaken, Ilse Verbruggen, informeerde de Raad.",
            "person:ilse-verbruggen",
            Some("Minister van Binnenlandse Zaken"),
            Some("country:md"),
        ),
        (
            "Namens het EP sprak de voorzitter van het LIBE comité, Jorge Álvarez Ortega, over de zaak.",
            "person:jorge-alvarez-ortega",
            Some("voorzitter van het LIBE comité"),
            Some("org:libe"),
        ),
        (
            "Daarbij was de hoofdaanklager van het Internationaal Strafhof (ICC), Tomas Ødegaard, aanwezig.",
            "person:tomas-odegaard",
            Some("hoofdaanklager van het Internationaal Strafhof (ICC)"),
            Some("org:icc"),
        ),
        (
            "The Executive Director of Frontex, Pieter Smit, presented the report.",
            "person:pieter-smit",
            Some("Executive Director of Frontex"),
            Some("org:frontex"),
        ),
        (
            "Eurocommissaris Maroš Šefčík gaf een toelichting.",
            "person:maros-sefcik",
            Some("Eurocommissaris"),
            Some("org:european-commission"),
        ),
        (
            "Mr. Smith said nothing.",
            "person:smith",
            None,
            None,
        ),
    ];
    for (text, id, role, affiliation) in table {
        let found = people(text);
        let person = found
            .iter()
            .find(|p| p.id == *id)
            .unwrap_or_else(|| panic!("{id} not found in {text:?}: {found:?}"));
        assert_eq!(person.role.as_deref(), *role, "{text}");
        assert_eq!(person.affiliation.as_deref(), *affiliation, "{text}");
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn no_false_people() {
    let table = [
        "Het congres vond plaats in Den Haag. De Digital Services Act en het Entry & Exit System.",
        "Minister van Justitie en Veiligheid, Verslag van de bijeenkomst.",
        "De Ministers van Binnenlandse Zaken namen deel.",
        "Minister voor Rechtsbescherming en de Staatssecretaris van Justitie en Veiligheid.",
        "In een korte tafelronde wees de voorzitter op de brede steun.",
        "Het Voorzitterschap, Oekraïne, ICC en de Commissie gaven een inleiding.",
        "The Minister. Then the Council agreed.",
    ];
    for text in table {
        assert_eq!(people(text), vec![], "{text}");
    }
}

#[test]
fn aliases_merge_into_one_person() {
    let text = "Commissaris Greta Holmberg voor Binnenlandse Zaken bedankte de lidstaten. \
                Later sprak Eurocommissaris Holmberg over migratie. Holmberg benadrukte de noodzaak. \
                De voorzitter van het LIBE-comité, Dhr. Ruiz Delgado, was aanwezig. \
                Eerder had de voorzitter van het LIBE comité, Mateo Ruiz Delgado, gesproken.";
    let found = people(text);
    assert_eq!(found.len(), 2, "{found:?}");
    let holmberg = found
        .iter()
        .find(|p| p.id == "person:greta-holmberg")
        .unwrap();
    assert_eq!(holmberg.mentions.len(), 3);
    assert_eq!(
        holmberg.aliases,
        [
            "Commissaris Greta Holmberg",
            "Eurocommissaris Holmberg",
            "Holmberg"
        ]
    );
    assert_eq!(
        holmberg.role.as_deref(),
        Some("Commissaris voor Binnenlandse Zaken")
    );
    let ruiz = found
        .iter()
        .find(|p| p.id == "person:mateo-ruiz-delgado")
        .unwrap();
    assert_eq!(ruiz.mentions.len(), 2);
    assert!(ruiz.aliases.contains(&"Dhr. Ruiz Delgado".to_string()));
}

#[test]
fn an_unnamed_role_is_tied_to_the_person_who_holds_it() {
    let text = "De Oekraïense Minister van Justitie, Olena Hrytsenko, stelde dat het kan. \
                Later sprak de Oekraïense Minister van Justitie opnieuw. \
                De Tsjechische Minister van Justitie opende de vergadering.";
    let all = actors_and_statements(text, None).0;
    let person = all
        .iter()
        .find(|a| a.id == "person:olena-hrytsenko")
        .unwrap();
    assert_eq!(person.mentions.len(), 2);
    let czech = all
        .iter()
        .find(|a| a.id == "role:cz-minister-van-justitie")
        .unwrap();
    assert_eq!(czech.affiliation.as_deref(), Some("country:cz"));
    assert_eq!(czech.name, "Tsjechische Minister van Justitie");
}

#[test]
fn a_user_list_extends_and_overrides() {
    let list: ActorList = serde_json::from_str(
        r#"{"actors": [
            {"id": "org:wodc", "name": "WODC", "kind": "organization",
             "aliases": ["Wetenschappelijk Onderzoek- en Documentatiecentrum"],
             "affiliation": "country:nl"},
            {"id": "org:frontex", "name": "Europees Grens- en Kustwachtagentschap",
             "kind": "organization", "aliases": ["EBCG"]},
            {"id": "person:the-chair", "name": "Jane Roe", "kind": "person", "role": "Chair"}
        ]}"#,
    )
    .unwrap();
    let text = "Het WODC en Frontex (EBCG) spraken. Jane Roe stelde dat het kan.";
    let (all, statements) = actors_and_statements(text, Some(&list));
    let wodc = all.iter().find(|a| a.id == "org:wodc").unwrap();
    assert_eq!(wodc.affiliation.as_deref(), Some("country:nl"));
    let frontex = all.iter().find(|a| a.id == "org:frontex").unwrap();
    assert_eq!(frontex.name, "Europees Grens- en Kustwachtagentschap");
    assert_eq!(
        frontex.mentions.len(),
        2,
        "built-in alias kept, user alias added"
    );
    let roe = all.iter().find(|a| a.id == "person:the-chair").unwrap();
    assert_eq!(roe.role.as_deref(), Some("Chair"));
    assert!(statements
        .iter()
        .any(|s| s.actor == "person:the-chair" && s.verb == "stelde"));
    // Without the list, none of it.
    let plain = actors_and_statements(text, None).0;
    assert!(plain.iter().all(|a| a.id != "org:wodc"));
}

#[test]
fn a_name_at_the_end_of_a_role_phrase_is_a_person() {
    // (text, id, role); the role keeps its own words, the name is the person.
    let table: &[(&str, &str, &str)] = &[
        (
            "Commissioner for Enlargement Petra Lindqvist informed the Council.",
            "person:petra-lindqvist",
            "Commissioner for Enlargement",
        ),
        (
            "Commissaris voor Uitbreiding Petra Lindqvist informeerde de Raad.",
            "person:petra-lindqvist",
            "Commissaris voor Uitbreiding",
        ),
        (
            "Minister of Foreign Affairs Ann Vos stressed the need.",
            "person:ann-vos",
            "Minister of Foreign Affairs",
        ),
        (
            "De Minister van Justitie Dilan van der Berg gaf aan dat het kan.",
            "person:dilan-van-der-berg",
            "Minister van Justitie",
        ),
    ];
    for (text, id, role) in table {
        let found = people(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].id, *id, "{text}");
        assert_eq!(found[0].role.as_deref(), Some(*role), "{text}");
    }
    // A role alone keeps all its words: no person.
    for text in [
        "The Commissioner for Home Affairs informed the Council.",
        "De Minister van Buitenlandse Zaken gaf aan dat het kan.",
        "The Commissioner for Jobs and Social Rights presented the report.",
    ] {
        assert!(people(text).is_empty(), "{text}: {:?}", people(text));
    }
}

#[test]
fn a_country_adjective_before_an_english_minister_title_is_the_persons_country() {
    for (text, id, role, country) in [
        (
            "Ukrainian Foreign Minister Olena Marchenko joined the meeting.",
            "person:olena-marchenko",
            "Foreign Minister",
            "country:ua",
        ),
        (
            "Danish Prime Minister Mette Lund opened the summit.",
            "person:mette-lund",
            "Prime Minister",
            "country:dk",
        ),
    ] {
        let found = people(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].id, id, "{text}");
        assert_eq!(found[0].role.as_deref(), Some(role), "{text}");
        assert_eq!(found[0].affiliation.as_deref(), Some(country), "{text}");
    }
}

/// A role in apposition after a name belongs to the person only within one paragraph: after a
/// blank line it opens the next paragraph, which may be a heading of its own.
#[test]
fn a_role_after_a_blank_line_is_no_apposition() {
    let text = "Commissaris Pieter Haanstra,\n\nMinister van Financiën\n\nDe Raad besprak het.";
    let (actors, _) = actors_and_statements(text, None);
    let person = actors
        .iter()
        .find(|a| a.id == "person:pieter-haanstra")
        .expect("the commissioner is found");
    let written: Vec<&str> = person
        .mentions
        .iter()
        .map(|m| &text[m.range.start..m.range.end])
        .collect();
    assert_eq!(written, ["Commissaris Pieter Haanstra"]);
    assert_eq!(person.role.as_deref(), Some("Commissaris"));

    // Within a paragraph, the same role joins the mention.
    let text = "Pieter Haanstra, Minister van Financiën, stelde dat het kan.";
    let (actors, _) = actors_and_statements(text, None);
    let person = actors
        .iter()
        .find(|a| a.id == "person:pieter-haanstra")
        .expect("the minister is found");
    assert_eq!(person.role.as_deref(), Some("Minister van Financiën"));
}
