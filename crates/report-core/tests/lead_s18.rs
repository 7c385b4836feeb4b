//! Session 18: answers to parliamentary questions (`Vraag 1` ⏎ the question ⏎ `Antwoord 1` ⏎
//! the answer), a paper parliament staff read beside the Council reports it asks about: each
//! question is a section titled by its question, the paper is titled by the questions and
//! dated by its receipt, and the minister who answers is its writer (`Ik heb benadrukt`).
//! Also the Dutch prime minister named by office alone (`De minister-president`), and an EU
//! Council outcome titled by its configuration, not only by the words every outcome shares.

use report_core::{analyze_text, Config, Report, Section, Stance::*};

mod metadata_rows;
mod statement_rows;

const ASIELPACT: &str = include_str!("fixtures/s18/kamervragen-asielpact-nl.txt");
const RBZ: &str = include_str!("fixtures/s18/kamervragen-rbz-nl.txt");

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

/// Every section of the outline as `level label`, in document order.
fn outline(r: &Report) -> Vec<String> {
    fn walk(sections: &[Section], out: &mut Vec<String>) {
        for s in sections {
            out.push(format!("{} {}", s.level, s.label()));
            walk(&s.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&r.outline, &mut out);
    out
}

#[test]
fn each_question_is_a_section_titled_by_its_question() {
    // `Vraag 1` ⏎ the question on the next line, and `Antwoord op vraag 1` under it.
    assert_eq!(
        outline(&run(ASIELPACT)),
        [
            "1 Vraag 1. Bent u bekend met het bericht 'Lidstaten oneens over solidariteitspool'?",
            "2 Antwoord op vraag 1",
            "1 Vraag 2. Klopt het dat Polen en Hongarije hebben aangekondigd het pact niet te zullen uitvoeren?",
            "2 Antwoord op vraag 2",
            "1 Vraag 3. Welke gevolgen heeft dit voor Nederland?",
            "2 Antwoord op vraag 3",
            "1 Vraag 4. Bent u bereid deze vragen te beantwoorden voor het commissiedebat van 25 november a.s.?",
            "2 Antwoord op vraag 4",
        ]
    );
    // A question wrapped over two lines is still its label's title; `Antwoord 1`, with no
    // blank line under it, is a section of its own and not the first words of its answer.
    assert_eq!(
        outline(&run(RBZ)),
        [
            "1 Vraag 1. Kunt u aangeven welke lidstaten zich tijdens de Raad Buitenlandse Zaken \
             van 20 oktober jl. hebben verzet tegen het twintigste sanctiepakket, en op welke \
             gronden?",
            "1 Antwoord 1",
            "1 Vraag 2. Deelt u de mening dat het pakket zo snel mogelijk moet worden aangenomen?",
            "1 Antwoord 2",
            "1 Vraag 3. Wat is de inzet van het kabinet voor de Europese Raad van 23 oktober?",
            "1 Antwoord 3",
        ]
    );
}

#[test]
fn a_label_alone_is_no_sentence_and_a_statement_is_not_in_it() {
    // The answer's first sentence starts after its label.
    let r = run(RBZ);
    let first = r
        .statements
        .iter()
        .find(|s| s.actor == "country:hu")
        .expect("Hungary speaks");
    assert!(
        r.text[first.range.start..first.range.end].starts_with("Hongarije en Slowakije"),
        "{}",
        &r.text[first.range.start..first.range.end]
    );
    // A division word that is no question's stays as it was: `Vraag` inside a sentence.
    let plain = run(
        "1. Inleiding\n\nVraag 2 van de Commissie aan de lidstaten is of zij het voorstel \
         steunen. Nederland steunt het.\n\n2. Vervolg\n\nDe Raad sprak erover.\n",
    );
    assert_eq!(outline(&plain), ["1 1. Inleiding", "1 2. Vervolg"]);
}

#[test]
fn the_paper_is_titled_by_its_questions_and_dated_by_its_answer() {
    let r = run(ASIELPACT);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Vragen van het lid Ellian (VVD) aan de minister van Justitie en Veiligheid over \
             het Europees asiel- en migratiepact"
        )
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2025-11-12"));
    let r = run(RBZ);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2025-11-14"));
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some(r#"Some("minister van Buitenlandse Zaken")/Some("Van Weel")"#)
    );
}

#[test]
fn the_minister_who_answers_holds_the_ministry_in_brackets_and_writes_ik() {
    let r = run(RBZ);
    let minister = r
        .actors
        .iter()
        .find(|a| a.id == "person:van-weel")
        .expect("the minister");
    assert_eq!(
        minister.role.as_deref(),
        Some("minister van Buitenlandse Zaken")
    );
    assert_eq!(minister.affiliation.as_deref(), Some("country:nl"));
    // The role named in the questions is his: one actor.
    assert!(!r
        .actors
        .iter()
        .any(|a| a.id == "role:nl-minister-van-buitenlandse-zaken"));
    assert_eq!(
        statement_rows::statements_quoting(RBZ, "Ik heb tijdens de Raad benadrukt"),
        [
            "person:van-weel heb benadrukt Neutral",
            "country:nl steunt Support"
        ]
    );
    // The members who ask, named after the plural `de leden`, are members of the Kamer.
    let mut members: Vec<(&str, Option<&str>, Option<&str>)> = r
        .actors
        .iter()
        .filter(|a| a.kind == report_core::ActorKind::Person && a.role.as_deref() == Some("lid"))
        .map(|a| (a.id.as_str(), a.role.as_deref(), a.affiliation.as_deref()))
        .collect();
    members.sort();
    assert_eq!(
        members,
        [
            ("person:paternotte", Some("lid"), Some("org:tweede-kamer")),
            ("person:van-der-werf", Some("lid"), Some("org:tweede-kamer")),
        ]
    );
    // A party in brackets is still a party, and words that name no ministry no role.
    statement_rows::check(&[
        (
            "Het lid Jansen (VVD) vroeg de minister om een toelichting.",
            &[("person:jansen", "vroeg", Neutral)],
        ),
        (
            "Minister Jansen (tijdens de Raad) benadrukte dat Nederland het voorstel steunt.",
            &[
                ("person:jansen", "benadrukte", Neutral),
                ("country:nl", "steunt", Support),
            ],
        ),
    ]);
    let jansen = run("Minister Jansen (tijdens de Raad) sprak.\n");
    let role = jansen.actors.iter().find(|a| a.id == "person:jansen");
    assert_eq!(role.and_then(|a| a.role.as_deref()), Some("Minister"));
}

#[test]
fn the_dutch_prime_minister_named_by_office_alone_is_a_role() {
    statement_rows::check(&[
        (
            "De minister-president zal zich tijdens de Europese Raad inzetten voor een \
             spoedige aanneming van het pakket.",
            &[("role:nl-prime-minister", "inzetten", Support)],
        ),
        (
            "De minister-president lichtte toe dat het kabinet de conclusies steunt.",
            &[
                ("role:nl-prime-minister", "lichtte toe", Neutral),
                ("role:cabinet", "steunt", Support),
            ],
        ),
        // Before a name the office is a title: the person speaks, of his own country.
        (
            "De Poolse minister-president Tusk riep op tot meer steun.",
            &[("person:tusk", "riep op", Support)],
        ),
    ]);
    let r = run("Verslag\n\nDe minister-president sprak met de Poolse minister-president Tusk.\n");
    let office = r
        .actors
        .iter()
        .find(|a| a.id == "role:nl-prime-minister")
        .expect("the office");
    assert_eq!(office.affiliation.as_deref(), Some("country:nl"));
    assert_eq!(office.mentions.len(), 1);
}

#[test]
fn an_outcome_is_titled_by_its_council_configuration() {
    let title = |text: &str| run(text).metadata.title.unwrap_or_default();
    let body = "\n\n1. Migration\n\nThe Council adopted conclusions. Germany supported them.\n";
    // Under the meeting's number.
    assert_eq!(
        title(&format!(
            "OUTCOME OF THE COUNCIL MEETING\n\n4051st Council meeting\n\nJustice and Home \
             Affairs\n\nLuxembourg, 14 and 15 October 2024{body}"
        )),
        "OUTCOME OF THE COUNCIL MEETING: Justice and Home Affairs"
    );
    // With its formation in brackets, where commas may stand; or the whole in brackets, on
    // the number's line or under it.
    assert_eq!(
        title(&format!(
            "Outcome of the Council meeting\n\n3998th Council meeting\n\nCompetitiveness \
             (Internal Market, Industry, Research and Space)\n\nBrussels, 2 March 2027{body}"
        )),
        "Outcome of the Council meeting: Competitiveness (Internal Market, Industry, Research \
         and Space)"
    );
    assert_eq!(
        title(&format!(
            "OUTCOME OF THE COUNCIL MEETING\n4127th meeting of the Council of the European \
             Union\n(Agriculture and Fisheries)\nBrussels, 16 and 17 November 2026{body}"
        )),
        "OUTCOME OF THE COUNCIL MEETING: Agriculture and Fisheries"
    );
    assert_eq!(
        title(&format!(
            "OUTCOME OF THE COUNCIL MEETING\n\nSubject: 4217th meeting of the Council \
             (Environment)\nheld in Valletta on 5 March 2031{body}"
        )),
        "OUTCOME OF THE COUNCIL MEETING: Environment"
    );
    // Before the place in its dateline.
    assert_eq!(
        title(&format!(
            "Outcome of the Council meeting\n\nEnvironment Council, Luxembourg, 17 June 2030{body}"
        )),
        "Outcome of the Council meeting: Environment Council"
    );
    // No configuration named: the title stays.
    assert_eq!(
        title(&format!(
            "Outcome of the Council meeting\n\n4051st Council meeting\n\nLuxembourg, 14 \
             October 2024{body}"
        )),
        "Outcome of the Council meeting"
    );
    assert_eq!(
        title(&format!(
            "Outcome of the Council meeting\n\nMain results{body}"
        )),
        "Outcome of the Council meeting"
    );
}
