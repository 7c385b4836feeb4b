//! Session 28: rules found by reading reports written for this session and shown to no rule
//! before (an agency's annual activity report, a Dutch inspectorate's annual report, a JBZ
//! Council report): a full title given to one person is that person wherever it stands, and a
//! foreword signed with a name over a role written small is no heading.

use expect_test::expect;
use report_core::{analyze_text, Config};

mod actor_rows;
mod outline_text;

use outline_text::outline_text;

/// `id | …` of each person and role actor of `report`, the rest of the row from `row`.
fn actor_rows(report: &report_core::Report, row: impl Fn(&report_core::Actor) -> String) -> String {
    report
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:") || a.id.starts_with("role:"))
        .map(|a| format!("{} | {}\n", a.id, row(a)))
        .collect()
}

/// `id | mentions | aliases` of each person and role actor of `text`.
fn people_and_roles(text: &str) -> String {
    let report = analyze_text(text, &Config::default());
    actor_rows(&report, |a| {
        format!("{} | {}", a.mentions.len(), a.aliases.join("; "))
    })
}

#[test]
fn a_full_title_given_to_one_person_is_that_person_before_and_after() {
    // The heading names the title before the signature gives it to her; the sentence after.
    let text = "Annual report 2025\n\nForeword by the Chair of the Management Board\n\n\
        The Board met four times. The Chair of the Management Board stressed the need for \
        resources.\n\nMaja Lindqvist\nChair of the Management Board\n\n1. Results\n\n\
        The Agency grew.\n";
    expect![[r#"
        person:maja-lindqvist | 3 | Chair of the Management Board
    "#]]
    .assert_eq(&people_and_roles(text));
    let statements: Vec<String> = analyze_text(text, &Config::default())
        .statements
        .iter()
        .map(|s| format!("{} {}", s.actor, s.verb))
        .collect();
    assert_eq!(statements, ["person:maja-lindqvist stressed"]);
}

#[test]
fn a_title_given_to_two_people_or_qualified_by_a_country_stays_a_role() {
    // Two chairs, the outgoing and the new: the title names neither.
    let two = "Report 2025\n\nThe Chair of the Management Board, Maja Lindqvist, opened the \
        meeting. Her successor as Chair of the Management Board, Jonas Berg, was elected. \
        The Chair of the Management Board thanked the staff.\n";
    let rows = people_and_roles(two);
    assert!(
        rows.lines()
            .any(|r| r.starts_with("role:chair-of-the-management-board |")),
        "{rows}"
    );
    // A one-word title names nobody it was not given to in the text's words.
    let one_word = "Report 2025\n\nMinister Jan Smit opened the meeting. The German Minister \
        stressed the need for speed.\n";
    let rows = people_and_roles(one_word);
    assert!(rows.contains("role:de-minister |"), "{rows}");
    assert!(rows.contains("person:jan-smit | 1 |"), "{rows}");
}

#[test]
fn a_foreword_signed_with_a_role_written_small_is_no_heading() {
    let text = "Jaarverslag 2025\n\nAutoriteit Toezicht\n\n\n\nVoorwoord\n\n\
        2025 was een druk jaar. De staatssecretaris heeft extra middelen toegezegd.\n\n\
        Aleid Wolfsen-Brink\nvoorzitter\n\n\n1 Ons toezicht in 2025\n\n1.1 Klachten\n\n\
        Wij ontvingen ruim 32.000 klachten.\n\n2 Bedrijfsvoering\n\nHet aantal medewerkers \
        groeide.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Ons toezicht in 2025
          2 [1.1] Klachten
        3 [2] Bedrijfsvoering
    "#]]
    .assert_eq(&outline_text(&report));
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [(
            "person:aleid-wolfsen-brink".to_string(),
            Some("voorzitter".to_string()),
            None
        )]
    );
}

#[test]
fn a_name_over_a_line_that_is_no_role_stays_a_heading() {
    // A one-line paragraph under a heading of two capitalised words is no signing role.
    let text = "Jaarverslag 2025\n\nVoorwoord\n\nHet was een druk jaar.\n\nNieuwe Taken\n\n\
        De inspectie kreeg er in 2025 taken bij.\n\n1 Toezicht\n\nWij ontvingen klachten.\n";
    let report = analyze_text(text, &Config::default());
    assert!(
        outline_text(&report).contains("] Nieuwe Taken\n"),
        "{}",
        outline_text(&report)
    );
}

#[test]
fn a_speaker_named_after_the_quote_may_hold_two_long_offices() {
    let text = "Environment Council\n\nMain results\n\n\"We have found a balanced path,\" \
        said Katarzyna Nowak-Lis, Polish Minister for Climate and Environment and President \
        of the Council.\n";
    let report = analyze_text(text, &Config::default());
    assert_eq!(
        actor_rows::people(&report),
        "Katarzyna Nowak-Lis | Polish Minister for Climate and Environment and President of \
         the Council | country:pl\n"
    );
    let speakers: Vec<&str> = report.statements.iter().map(|s| s.actor.as_str()).collect();
    assert_eq!(speakers, ["person:katarzyna-nowak-lis"]);
    // Without a title to open it, a long phrase after a name's comma is no office.
    let clause = "Council\n\nWe met Maria Svensson, who had travelled from Stockholm with her \
        team and the ministers of the region to the meeting, and talked.\n";
    let report = analyze_text(clause, &Config::default());
    assert!(
        !actor_rows::people(&report).contains("who had"),
        "{}",
        actor_rows::people(&report)
    );
}

/// `id | role | mentions` of each person and role actor of `text`, and each statement's
/// speaker and verb.
fn people_and_speakers(text: &str) -> String {
    let report = analyze_text(text, &Config::default());
    let mut out = actor_rows(&report, |a| {
        format!(
            "{} | {}",
            a.role.as_deref().unwrap_or("-"),
            a.mentions.len()
        )
    });
    for s in &report.statements {
        out.push_str(&format!("> {} {}\n", s.actor, s.verb));
    }
    out
}

#[test]
fn an_office_the_gazetteer_knows_whole_names_its_holder_in_apposition_and_on_a_cover() {
    let apposition = "Council meeting\n\nKaja Kallas, High Representative of the Union for \
        Foreign Affairs and Security Policy, opened the meeting. The High Representative \
        stressed the point.\n";
    expect![[r#"
        person:kaja-kallas | High Representative of the Union for Foreign Affairs and Security Policy | 2
        > person:kaja-kallas opened
        > person:kaja-kallas stressed
    "#]]
    .assert_eq(&people_and_speakers(apposition));
    // A cover set in two columns by pdftotext -layout, the office wrapped under the name.
    let columns = "OUTCOME OF THE COUNCIL MEETING\n\nPresident          Kaja Kallas\n\
        \x20                  High Representative of the Union for Foreign Affairs and\n\
        \x20                  Security Policy\n\nItem\n\nThe High Representative stressed the \
        point. The President concluded.\n";
    expect![[r#"
        person:kaja-kallas | High Representative of the Union for Foreign Affairs and Security Policy | 3
        > person:kaja-kallas stressed
        > person:kaja-kallas concluded
    "#]]
    .assert_eq(&people_and_speakers(columns));
    // A cover with a label and a colon, the office on the line under the name.
    let label = "OUTCOME OF THE COUNCIL MEETING\n\nPresident: Kaja Kallas\nHigh Representative \
        of the Union for Foreign Affairs and Security Policy\n\nItem\n\nThe High \
        Representative stressed the point. The President concluded.\n";
    expect![[r#"
        person:kaja-kallas | High Representative of the Union for Foreign Affairs and Security Policy | 3
        > person:kaja-kallas stressed
        > person:kaja-kallas concluded
    "#]]
    .assert_eq(&people_and_speakers(label));
    // In Dutch too.
    let dutch = "Raad\n\nKaja Kallas, Hoge Vertegenwoordiger van de Unie voor Buitenlandse Zaken \
        en Veiligheidsbeleid, opende de vergadering. De Hoge Vertegenwoordiger benadrukte het \
        belang.\n";
    assert!(
        people_and_speakers(dutch)
            .ends_with("> person:kaja-kallas opende\n> person:kaja-kallas benadrukte\n"),
        "{}",
        people_and_speakers(dutch)
    );
}

#[test]
fn a_name_on_a_cover_with_a_role_the_gazetteer_does_not_know_keeps_its_label() {
    // `Minister for Economic Affairs of Spain` is a title's phrase, not a gazetteer office:
    // the older rule gives it, and the chair's title stays her office.
    let text = "OUTCOME OF THE COUNCIL MEETING\n\nPresident          Ana Ruiz\n\
        \x20                  Minister for Economic Affairs of Spain\n\nItem\n\nThe President \
        stressed the point.\n";
    expect![[r#"
        person:ana-ruiz | Minister for Economic Affairs | 2
        > person:ana-ruiz stressed
    "#]]
    .assert_eq(&people_and_speakers(text));
}

#[test]
fn a_veto_on_a_payment_or_a_package_and_thanks_are_statements() {
    let text = "Verslag\n\nMilitaire steun\n\nDe Oekraïense minister van Defensie, de heer \
        Denys Marchenko, nam deel. Hij dankte de lidstaten voor hun steun. Hongarije \
        blokkeerde opnieuw de vergoeding uit de Europese Vredesfaciliteit. Slowakije \
        blokkeerde de export van wapens.\n";
    let rows: Vec<String> = analyze_text(text, &Config::default())
        .statements
        .iter()
        .map(|s| format!("{} {} {:?}", s.actor, s.verb, s.stance))
        .collect();
    // A blockade of goods is no veto: Slovakia says nothing.
    assert_eq!(
        rows,
        [
            "person:denys-marchenko dankte Neutral",
            "country:hu blokkeerde vergoeding Oppose"
        ]
    );
}

#[test]
fn an_annotated_agendas_long_announcements_and_perfect_tenses_are_statements() {
    let text = "Geannoteerde agenda\n\n1. Handel\n\nHet voorzitterschap zal de stand van zaken \
        rond de voorbereiding van de grote conferentie over handel toelichten. Frankrijk heeft \
        aangedrongen op snelle tegenmaatregelen.\n";
    let rows: Vec<String> = analyze_text(text, &Config::default())
        .statements
        .iter()
        .map(|s| format!("{} {}", s.actor, s.verb))
        .collect();
    assert_eq!(
        rows,
        [
            "role:presidency toelichten",
            "country:fr heeft aangedrongen"
        ]
    );
    // Across a relative clause and past sixteen words, the infinitive is no longer read as
    // the auxiliary's.
    let far = "Agenda\n\nHet voorzitterschap zal de stand van zaken rond de voorbereiding van de \
        grote conferentie over handel en over de vele andere zaken die nog open staan in de \
        komende maanden toelichten.\n";
    assert!(analyze_text(far, &Config::default()).statements.is_empty());
}
