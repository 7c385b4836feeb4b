//! The shared fixture (a Dutch letter carrying the report of an informal JBZ Council), run
//! through the whole pipeline, and our own invented reports.

use report_core::{analyze, Actor, Config, Report, Stance};

const FIXTURE: &str = "../../../shared/fixtures/jbz-raad-2022-07-verslag.txt";

/// The fixture with words broken at line ends joined again (`hoofdaan-\nklager`). Repairing
/// hyphenation is the layout pass's job, which is being rewritten elsewhere; joining here keeps
/// this test about actors whatever state the layout is in.
fn fixture() -> Option<Report> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let raw = std::fs::read_to_string(path).ok()?;
    let mut joined = String::with_capacity(raw.len());
    let mut rest = raw.as_str();
    while let Some(p) = rest.find("-\n") {
        let after = rest[p + 2..].trim_start_matches([' ', '\t']);
        if after.starts_with(|c: char| c.is_lowercase()) {
            joined.push_str(&rest[..p]);
            rest = after;
        } else {
            joined.push_str(&rest[..p + 2]);
            rest = &rest[p + 2..];
        }
    }
    joined.push_str(rest);
    Some(analyze(joined.as_bytes(), &Config::default()).expect("the fixture decodes"))
}

fn actor<'a>(report: &'a Report, id: &str) -> &'a Actor {
    report
        .actors
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no actor {id}"))
}

/// The person who holds `role` for `affiliation`. The fixture is a real document; the people in
/// it are found by their roles so that no real person's name is written in our tests.
fn holder<'a>(report: &'a Report, role: &str, affiliation: Option<&str>) -> &'a Actor {
    let mut holders = report.actors.iter().filter(|a| {
        a.kind == report_core::ActorKind::Person
            && a.role.as_deref() == Some(role)
            && a.affiliation.as_deref() == affiliation
    });
    let person = holders
        .next()
        .unwrap_or_else(|| panic!("nobody is {role} of {affiliation:?}"));
    assert!(holders.next().is_none(), "two people are {role}");
    person
}

#[test]
fn fixture_people_with_their_roles() {
    let Some(report) = fixture() else {
        eprintln!("shared fixture not found; skipped");
        return;
    };
    // (role, affiliation, words in the name)
    let table: &[(&str, Option<&str>, usize)] = &[
        ("Minister van Binnenlandse Zaken", Some("country:ua"), 2),
        ("Minister", None, 1),
        ("Minister van Binnenlandse Zaken", Some("country:md"), 2),
        (
            "Commissaris voor Binnenlandse Zaken",
            Some("org:european-commission"),
            2,
        ),
        (
            "voorzitter van het LIBE-comité van het Europees parlement",
            Some("org:libe"),
            4,
        ),
        ("Minister van Justitie", Some("country:ua"), 2),
        (
            "hoofdaanklager van het Internationaal Strafhof (ICC)",
            Some("org:icc"),
            2,
        ),
    ];
    for (role, affiliation, words) in table {
        let person = holder(&report, role, *affiliation);
        assert_eq!(person.name.split(' ').count(), *words, "{role}");
        assert!(report.text.contains(&person.name), "{role}");
        assert!(person.id.starts_with("person:"), "{role}");
        assert_eq!(
            person.id.matches('-').count() + 1,
            *words,
            "the id is the slug of the name: {role}"
        );
        assert!(!person.mentions.is_empty());
    }
    let people = report
        .actors
        .iter()
        .filter(|a| a.kind == report_core::ActorKind::Person)
        .count();
    assert_eq!(people, 7, "no false people");
    let commissioner = holder(
        &report,
        "Commissaris voor Binnenlandse Zaken",
        Some("org:european-commission"),
    );
    assert_eq!(
        commissioner.mentions.len(),
        2,
        "Commissaris … and Eurocommissaris with the surname"
    );
    let surname = commissioner.name.split(' ').next_back().unwrap_or_default();
    assert!(report
        .slice(commissioner.mentions[1].range)
        .starts_with(&format!("Eurocommissaris {surname}")));
    let chair = holder(
        &report,
        "voorzitter van het LIBE-comité van het Europees parlement",
        Some("org:libe"),
    );
    // `Dhr.` and the last two words of the name.
    let tail: Vec<&str> = chair.name.split(' ').skip(2).collect();
    let alias = format!("Dhr. {}", tail.join(" "));
    assert!(chair.aliases.contains(&alias), "{:?}", chair.aliases);
}

