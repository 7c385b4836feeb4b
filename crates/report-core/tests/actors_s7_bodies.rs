//! Actors met in session 7's unseen reports: organisations named with their acronym
//! (`Vereniging van … (VNG)`, later `de VNG`), boards and forums of an institution
//! (`Management Board`, `The Scientific Committee`), the signatures of a Dutch letter (the
//! minister on one line, the name after a blank line, and a minister of a Dutch letter is the
//! Netherlands'), role phrases with a list (`van Volksgezondheid, Welzijn en Sport`), and an
//! address that is no person. The snapshots over `fixtures/s7a/` were checked by hand.

use expect_test::{expect, Expect};
use report_core::{actors_and_statements, analyze, Config};
mod fixture_file;

/// One line per actor: id, kind, role, affiliation, aliases; then one per statement.
fn summary(bytes: &[u8]) -> String {
    let report = analyze(bytes, &Config::default()).expect("decodes");
    let mut out = String::new();
    for a in &report.actors {
        out.push_str(&format!(
            "{} | {} | {} | {} | {}\n",
            a.id,
            report_core::json_name(&a.kind),
            a.role.as_deref().unwrap_or("-"),
            a.affiliation.as_deref().unwrap_or("-"),
            a.aliases.join(" / "),
        ));
    }
    out.push_str("--\n");
    for s in &report.statements {
        out.push_str(&format!(
            "{} {} {}\n",
            s.actor,
            s.verb,
            report_core::json_name(&s.stance)
        ));
    }
    out
}

fn fixture(name: &str) -> Vec<u8> {
    fixture_file::read(&format!("s7a/{name}"))
}

fn check(name: &str, expected: Expect) {
    expected.assert_eq(&summary(&fixture(name)));
}

