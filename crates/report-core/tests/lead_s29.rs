//! Session 29: rules found by reading reports written for this session and shown to no rule
//! before (an agency's annual activity report in plain text, a Council progress report, a
//! Dutch regulator's annual report in Markdown, an Environment Council report with `Besluit` and
//! `Debat` labels): a foreword and a summary before chapter 1 are its siblings, a report's
//! labels are no headings, a subject goes on under its first line, and a board signs with a
//! name and a seat on one line.

use expect_test::expect;
use report_core::{analyze_text, Config};

mod actor_rows;
mod outline_text;

use outline_text::outline_text;

fn outline_of(text: &str) -> String {
    outline_text(&analyze_text(text, &Config::default()))
}

#[test]
fn a_foreword_and_a_summary_before_chapter_one_are_its_siblings() {
    let text = "Annual Activity Report 2025\n\n\
        Foreword by the Chair of the Management Board\n\n\
        In 2025 the Observatory delivered on an ambitious work programme.\n\n\
        Executive summary\n\nThe Observatory published 24 reports.\n\n\
        1 Introduction\n\n1.1 Mandate\n\nThe Observatory was set up in 2023.\n\n\
        2 Achievements in 2025\n\nThe Observatory grew.\n";
    expect![[r#"
        0 [-] Foreword by the Chair of the Management Board
        1 [-] Executive summary
        2 [1] Introduction
          3 [1.1] Mandate
        4 [2] Achievements in 2025
    "#]]
    .assert_eq(&outline_of(text));
}

#[test]
fn unnumbered_titles_over_numbered_items_still_hold_them() {
    // The second unnumbered title stands over a numbered item too: the titles before the
    // numbered items are part titles, not an opening foreword.
    let text = "Verslag Raad\n\nDe Raad kwam bijeen in Brussel.\n\n\
        Voorwoord\n\nDe Raad besprak twee voorstellen.\n\n\
        Vervoer\n\nDe Raad besprak het vervoer.\n\n\
        1. Verordening A\n\nDe Raad nam de verordening aan.\n\n\
        Energie\n\nDe Raad besprak de energie.\n\n\
        2. Verordening B\n\nDe Raad nam de verordening aan.\n";
    expect![[r#"
        0 [-] Voorwoord
        1 [-] Vervoer
          2 [1] Verordening A
        3 [-] Energie
          4 [2] Verordening B
    "#]]
    .assert_eq(&outline_of(text));
}

#[test]
fn a_reports_besluit_and_debat_labels_are_no_headings() {
    // Counted per group, `Besluit` recurs in neither: as headings they nested under each other.
    let text = "Verslag Milieuraad 17 november 2026\n\nDe Raad kwam bijeen in Brussel.\n\n\
        Wetgevende onderwerpen\n\n\
        Verordening verpakkingen\nDebat\nDuitsland pleitte voor meer flexibiliteit.\n\n\
        Richtlijn groene claims\nBesluit\nDe Raad bereikte een algemene oriëntatie.\n\
        Debat\nFrankrijk kon de algemene oriëntatie niet steunen.\n\n\
        Niet-wetgevende onderwerpen\n\nVoorbereiding COP31\nBesluit\n\
        De Raad nam raadsconclusies aan.\nDebat\nPolen wees op de sociale gevolgen.\n\n\
        Diversen\na) Informele Milieuraad\nHet voorzitterschap informeerde de Raad.\n";
    expect![[r#"
        0 [-] Wetgevende onderwerpen
          1 [-] Verordening verpakkingen
          2 [-] Richtlijn groene claims
        3 [-] Niet-wetgevende onderwerpen
          4 [-] Voorbereiding COP31
          5 [-] Diversen
            6 [a] Informele Milieuraad
    "#]]
    .assert_eq(&outline_of(text));
    // A heading that opens with the word is a title, not a label.
    let debate = "Verslag\n\nDebat over de toekomst van Europa\n\nNederland pleitte voor \
        hervormingen.\n\n1. Migratie\n\nDe Raad sprak.\n";
    assert!(
        outline_of(debate).contains("] Debat over de toekomst van Europa\n"),
        "{}",
        outline_of(debate)
    );
}

#[test]
fn a_perfect_tense_remark_or_declaration_is_a_statement() {
    let statements = |text: &str| -> Vec<String> {
        analyze_text(text, &Config::default())
            .statements
            .iter()
            .map(|s| format!("{} | {}", s.actor, s.verb))
            .collect()
    };
    let text = "Jaarverslag 2025\n\nDe Minister van Justitie en Veiligheid, Dilan Kaya, heeft \
        in maart opgemerkt dat de strategie werkt. Frankrijk heeft opgemerkt dat de termijn \
        kort is. Duitsland heeft verklaard dat het voorstel niet haalbaar is.\n";
    assert_eq!(
        statements(text),
        [
            "person:dilan-kaya | heeft opgemerkt",
            "country:fr | heeft opgemerkt",
            "country:de | heeft verklaard",
        ]
    );
}

#[test]
fn a_board_signs_with_a_name_and_a_seat_on_one_line() {
    let text = "Jaarverslag 2025\n\nVoorwoord\n\nHet was een druk jaar voor de Autoriteit.\n\n\
        Mr. dr. Pieter Jansen\nVoorzitter Raad van Bestuur\n\n\
        1. Toezicht\n\nDe Autoriteit nam deel aan overleg.\n\n\
        Den Haag, 28 maart 2026\n\nDe Raad van Bestuur,\n\n\
        P. Jansen, voorzitter\nM. El Idrissi, lid\n";
    let report = analyze_text(text, &Config::default());
    let signatories: Vec<(Option<String>, Option<String>)> = report
        .metadata
        .signatories
        .iter()
        .map(|s| (s.name.clone(), s.role.clone()))
        .collect();
    assert_eq!(
        signatories,
        [
            (Some("P. Jansen".into()), Some("voorzitter".into())),
            (Some("M. El Idrissi".into()), Some("lid".into())),
        ]
    );
    let people: Vec<(String, Option<String>)> = actor_rows::actors(text, "person:")
        .into_iter()
        .map(|(id, role, _)| (id, role))
        .collect();
    assert!(
        people.contains(&("person:m-el-idrissi".into(), Some("lid".into()))),
        "{people:?}"
    );
    assert!(
        people
            .iter()
            .any(|(id, role)| id.ends_with("jansen") && role.as_deref().is_some()),
        "{people:?}"
    );
    // The lettered signature lines are no sections.
    let outline = outline_text(&report);
    assert!(
        !outline.contains("[P]") && !outline.contains("[M]"),
        "{outline}"
    );
}

#[test]
fn a_lettered_heading_with_a_comma_is_no_signature() {
    let text = "Verslag\n\nA. Migratie, asiel\n\nDe Raad sprak over migratie.\n\n\
        B. Justitie, veiligheid\n\nDe Raad sprak over justitie.\n";
    expect![[r#"
        0 [A] Migratie, asiel
        1 [B] Justitie, veiligheid
    "#]]
    .assert_eq(&outline_of(text));
}

/// A Dutch letter that carries the European Council's conclusions in English under a bare
/// `Bijlage`, one paragraph ending in a superscript footnote mark.
const CONCLUSIONS_IN_A_LETTER: &str = "Tweede Kamer der Staten-Generaal\n\n\
    Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
    Den Haag, 30 oktober 2026\n\n\
    Hierbij zend ik u de conclusies van de Europese Raad van 23 en 24 oktober 2026.\n\n\
    De Minister-President,\nJ.C. Verbeek\n\n\n\
    Bijlage\n\n\
    European Council meeting (23 and 24 October 2026) – Conclusions\n\n\
    I.      UKRAINE\n\n\
    1.      The European Council reiterates its unwavering support for Ukraine's independence\n\
    \u{20}       and sovereignty.\n\n\
    II.     COMPETITIVENESS\n\n\
    2.      The European Council welcomes the Commission's report on the single market and\n\
    \u{20}       invites the co-legislators to conclude the files listed in the annex.¹\n\n\
    III.    MIGRATION\n\n\
    3.      The European Council held a strategic discussion on migration.\n\n\
    ¹ Hungary does not associate itself with this paragraph.\n";

#[test]
fn a_bare_bijlage_over_the_carried_report_is_no_title() {
    let report = analyze_text(CONCLUSIONS_IN_A_LETTER, &Config::default());
    let m = &report.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("European Council meeting (23 and 24 October 2026) – Conclusions")
    );
    // The title's last word names the kind, however long the title's head.
    assert_eq!(m.kind, report_core::DocumentKind::LetterWithMeetingReport);
    assert_eq!(m.meeting_dates, ["2026-10-23", "2026-10-24"]);
    assert_eq!(m.letter_date.as_deref(), Some("2026-10-30"));
}

#[test]
fn a_plural_noun_before_the_auxiliarys_participle_is_no_verb() {
    let statements = |text: &str| -> Vec<String> {
        analyze_text(text, &Config::default())
            .statements
            .iter()
            .map(|s| format!("{} | {} | {:?}", s.actor, s.verb, s.stance))
            .collect()
    };
    // `vragen` reads as a verb (`vragen om`), which used to end the auxiliary's search.
    let text = "Verslag van de Raad\n\n1. Rechtsstaat\n\nNederland heeft vragen gesteld over \
        de rechtsstaat. België heeft kritische vragen gesteld over de rechters. De lidstaten \
        vragen om meer geld.\n";
    assert_eq!(
        statements(text),
        [
            "country:nl | heeft gesteld | Neutral",
            "country:be | heeft gesteld | Reservation",
            "collective:member-states | vragen om | Neutral",
        ]
    );
}

#[test]
fn a_subject_beside_its_label_goes_on_under_it() {
    let title = |text: &str| analyze_text(text, &Config::default()).metadata.title;
    let text = "Council of the\nEuropean Union\n\
        \u{20}                                                   Brussels, 14 November 2026\n\
        \u{20}                                                   (OR. en)\n\n\
        \u{20}                                                   15233/26\n\n\
        NOTE\n\
        From:           Presidency\n\
        To:             Permanent Representatives Committee/Council\n\
        Subject:        Proposal for a Regulation on health data\n\
        \u{20}               – Progress report\n\n\n\
        I.       INTRODUCTION\n\n\
        1.       On 3 March 2026, the Commission submitted to the Council the above proposal, \
        which aims to improve the use of health data.\n\n\
        II.      STATE OF PLAY\n\n\
        2.       Germany and Austria called for the exclusion of genetic data.\n";
    assert_eq!(
        title(text).as_deref(),
        Some("Proposal for a Regulation on health data – Progress report")
    );
    // A next line that starts a sentence of its own is no part of the subject.
    let apart = text.replace("– Progress report", "Delegations will find the report.");
    assert_eq!(
        title(&apart).as_deref(),
        Some("Proposal for a Regulation on health data")
    );
}

#[test]
fn a_numbered_paragraph_ending_in_a_superscript_footnote_mark_is_no_heading() {
    let report = analyze_text(CONCLUSIONS_IN_A_LETTER, &Config::default());
    expect![[r#"
        0 [I] UKRAINE
        1 [II] COMPETITIVENESS
        2 [III] MIGRATION
    "#]]
    .assert_eq(&outline_text(&report));
    // Without the mark the paragraph is a sentence all the same.
    let plain = CONCLUSIONS_IN_A_LETTER.replace("annex.¹", "annex.");
    assert_eq!(
        outline_of(&plain),
        outline_text(&report),
        "the mark changes the outline"
    );
}
