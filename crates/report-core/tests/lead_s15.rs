//! Session 15: a one-word name of an institution that only heads another body's name (`Raad
//! van Advies`, `Council for Trade in Goods`) is no mention of that institution; minutes whose
//! attendance lines name the Chair (`Present: Ms Ana Ruiz (Chair)`) and the absent
//! (`Apologies: Mr Jan Novak`); a verb that greets a person named after it.

use expect_test::expect;
use report_core::{actors_and_statements, analyze_text, Config, Stance};

mod outline_text;
use outline_text::outline_text;

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

/// Minutes of a board: attendance lines, then numbered items.
const MINUTES: &str = "Minutes of the 54th meeting of the Management Board\n\n\
    Present: Ms Ana Ruiz (Chair), Mr Tomas Berg (Deputy Chair)\n\n\
    Apologies: Mr Jan Novak\n\n\
    1. Opening of the meeting\n\n\
    The Chair welcomed Omar Haddad, the new member for Malta. The Board welcomed the \
    progress report.\n\n\
    2. Staff Committee\n\n\
    The Staff Committee presented its annual report. Its Chair, Mr Pavel Kral, stressed the \
    workload of the staff. The Chair thanked him.\n";

#[test]
fn an_attendance_line_is_no_heading() {
    let report = analyze_text(MINUTES, &Config::default());
    expect![[r#"
        0 [1] Opening of the meeting
        1 [2] Staff Committee
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn the_chair_an_attendance_line_names_is_the_chair_throughout() {
    let report = analyze_text(MINUTES, &Config::default());
    let chair = report.actors.iter().find(|a| a.id == "person:ana-ruiz");
    let said: Vec<(&str, &str, Stance)> = report
        .statements
        .iter()
        .map(|s| (s.actor.as_str(), s.verb.as_str(), s.stance))
        .collect();
    assert_eq!(
        said,
        [
            ("person:ana-ruiz", "welcomed", Stance::Neutral),
            ("org:management-board", "welcomed", Stance::Support),
            ("org:staff-committee", "presented", Stance::Neutral),
            ("person:pavel-kral", "stressed", Stance::Neutral),
            ("person:ana-ruiz", "thanked", Stance::Neutral),
        ]
    );
    assert_eq!(chair.map(|a| a.mentions.len()), Some(4));
    assert!(report.actors.iter().all(|a| a.id != "role:chair"));
}

#[test]
fn a_verb_that_greets_a_person_named_after_it_takes_no_stance() {
    let rows: &[(&str, Stance)] = &[
        (
            "Germany welcomed Omar Haddad to the meeting.",
            Stance::Neutral,
        ),
        (
            "Germany welcomed Ms Haddad to the meeting.",
            Stance::Neutral,
        ),
        ("Duitsland verwelkomde de heer Haddad.", Stance::Neutral),
        ("Germany welcomed the progress report.", Stance::Support),
        ("Germany welcomed Croatia's progress.", Stance::Support),
    ];
    for (text, stance) in rows {
        let (_, statements) = actors_and_statements(text, None);
        let found: Vec<Stance> = statements.iter().map(|s| s.stance).collect();
        assert_eq!(found, [*stance], "{text}");
    }
}

/// A two-page Kamerstuk: the colophon at the foot of page 1 and the running header of page 2
/// are each printed once.
const TWO_PAGES: &str = "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2025–2026\n\n\
    21 501-07 Raad voor Economische en Financiële Zaken\n\n\
    Nr. 2100 BRIEF VAN DE MINISTER VAN FINANCIËN\n\n\
    Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
    Den Haag, 12 maart 2026\n\n\
    Hierbij bied ik u het verslag aan van de Ecofinraad van 10 maart 2026.\n\n\
    1. Kapitaalmarktenunie\n\n\
    De Commissie presenteerde haar voorstellen. Duitsland benadrukte het belang van\n\n\
    kst-21501-07-2100\nISSN 0921 - 7371\n's-Gravenhage 2026\n\n\
    Tweede Kamer, vergaderjaar 2025–2026, 21 501-07, nr. 2100 2\n\n\
    toezicht op het niveau van de lidstaten.\n\n\
    2. Begroting 2027\n\n\
    Nederland pleitte voor een sobere begroting.\n";

#[test]
fn a_kamerstuk_colophon_printed_once_is_page_furniture() {
    let report = analyze_text(TWO_PAGES, &Config::default());
    expect![[r#"
        0 [1] Kapitaalmarktenunie
        1 [2] Begroting 2027
    "#]]
    .assert_eq(&outline_text(&report));
    for furniture in ["kst-", "ISSN", "Gravenhage", "vergaderjaar 2025"] {
        assert!(!report.text.contains(furniture), "{furniture}");
    }
    assert!(report
        .text
        .contains("het belang van toezicht op het niveau van de lidstaten."));
}

#[test]
fn a_body_named_with_a_role_is_the_persons_affiliation() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "The Chair of the Staff Committee, Mr Pavel Kral, stressed the workload.",
            "person:pavel-kral",
            Some("org:staff-committee"),
        ),
        (
            "The Staff Committee presented its report. Its Chair, Mr Pavel Kral, stressed the \
             workload.",
            "person:pavel-kral",
            Some("org:staff-committee"),
        ),
        (
            "Europol presented the threat assessment of the Commission. Its Executive \
             Director, Ms Jana Horak, warned of new risks.",
            "person:jana-horak",
            Some("org:europol"),
        ),
        (
            "Frontex presenteerde het jaarverslag. Haar directeur, mevrouw Anna Berg, gaf een \
             toelichting.",
            "person:anna-berg",
            Some("org:frontex"),
        ),
        // No possessive: the body before is not hers.
        (
            "Europol presented the threat assessment. The rapporteur, Ms Jana Horak, warned \
             of new risks.",
            "person:jana-horak",
            None,
        ),
    ];
    for (text, id, affiliation) in rows {
        let (actors, _) = actors_and_statements(text, None);
        let person = actors.iter().find(|a| a.id == *id);
        assert_eq!(
            person.map(|p| p.affiliation.as_deref()),
            Some(*affiliation),
            "{text}"
        );
    }
}

#[test]
fn members_asking_an_open_question_make_a_statement() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "De leden van de VVD-fractie vragen de minister welke lidstaten het voorstel steunen.",
            &[("org:vvd", "vragen welke")],
        ),
        (
            "Nederland en Duitsland vragen hoe de Commissie de regels wil handhaven.",
            &[("country:nl", "vragen hoe"), ("country:de", "vragen hoe")],
        ),
        // The noun: no statement.
        ("De vragen van de leden worden beantwoord.", &[]),
    ];
    for (text, expected) in rows {
        let (_, statements) = actors_and_statements(text, None);
        let found: Vec<(&str, &str)> = statements
            .iter()
            .map(|s| (s.actor.as_str(), s.verb.as_str()))
            .collect();
        assert_eq!(found, *expected, "{text}");
    }
}

