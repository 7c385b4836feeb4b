//! Session 21: Dutch weak spots left open by the earlier rounds, and reports nobody had shown
//! the analyzer (fixtures under `fixtures/s21`): the Handelingen of a debate in which two
//! ministers give their appreciation of the motions (`Die motie krijgt oordeel Kamer`), with
//! a page header, words hyphenated at line ends and a page number; and a supervisor's
//! Markdown annual report signed `**Naam**` over a role line, with footnotes after it.

use report_core::{Report, Stance};

mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s21/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s21/{name}"))
}

use statement_rows::statements_in as quoting;

const DEBAT: &str = "handelingen-stemmingen-appreciatie-nl.txt";
const JAAR: &str = "jaarverslag-toezichthouder-voetnoten-nl.md";

#[test]
fn a_particle_joined_to_the_infinitive_is_a_preposition_after_an_auxiliary_of_intent() {
    use Stance::*;
    statement_rows::check(&[
        // `aangeven` is written as one word: `geven aan` after `wil` gives priority to
        // something, a view in favour of it.
        (
            "Nederland wil prioriteit geven aan de kapitaalmarktunie.",
            &[("country:nl", "geven prioriteit", Support)],
        ),
        // `om` is no particle written joined to `vragen`: it stays the verb's.
        (
            "Nederland zal de Commissie vragen om een nieuwe analyse.",
            &[("country:nl", "vragen om", Neutral)],
        ),
        // Without an auxiliary, `geven aan` is the verb `aangeven` in a main clause.
        (
            "Frankrijk en Duitsland geven aan dat zij het voorstel steunen.",
            &[
                ("country:fr", "geven aan", Neutral),
                ("country:de", "geven aan", Neutral),
                ("country:fr", "steunen", Support),
                ("country:de", "steunen", Support),
            ],
        ),
        (
            "Duitsland gaf prioriteit aan de defensie-industrie.",
            &[("country:de", "gaf prioriteit", Support)],
        ),
        (
            "Duitsland gaf aan dat het voorstel te ver gaat.",
            &[("country:de", "gaf aan", Neutral)],
        ),
    ]);
}

#[test]
fn a_joined_particle_far_before_the_verb_of_a_subordinate_clause_is_a_preposition() {
    use Stance::*;
    // `in de Raad` is where the vote is cast, not `instemmen`: the clause no longer reads as
    // support (it was `stemmen in`). Its `tegen … zal stemmen` is read: `zal` is the finite
    // verb of the clause, singular like its subject.
    statement_rows::check(&[(
        "Nederland gaf aan dat Nederland in de Raad tegen het voorstel zal stemmen.",
        &[
            ("country:nl", "gaf aan", Neutral),
            ("country:nl", "stemmen tegen", Oppose),
        ],
    )]);
    // A member's question in the debate says nothing of the minister's vote.
    let r = fixture(DEBAT);
    assert_eq!(quoting(&r, "tegen eurobonds"), Vec::<String>::new());
}

#[test]
fn a_motion_that_gets_oordeel_kamer_is_judged_by_the_minister_whose_turn_it_is() {
    let r = fixture(DEBAT);
    assert_eq!(
        quoting(&r, "van de heer Kops verzoekt"),
        Vec::<String>::new()
    );
    assert_eq!(
        quoting(&r, "Die motie krijgt oordeel Kamer."),
        ["person:schoof krijgt oordeel Neutral"]
    );
    // The second minister's turn: his motion, his appreciation.
    assert_eq!(
        quoting(&r, "omdat zij in lijn is"),
        ["person:van-weel krijgt oordeel Neutral"]
    );
    assert_eq!(
        quoting(&r, "Die motie ontraad ik."),
        ["person:van-weel ontraad Oppose"]
    );
    // Outside a speaker's turn nobody judges the motion.
    assert_eq!(
        statement_rows::statements_quoting(
            "Verslag\n\nDe motie van de heer Kops krijgt oordeel Kamer.\n",
            "krijgt"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn the_debates_statements_in_order() {
    let r = fixture(DEBAT);
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    expect_test::expect![[r#"
        person:schoof krijgt oordeel Neutral
        role:cabinet geven prioriteit Support
        person:schoof ontraad Oppose
        person:schoof geef oordeel Neutral
        role:cabinet vragen om Neutral
        person:van-weel krijgt oordeel Neutral
        person:van-weel ontraad Oppose
    "#]]
    .assert_eq(&(rows.join("\n") + "\n"));
}

#[test]
fn a_markdown_signature_in_bold_over_its_role_with_footnotes_after_it_signs() {
    let r = fixture(JAAR);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"Voorzitter van de Raad van Bestuur\")/Some(\"Marloes de Groot-Visser\")")
    );
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Jaarverslag 2026 Autoriteit Digitale Infrastructuur")
    );
    let s = metadata_rows::signatories;
    metadata_rows::check_fields(&[
        (
            "bold name over a role, footnotes after",
            "# Jaarverslag\n\nIn 2026 hebben wij veel bereikt.[^1]\n\nMet vriendelijke groet,\n\n\
             **Annelies van Dijk**\nInspecteur-generaal\n\n[^1]: Zie bijlage 2.\n\n\
             [^2]: Het jaarplan is op 1 februari gepubliceerd.\n",
            s,
            Some("Some(\"Inspecteur-generaal\")/Some(\"Annelies van Dijk\")"),
        ),
        (
            "a plain name over a role, last",
            "Jaarverslag\n\nIn 2026 hebben wij veel bereikt.\n\nMet vriendelijke groet,\n\n\
             Marloes de Groot-Visser\nVoorzitter van de Raad van Bestuur\n",
            s,
            Some("Some(\"Voorzitter van de Raad van Bestuur\")/Some(\"Marloes de Groot-Visser\")"),
        ),
        (
            "a closing over a heading and its text signs nothing",
            "# Jaarverslag\n\nIn 2026 hebben wij veel bereikt.\n\nMet vriendelijke groet,\n\n\
             Raad van Bestuur\n\nDe Raad vergaderde vier keer.\n",
            s,
            Some(""),
        ),
    ]);
}

#[test]
fn the_annual_reports_outline_and_statements() {
    let r = fixture(JAAR);
    expect_test::expect![[r#"
        0 [-] Voorwoord
        1 [-] Kerncijfers
        2 [-] Toezicht en handhaving
          3 [-] Inspecties
          4 [-] Samenwerking
        5 [-] Vooruitblik
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    expect_test::expect![[r#"
        role:nl-minister-van-economische-zaken heeft aangegeven Neutral
        org:european-commission vroeg Neutral
    "#]]
    .assert_eq(&(rows.join("\n") + "\n"));
}
