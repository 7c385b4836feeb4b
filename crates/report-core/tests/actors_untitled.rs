//! People named without a title, found by the shape of their name and the words around it; and
//! the capitalised sequences that are not people. All sentences are invented.

use report_core::{actors_and_statements, Actor, ActorKind};

/// The people found in `text`, as `id` or `id (role)`, and the statements as `actor verb`.
fn people_and_statements(text: &str) -> (Vec<String>, Vec<String>) {
    let (actors, statements) = actors_and_statements(text, None);
    let people = actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .map(|a: &Actor| match &a.role {
            Some(role) => format!("{} ({role})", a.id),
            None => a.id.clone(),
        })
        .collect();
    let statements = statements
        .iter()
        .filter(|s| s.actor.starts_with("person:"))
        .map(|s| format!("{} {}", s.actor, s.verb))
        .collect();
    (people, statements)
}

#[test]
fn untitled_people_are_found() {
    // (text, people, statements of people)
    let table: &[(&str, &[&str], &[&str])] = &[
        (
            "K.L. Vermaat benadrukte het belang van samenwerking.",
            &["person:k-l-vermaat"],
            &["person:k-l-vermaat benadrukte"],
        ),
        (
            "Het was een lange dag. K.L. Vermaat benadrukte het belang.",
            &["person:k-l-vermaat"],
            &["person:k-l-vermaat benadrukte"],
        ),
        (
            "Ook sprak Jan-Peter van der Berg namens de Europese Commissie.",
            &["person:jan-peter-van-der-berg"],
            &["person:jan-peter-van-der-berg sprak"],
        ),
        (
            "Volgens Sara Díaz Romero is dat onvoldoende.",
            &["person:sara-diaz-romero"],
            // Whose view it is (session 8).
            &["person:sara-diaz-romero Volgens"],
        ),
        (
            "Radoš Šelmovič lichtte het voorstel toe.",
            &["person:rados-selmovic"],
            &["person:rados-selmovic lichtte toe"],
        ),
        (
            "Het voorstel werd gepresenteerd door Karel de Smet-Vandamme.",
            &["person:karel-de-smet-vandamme"],
            &[],
        ),
        (
            "Daarna benadrukte Ingrid ter Horst dat de termijn te kort is.",
            &["person:ingrid-ter-horst"],
            &["person:ingrid-ter-horst benadrukte"],
        ),
        (
            "Annelies Verbeke, directeur van het agentschap, zei dat het kan.",
            &["person:annelies-verbeke (directeur van het agentschap)"],
            &["person:annelies-verbeke zei"],
        ),
        (
            "Namens het voorzitterschap sprak Tomasz Wiśniewski over de planning.",
            &["person:tomasz-wisniewski"],
            &["person:tomasz-wisniewski sprak over"],
        ),
        (
            // The surname of a titled person is evidence, and the two forms are one person.
            "Minister Hendriks opende de vergadering. Later nam Pieter Hendriks het woord.",
            &["person:pieter-hendriks (Minister)"],
            &[
                "person:pieter-hendriks opende",
                "person:pieter-hendriks nam woord",
            ],
        ),
        (
            "Zie plan B. Jan Jansen stelde dat het kan.",
            &["person:jan-jansen"],
            &["person:jan-jansen stelde"],
        ),
        (
            "Gerlinde von der Aue stressed the need for unity.",
            &["person:gerlinde-von-der-aue"],
            &["person:gerlinde-von-der-aue stressed"],
        ),
        (
            "According to Anna Kowalska, the plan is not ambitious enough.",
            &["person:anna-kowalska"],
            &["person:anna-kowalska According to"],
        ),
        (
            "The report was presented by Tiago Ferreira Costa.",
            &["person:tiago-ferreira-costa"],
            // The agent of a passive speaks (session 8).
            &["person:tiago-ferreira-costa presented"],
        ),
        (
            "Dr. Anna Schmidt, director of the institute, said it was good.",
            &["person:anna-schmidt (director of the institute)"],
            &["person:anna-schmidt said"],
        ),
        (
            "Henrik Lund, head of the unit, also said that more staff is needed.",
            &["person:henrik-lund (head of the unit)"],
            &["person:henrik-lund said"],
        ),
        (
            "On behalf of the Presidency, Ana Pereira welcomed the agreement.",
            &["person:ana-pereira"],
            &["person:ana-pereira welcomed"],
        ),
        (
            "Siobhán O'Connor called for more funding.",
            &["person:siobhan-o-connor"],
            &["person:siobhan-o-connor called for"],
        ),
        (
            "Jean-Luc Dubois, who chairs the working party, presented the text.",
            &["person:jean-luc-dubois"],
            &["person:jean-luc-dubois presented"],
        ),
        (
            "Chief Financial Officer Maarten Claes presented the accounts.",
            &["person:maarten-claes (Chief Financial Officer)"],
            &["person:maarten-claes presented"],
        ),
        (
            // A preposition that introduces a person (`volgens`, `namens`) still does.
            "Namens Anouk Verheggen stelde de ambtenaar dat het kan.",
            &["person:anouk-verheggen"],
            &[],
        ),
        (
            "Met Pieter Lindeman sprak de minister over de begroting.",
            &["person:pieter-lindeman"],
            &[],
        ),
        (
            "Kamerlid Bouzian vroeg om opheldering.",
            &["person:bouzian (Kamerlid)"],
            &["person:bouzian vroeg"],
        ),
        (
            "Speaking at the Brussels Conference, Tom Verbruggen argued for more funding.",
            &["person:tom-verbruggen"],
            &["person:tom-verbruggen argued"],
        ),
        (
            // A surname after a particle stays a name when the text writes it in lower case.
            "Een groot aantal lidstaten aarzelt. Jan de Groot benadrukte dat het kan.",
            &["person:jan-de-groot"],
            &["person:jan-de-groot benadrukte"],
        ),
        (
            "Rogério Costa stressed that the Union stands united.",
            &["person:rogerio-costa"],
            &["person:rogerio-costa stressed"],
        ),
    ];
    let mut wrong = Vec::new();
    for (text, people, statements) in table {
        let (found, said) = people_and_statements(text);
        if found != *people || said != *statements {
            wrong.push(format!("{text}\n  found {found:?}\n  said {said:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn capitalised_sequences_that_are_not_people() {
    let table = [
        "Het congres vond plaats in Den Haag en daarna in New York.",
        "De Europese Unie en het Verenigd Koninkrijk stelden een akkoord op.",
        "Justice and Home Affairs Ministers held an exchange of views.",
        "Latin American countries supported the declaration.",
        "The declaration was supported by Latin American partners.",
        "Amnesty International stressed the risks of the proposal.",
        "Human Rights Watch called for an independent inquiry.",
        "Ook Nederland benadrukte het belang van de rechtsstaat.",
        "Tijdens de Informele Raad stelde de Commissie voor om te wachten.",
        "De Digital Services Act stelde nieuwe regels voor platforms.",
        "JUSTITIE EN BINNENLANDSE ZAKEN stelde de agenda vast.",
        "Geachte Voorzitter, Hierbij bied ik u het verslag aan.",
        "## Radoš Šelmovič stelde voor\n\nDe Raad besprak het voorstel.",
        "Anna Smit benadrukte de noodzaak\n\nDe Raad besprak het voorstel.",
        "The Western Balkans welcomed the outcome of the summit.",
        "Team Europe supported the initiative in the region.",
        "Member States called for more flexibility.",
        "In Brussel Centraal stelde de politie een onderzoek in.",
        "Het Openbaar Ministerie stelde dat de zaak sterk was.",
        "Openbaar Ministerie en Nationale Politie stelden dat het kan.",
        "New Zealand supported the text, and Sri Lanka welcomed it.",
        "Costa Rica and Panama supported the proposal.",
        "In September Ministers discussed the pact again.",
        "Both Ministers stressed the importance of the pact.",
        "Op Maandag Besprak de Raad het verslag.",
        "The Schengen Borders Code stressed nothing of the kind.",
        "World Bank Group experts presented the figures.",
        "Red Cross volunteers reported on the situation.",
        "Doctors Without Borders stressed the humanitarian needs.",
        "Migration and Home Affairs officials noted the figures.",
        "Politie Eenheid Rotterdam meldde incidenten.",
        "Christian Democrats opposed the plan. Social Democrats supported it.",
        "Article Four stated the rule.",
        "Landelijk Parket stelde vast dat het dossier compleet is.",
        "Zijne Excellentie stelde dat het goed ging. Hare Majesteit opende de zitting.",
        "Rode Kruis meldde dat de opvang vol is.",
        // A last word that the text also writes in lower case is a common noun.
        "The teams of the ministries met. Microsoft Teams presented a demo.",
        "Voorzitter: Hoeksma-Van Wijk\nGriffier: T.M. Brouwer",
        "Op 12 juli 2025 stelde Nieuw-Zeeland voor de tekst aan te passen.",
        // A company or product: its last word is an organisation's.
        "Acme Cloud stressed the need for security.",
        "Northwind Labs presented its findings.",
        "Contoso Holdings welcomed the decision.",
        // After a preposition the name is its object; the subject follows the verb.
        "Tijdens Prinsjesdag Nota meldde de regering nieuwe plannen.",
        "Tijdens Verantwoordingsdag meldde de minister de cijfers.",
        "Na Kerstavond Zondag stelde de regering een pakket voor.",
        "During Europe Week Brussels stressed its openness.",
        "In de Voorjaarsnota stelde het kabinet extra middelen voor.",
    ];
    let wrong: Vec<String> = table
        .iter()
        .map(|text| (text, people_and_statements(text).0))
        .filter(|(_, found)| !found.is_empty())
        .map(|(text, found)| format!("{text}: {found:?}"))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn delegations_and_ministers_are_collectives() {
    // (text, collective, verb of its statement if any)
    let table: &[(&str, &str, Option<&str>)] = &[
        (
            "Several delegations called for a thorough impact assessment.",
            "collective:several-delegations",
            Some("called for"),
        ),
        (
            "A number of delegations stressed the need for flexibility.",
            "collective:several-delegations",
            Some("stressed"),
        ),
        (
            "Some delegations expressed concerns about the timing.",
            "collective:several-delegations",
            Some("expressed"),
        ),
        (
            "Ministers held an exchange of views on the pact.",
            "collective:ministers",
            Some("held exchange"),
        ),
        (
            "The Ministers welcomed the progress made.",
            "collective:ministers",
            Some("welcomed"),
        ),
        (
            "Enkele delegaties pleitten voor meer tijd.",
            "collective:several-delegations",
            Some("pleitten"),
        ),
        (
            "One delegation asked the Commission to present a study.",
            "collective:one-delegation",
            Some("asked"),
        ),
        (
            "Another delegation opposed the proposal.",
            "collective:one-delegation",
            Some("opposed"),
        ),
        (
            "Een delegatie vroeg om uitstel van de stemming.",
            "collective:one-delegation",
            Some("vroeg"),
        ),
        (
            "The vast majority of delegations supported the compromise.",
            "collective:most-delegations",
            Some("supported"),
        ),
        (
            "Een aantal delegaties uitte zorgen over de kosten.",
            "collective:several-delegations",
            Some("uitte"),
        ),
        (
            "De ministers bespraken de stand van zaken.",
            "collective:ministers",
            Some("bespraken"),
        ),
        (
            "Alle delegaties steunden het compromis.",
            "collective:delegations",
            Some("steunden"),
        ),
        (
            "Enkele ministers benadrukten de noodzaak van snelheid.",
            "collective:several-ministers",
            Some("benadrukten"),
        ),
    ];
    for (text, id, verb) in table {
        let (actors, statements) = actors_and_statements(text, None);
        assert!(actors.iter().any(|a| a.id == *id), "{text}: {actors:?}");
        assert!(actors.iter().all(|a| a.kind != ActorKind::Person), "{text}");
        let said: Vec<&str> = statements
            .iter()
            .filter(|s| s.actor == *id)
            .map(|s| s.verb.as_str())
            .collect();
        assert_eq!(said, verb.iter().copied().collect::<Vec<_>>(), "{text}");
    }
    // `Ministers` is still a plural title: it ends a name and never makes one person.
    let (people, _) = people_and_statements(
        "De Ministers van Binnenlandse Zaken namen deel. Minister Petra Vos opende.",
    );
    assert_eq!(people, ["person:petra-vos (Minister)"]);
}

/// Every statement of `text` as `actor verb`.
fn all_statements(text: &str) -> Vec<String> {
    actors_and_statements(text, None)
        .1
        .iter()
        .map(|s| format!("{} {}", s.actor, s.verb))
        .collect()
}

#[test]
fn names_listed_after_a_plural_title() {
    // (text, people, every statement)
    let table: &[(&str, &[&str], &[&str])] = &[
        (
            "De ministers Verhulst en De Kok benadrukten het belang.",
            &["person:de-kok (minister)", "person:verhulst (minister)"],
            &["person:verhulst benadrukten", "person:de-kok benadrukten"],
        ),
        (
            "Commissioners Haverkamp and Lindqvist presented the package.",
            &[
                "person:haverkamp (Commissioner)",
                "person:lindqvist (Commissioner)",
            ],
            &["person:haverkamp presented", "person:lindqvist presented"],
        ),
        (
            "Kamerleden Brouwers, Pietersen en El Amrani vroegen om een debat.",
            &[
                "person:brouwers (Kamerlid)",
                "person:el-amrani (Kamerlid)",
                "person:pietersen (Kamerlid)",
            ],
            &[
                "person:brouwers vroegen",
                "person:pietersen vroegen",
                "person:el-amrani vroegen",
            ],
        ),
        (
            "Mr Jansen and Ms Okafor welcomed the agreement.",
            &["person:jansen", "person:okafor"],
            &["person:jansen welcomed", "person:okafor welcomed"],
        ),
        (
            "Minister Verhulst en staatssecretaris De Kok benadrukten het belang.",
            &[
                "person:de-kok (staatssecretaris)",
                "person:verhulst (Minister)",
            ],
            &["person:verhulst benadrukten", "person:de-kok benadrukten"],
        ),
        // A plural title before no name, or before the name of a council, stays the group.
        (
            "Alle ministers Buitenlandse Zaken spraken over de sancties.",
            &[],
            &[],
        ),
        (
            "The Ministers welcomed the progress made.",
            &[],
            &["collective:ministers welcomed"],
        ),
        ("De Ministers van Binnenlandse Zaken namen deel.", &[], &[]),
    ];
    for (text, people, said) in table {
        let mut found = people_and_statements(text).0;
        found.sort();
        assert_eq!(found, *people, "{text}");
        assert_eq!(all_statements(text), *said, "{text}");
    }
}

#[test]
fn a_chair_named_in_apposition_is_one_speaker() {
    // (text, people, every statement)
    let table: &[(&str, &[&str], &[&str])] = &[
        (
            "The working party met. Its chair, Mr Joris Haverkamp, welcomed the progress.",
            &["person:joris-haverkamp (chair)"],
            &["person:joris-haverkamp welcomed"],
        ),
        (
            "The chair of the working party, Ms Wilma Eskens, presented the report.",
            &["person:wilma-eskens (chair of the working party)"],
            &["person:wilma-eskens presented"],
        ),
        (
            "De voorzitter van de werkgroep, mevrouw Ilse Verhoef, opende de vergadering.",
            &["person:ilse-verhoef (voorzitter van de werkgroep)"],
            &["person:ilse-verhoef opende"],
        ),
        (
            "De voorzitter, mevrouw Ilse Verhoef, verwelkomde de voortgang.",
            &["person:ilse-verhoef (voorzitter)"],
            &["person:ilse-verhoef verwelkomde"],
        ),
        // Without a name the role speaks.
        (
            "The chair welcomed the outcome.",
            &[],
            &["role:chair welcomed"],
        ),
    ];
    for (text, people, said) in table {
        assert_eq!(people_and_statements(text).0, *people, "{text}");
        assert_eq!(all_statements(text), *said, "{text}");
    }
}