#[test]
fn fixture_key_actors_and_statements() {
    let Some(report) = fixture() else {
        return;
    };
    for id in [
        "country:nl",
        "org:european-commission",
        "org:europol",
        "org:frontex",
        "org:eu-lisa",
        "collective:member-states",
        "role:presidency",
        "country:cz",
        "country:ua",
        "org:icc",
    ] {
        assert!(!actor(&report, id).mentions.is_empty(), "{id}");
    }
    assert_eq!(
        actor(&report, "role:presidency").affiliation.as_deref(),
        Some("country:cz")
    );
    assert_eq!(actor(&report, "country:nl").name, "Nederland");
    // Mentions point at words in the text.
    for a in &report.actors {
        for m in &a.mentions {
            assert!(!report.slice(m.range).is_empty(), "{m:?}");
        }
    }
    let said = |actor: &str, verb: &str| {
        report
            .statements
            .iter()
            .any(|s| s.actor == actor && s.verb == verb)
    };
    assert!(said("country:nl", "onderstreepte"));
    assert!(said("country:nl", "stelde"));
    assert!(said("org:european-commission", "presenteerde"));
    assert!(said("org:european-commission", "deed beroep"));
    assert!(said("org:europol", "lichtte toe"));
    assert!(said("org:europol", "onderschreef"));
    assert!(said("org:frontex", "stelde"));
    assert!(said("org:eu-lisa", "onderstreepte"));
    let commissioner = holder(
        &report,
        "Commissaris voor Binnenlandse Zaken",
        Some("org:european-commission"),
    );
    assert!(said(&commissioner.id, "riep op"));
    let minister = holder(&report, "Minister", None);
    assert!(said(&minister.id, "bedankte"), "pronoun `hij` resolved");
    let chair = holder(
        &report,
        "voorzitter van het LIBE-comité van het Europees parlement",
        Some("org:libe"),
    );
    assert!(said(&chair.id, "benadrukte"));
    assert!(said("role:presidency", "concludeerde"));
    let support = report
        .statements
        .iter()
        .filter(|s| s.stance == Stance::Support)
        .count();
    assert!(support >= 5, "{support}");
    assert!(report
        .statements
        .iter()
        .any(|s| s.actor == "collective:several-countries" && s.stance == Stance::Reservation));
    for s in &report.statements {
        let first = s.verb.split(' ').next().unwrap_or_default();
        assert!(report.slice(s.range).contains(first), "{s:?}");
    }
}

fn own(name: &str) -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let bytes = std::fs::read(path).expect("our own fixture");
    analyze(&bytes, &Config::default()).expect("decodes")
}

#[test]
fn invented_english_council_outcome() {
    let report = own("council-outcome-en.txt");
    let lines: Vec<String> = report
        .statements
        .iter()
        .map(|s| format!("{} {} {:?}", s.actor, s.verb, s.stance).to_lowercase())
        .collect();
    let expected = [
        "role:presidency presented neutral",
        "collective:several-member-states called for support",
        "person:anna-lindqvist stressed neutral",
        "person:anna-lindqvist welcomed support",
        "country:hu opposed oppose",
        "country:pl opposed oppose",
        "country:sk opposed oppose",
        "country:de supported support",
        "country:nl expressed reservation",
        "collective:several-member-states entered reservation reservation",
        "person:marta-okonjo-reyes informed neutral",
        "org:frontex noted neutral",
        "role:presidency thanked neutral",
        "role:eu-ctc urged neutral",
        "person:tobias-grunwald said neutral",
        "person:tobias-grunwald underlined neutral",
    ];
    assert_eq!(lines, expected);
    let presidency = actor(&report, "role:presidency");
    assert_eq!(presidency.name, "Presidency");
    assert_eq!(presidency.affiliation.as_deref(), Some("country:cz"));
    let okonjo = actor(&report, "person:marta-okonjo-reyes");
    assert_eq!(
        okonjo.role.as_deref(),
        Some("Executive Director of Europol")
    );
    assert_eq!(okonjo.affiliation.as_deref(), Some("org:europol"));
    let grunwald = actor(&report, "person:tobias-grunwald");
    assert_eq!(
        grunwald.mentions.len(),
        2,
        "Mr. Tobias Grünwald, then Grünwald"
    );
}

#[test]
fn invented_dutch_report() {
    let report = own("kamerbrief-nl.txt");
    let lines: Vec<String> = report
        .statements
        .iter()
        .map(|s| format!("{} {} {:?}", s.actor, s.verb, s.stance).to_lowercase())
        .collect();
    let expected = [
        "person:karin-bergvall-strand opende neutral",
        "person:j-w-van-der-berg benadrukte neutral",
        // `dat de hervormingen in Servië onvoldoende zijn`: a doubt in the speaker's clause.
        "person:j-w-van-der-berg onderstreepte reservation",
        "country:fr steunden support",
        "country:es steunden support",
        "country:it steunden support",
        "country:at verzette zich oppose",
        "collective:several-member-states plaatste voorbehoud reservation",
        "role:presidency concludeerde neutral",
        "person:piet-de-wolff-jansen presenteerde neutral",
        "person:piet-de-wolff-jansen riep op neutral",
        "person:piet-de-wolff-jansen wees op neutral",
    ];
    assert_eq!(lines, expected);
    let people: Vec<&str> = report
        .actors
        .iter()
        .filter(|a| a.kind == report_core::ActorKind::Person)
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(people.len(), 3, "{people:?}");
    assert_eq!(
        actor(&report, "role:presidency").affiliation.as_deref(),
        Some("country:hu")
    );
    assert_eq!(
        actor(&report, "person:karin-bergvall-strand")
            .affiliation
            .as_deref(),
        Some("country:se")
    );
}