/// An annual report whose foreword is signed with a name and a role, no closing formula.
const FOREWORD: &str = "ANNUAL ACTIVITY REPORT 2025\n\n\
    FOREWORD BY THE EXECUTIVE DIRECTOR\n\n\
    In 2025 the Agency delivered on all its core tasks. I thank the Management Board for its \
    support.\n\n\
    Maja Lindqvist\nExecutive Director\n\n\
    1. THE AGENCY IN BRIEF\n\n\
    1.1 Governance\n\n\
    The Management Board met three times.\n\n\
    2. RESULTS\n\n\
    The Agency responded to 14 requests.\n";

#[test]
fn a_name_over_a_role_under_a_foreword_is_its_signature() {
    let report = analyze_text(FOREWORD, &Config::default());
    expect![[r#"
        0 [-] FOREWORD BY THE EXECUTIVE DIRECTOR
        1 [1] THE AGENCY IN BRIEF
          2 [1.1] Governance
        3 [2] RESULTS
    "#]]
    .assert_eq(&outline_text(&report));
    let persons: Vec<(&str, Option<&str>)> = report
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| (a.id.as_str(), a.role.as_deref()))
        .collect();
    assert_eq!(
        persons,
        [("person:maja-lindqvist", Some("Executive Director"))]
    );
}

#[test]
fn a_heading_whose_words_the_text_writes_small_is_no_signature() {
    let text = "1. Budget\n\nThe annual accounts were approved.\n\n\
        Annual Accounts\n\nExecutive Director\n\n\
        2. Staff\n\nThe staff grew.\n";
    let report = analyze_text(text, &Config::default());
    let titles: Vec<&str> = report
        .sections()
        .into_iter()
        .map(|s| s.title.as_str())
        .collect();
    assert!(titles.contains(&"Annual Accounts"), "{titles:?}");
    assert!(report.actors.iter().all(|a| !a.id.starts_with("person:")));
}

#[test]
fn the_one_a_board_is_chaired_by_is_its_chair() {
    let rows: &[(&str, &str)] = &[
        (
            "The Board is chaired by Mr Jan Kowalski (Poland).\n\n\
             The Chair stressed the need for savings.",
            "person:jan-kowalski",
        ),
        (
            "De vergadering werd voorgezeten door mevrouw Anna de Wit.\n\n\
             De voorzitter benadrukte het belang van besparingen.",
            "person:anna-de-wit",
        ),
        // A chair named in each language: the office is no one's.
        (
            "The Board is chaired by Mr Jan Kowalski. De werkgroep wordt voorgezeten door \
             mevrouw Anna de Wit.\n\nThe Chair stressed the need for savings.",
            "role:chair",
        ),
    ];
    for (text, speaker) in rows {
        let (_, statements) = actors_and_statements(text, None);
        let speakers: Vec<&str> = statements.iter().map(|s| s.actor.as_str()).collect();
        assert_eq!(speakers, [*speaker], "{text}");
    }
}