#[test]
fn a_dutch_letter_with_advisory_bodies_and_two_signatures() {
    check(
        "brief-adviesorganen-nl.txt",
        expect![[r#"
            org:lvh | organization | - | - | LVH
            org:nbz | organization | - | - | NBZ
            org:trg | organization | - | - | TRG
            org:tweede-kamer | organization | - | - | Tweede Kamer der Staten-Generaal / uw Kamer
            org:d66 | organization | - | country:nl | 
            person:m-c-oudewater-lens | person | Minister van Volksgezondheid, Welzijn en Sport | country:nl | 
            person:r-ten-haaf | person | Staatssecretaris van Jeugd, Preventie en Sport | country:nl | 
            person:verhagen-doorn | person | lid | org:d66 | lid Verhagen-Doorn
            role:voorzitter-van-de-tweede-kamer-der-staten-generaal | role | Voorzitter van de Tweede Kamer der Staten-Generaal | org:tweede-kamer | 
            --
            org:lvh onderstreepte neutral
            org:lvh Volgens neutral
            org:nbz steunde support
            org:trg maakte studievoorbehoud reservation
            org:nbz steunde support
            org:trg plaatste kanttekeningen reservation
            person:verhagen-doorn vroeg neutral
        "#]],
    );
}

#[test]
fn an_agency_report_with_boards_and_a_network() {
    check(
        "agency-governance-en.txt",
        expect![[r#"
            org:enco | organization | - | - | ENCO
            org:administrative-board | organization | - | - | 
            collective:several-member-states | collective | - | - | Several member states
            country:at | country | - | - | 
            country:it | country | - | - | 
            country:si | country | - | - | 
            org:europol | organization | - | - | 
            org:europol-management-board | organization | - | org:europol | 
            org:scientific-committee | organization | - | - | 
            person:lidia-marenko | person | Chair | org:scientific-committee | Prof Lidia Marenko
            person:oskar-lindahl | person | Director of the Safety Directorate | - | 
            --
            org:administrative-board approved support
            org:administrative-board welcomed support
            org:scientific-committee recommended neutral
            org:europol-management-board invited neutral
            person:oskar-lindahl presented neutral
            org:enco welcomed support
            country:si supported support
            country:at supported oppose
            collective:several-member-states opposed oppose
            country:it opposed support
        "#]],
    );
}

/// The ids of the organisations found in `text`.
fn organisations(text: &str) -> Vec<String> {
    actors_and_statements(text, None)
        .0
        .into_iter()
        .filter(|a| a.id.starts_with("org:"))
        .map(|a| a.id)
        .collect()
}

#[test]
fn acronyms_define_organisations_only_after_an_organisations_name() {
    let table: &[(&str, &[&str])] = &[
        (
            "De Stichting Open Archieven (SOA) publiceerde het rapport. Later reageerde de SOA.",
            &["org:soa"],
        ),
        (
            "The Baltic Energy Regulators Forum (BERF) met twice.",
            &["org:berf"],
        ),
        // A law, a programme, a party after a member, a country: no organisation of their own.
        (
            "De Algemene Verordening Gegevensbescherming (AVG) geldt.",
            &[],
        ),
        ("The Common Fisheries Policy (CFP) was reviewed.", &[]),
        // The party is the gazetteer's, named as the member's affiliation: no new body.
        ("Het lid Koster-Vliet (CDA) vroeg om uitstel.", &["org:cda"]),
        ("Het verslag van de Stichting (XYZ) volgt.", &[]),
        // A name the gazetteer knows keeps its own id.
        (
            "De Europese Commissie (EC) stelde voor.",
            &["org:european-commission"],
        ),
    ];
    for (text, expected) in table {
        assert_eq!(organisations(text), *expected, "{text}");
    }
}

#[test]
fn a_dutch_signature_names_its_minister() {
    let text =
        "Hierbij het verslag.\n\nDe Minister van Infrastructuur en Waterstaat,\n\nJ.P. Hazelaar\n";
    let (actors, _) = actors_and_statements(text, None);
    let person = actors
        .iter()
        .find(|a| a.id == "person:j-p-hazelaar")
        .expect("the signatory");
    assert_eq!(
        person.role.as_deref(),
        Some("Minister van Infrastructuur en Waterstaat")
    );
    assert_eq!(person.affiliation.as_deref(), Some("country:nl"));
    let text = "Tot zover.\n\nDe Staatssecretaris van Financiën,\n\nAnna de Wit-Kalma\n";
    let (actors, _) = actors_and_statements(text, None);
    assert!(
        actors.iter().any(|a| a.id == "person:anna-de-wit-kalma"),
        "{actors:?}"
    );
    // A heading after the role is no name.
    let text = "De Minister van Financiën,\n\nVerslag van de Eurogroep\n\nDe Eurogroep sprak.";
    let (actors, _) = actors_and_statements(text, None);
    assert!(
        actors.iter().all(|a| !a.id.starts_with("person:")),
        "{actors:?}"
    );
}

/// `(id, affiliation)` of every actor found in `text`.
fn ids(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = actors_and_statements(text, None)
        .0
        .into_iter()
        .map(|a| (a.id, a.affiliation.unwrap_or_default()))
        .collect();
    out.sort();
    out
}

#[test]
fn members_take_their_party_and_organisations_their_country_name() {
    let table: &[(&str, &[(&str, &str)])] = &[
        (
            "Volgens het lid Kramer-Ooms (SGP) is meer tijd nodig.",
            // The party, the member's affiliation, is mentioned inside the member's mention
            // (session 8): an actor too, no longer an affiliation without one.
            &[("org:sgp", "country:nl"), ("person:kramer-ooms", "org:sgp")],
        ),
        // `lid` alone is no role.
        ("Het lid van de Raad sprak kort.", &[("org:council", "")]),
        (
            "VluchtelingenWerk Nederland uitte kritiek.",
            &[("org:vluchtelingenwerk-nederland", "")],
        ),
        (
            "Daarna reageerde Statistics Netherlands op de cijfers.",
            &[("org:statistics-netherlands", "")],
        ),
        (
            "The European Parliament's Committee on Budgets and Finance asked for figures.",
            &[
                (
                    "org:committee-on-budgets-and-finance",
                    "org:european-parliament",
                ),
                ("org:european-parliament", ""),
            ],
        ),
        // Council configurations are the Council.
        (
            "De Landbouw- en Visserijraad besprak de markten; the AGRIFISH Council agreed.",
            &[("org:council", "")],
        ),
        // At a sentence's start a capitalised word before a country is no name.
        ("Ook Nederland steunde het voorstel.", &[("country:nl", "")]),
        (
            "Unlike Germany, France supported it.",
            &[("country:de", ""), ("country:fr", "")],
        ),
    ];
    for (text, expected) in table {
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(ids(text), expected, "{text}");
    }
}

#[test]
fn a_known_role_later_is_the_person_introduced_with_it() {
    let text = "De Hoge Vertegenwoordiger, Lena Moravcová, opende het debat.\n\n\
                Later schetste de Hoge Vertegenwoordiger de stand van zaken.";
    let (actors, statements) = actors_and_statements(text, None);
    assert!(
        actors.iter().all(|a| a.id != "role:high-representative"),
        "{actors:?}"
    );
    let speakers: Vec<&str> = statements.iter().map(|s| s.actor.as_str()).collect();
    assert_eq!(speakers, ["person:lena-moravcova", "person:lena-moravcova"]);
    // Without a person introduced with the role, it stays the role.
    let (actors, _) = actors_and_statements("De Hoge Vertegenwoordiger sprak.", None);
    assert!(actors.iter().any(|a| a.id == "role:high-representative"));
}
