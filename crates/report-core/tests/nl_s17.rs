//! Session 17: Dutch reports nobody had shown the analyzer (fixtures under `fixtures/s17`): a
//! Kamerstuk letter with its report of a JHA Council laid out by pdftotext, a committee
//! debate whose speaker labels follow the speech without a blank line, an annotated agenda
//! with a side column, and a written consultation (VSO) full of party acronyms.

use report_core::{analyze_text, Config, Report, Stance};

mod statement_rows;
use statement_rows::statements_quoting;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

const VERSLAG: &str = include_str!("fixtures/s17/kamerstuk-verslag-jbz-nl.txt");
const DEBAT: &str = include_str!("fixtures/s17/commissiedebat-asiel-nl.txt");
const AGENDA: &str = include_str!("fixtures/s17/geannoteerde-agenda-jbz-nl.txt");
const VSO: &str = include_str!("fixtures/s17/vso-jbz-nl.txt");

/// The name of the actor `id` in the report of `text`.
fn actor_name(text: &str, id: &str) -> String {
    let r = run(text);
    r.actors
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

#[test]
fn names_both_languages_write_alike_tell_nothing_of_the_language() {
    // Party acronyms (`SP`, `NSC`, `GroenLinks-PvdA`) are the Dutch and the English name at
    // once: a Dutch report full of them still names the Council in Dutch.
    assert_eq!(actor_name(VSO, "org:council"), "Raad van de Europese Unie");
    assert_eq!(actor_name(VSO, "org:tweede-kamer"), "Tweede Kamer");
    let text = "De leden van de SP-fractie, de NSC-fractie en de fractie van GroenLinks-PvdA \
                steunen het voorstel. De SP vraagt of Portugal en Malta het steunen. De Raad \
                sprak erover.";
    assert_eq!(actor_name(text, "org:council"), "Raad van de Europese Unie");
}

#[test]
fn a_dutch_board_named_raad_voor_is_not_the_council() {
    use Stance::*;
    statement_rows::check(&[
        (
            "De Raad voor de rechtspraak heeft gewezen op de gevolgen voor de werklast.",
            &[("org:raad-voor-de-rechtspraak", "heeft gewezen", Neutral)],
        ),
        (
            "De Raad voor de Kinderbescherming steunt het voorstel.",
            &[("org:raad-voor-de-kinderbescherming", "steunt", Support)],
        ),
        (
            "De Raad steunt het voorstel.",
            &[("org:council", "steunt", Support)],
        ),
    ]);
    let r = run(AGENDA);
    let council = r.actors.iter().find(|a| a.id == "org:council").unwrap();
    let rechtspraak = r
        .actors
        .iter()
        .find(|a| a.id == "org:raad-voor-de-rechtspraak")
        .unwrap();
    assert_eq!(rechtspraak.mentions.len(), 2);
    assert!(council
        .mentions
        .iter()
        .all(|m| !r.text[m.range.start..].starts_with("Raad voor")));
}

#[test]
fn a_paragraph_hyphenated_over_a_kamerstuk_page_break_is_joined() {
    // The body of a Kamerstuk sits under a wide left margin; the lines after a footer, all
    // at that margin with nothing on their left, are no side column to set apart.
    let r = run(VERSLAG);
    assert!(
        r.text.contains(
            "Volgens Hongarije moeten de binnengrenscontroles kunnen worden verlengd zolang"
        ),
        "{}",
        r.text
    );
    assert!(
        !r.text.contains("vergaderjaar 2025–2026, 32 317"),
        "{}",
        r.text
    );
}

#[test]
fn a_speaker_label_under_a_speech_without_a_blank_line_opens_a_turn() {
    let text = "De voorzitter:\nIk geef het woord aan mevrouw Vondeling.\n\
                Mevrouw Vondeling (PVV):\n\
                Voorzitter. Ik vraag de Minister om dat in Brussel te doen en om de Kamer \
                daarover te informeren.\n\
                Mevrouw Van der Werf (D66):\nIk steun dat voorstel niet.\n\
                Minister Van Weel:\nIk steun het wel.\n";
    let r = run(text);
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    assert_eq!(
        rows,
        [
            "person:vondeling vraag Neutral",
            "person:van-der-werf steun Oppose",
            "person:van-weel steun Support"
        ]
    );
    // In the whole report: the label is a paragraph of its own, not the end of the speech.
    let r = run(DEBAT);
    assert!(
        r.text
            .contains("in Brussel te doen.\n\nMevrouw Van der Werf (D66):\n\n"),
        "{}",
        r.text
    );
}

#[test]
fn a_niet_after_a_demonstratives_object_denies_the_verb() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Frankrijk steunt dat voorstel niet.",
            &[("country:fr", "steunt", Oppose)],
        ),
        (
            "Frankrijk steunt die aanpak niet, want die is te duur.",
            &[("country:fr", "steunt", Oppose)],
        ),
        // `dat` opening a clause: its `niet` is the clause's own.
        (
            "Frankrijk steunt dat de Commissie niet wacht.",
            &[("country:fr", "steunt", Support)],
        ),
    ]);
}

/// The statements of `text` as `actor verb stance`.
fn statement_list(text: &str) -> Vec<String> {
    let r = run(text);
    r.statements.iter().map(statement_rows::row).collect()
}

#[test]
fn the_infinitive_after_an_auxiliary_of_intent_is_its_subjects() {
    use Stance::*;
    // A speaker's `Ik zal …`: the speaker speaks, the Kamer is informed.
    assert_eq!(
        statement_list(
            "Minister Keijzer:\n\nIk zal de Kamer na de Raad informeren over de uitkomst.\n\n\
             Minister Van Weel:\n\nIk zal in de Raad pleiten voor meer samenwerking.\n"
        ),
        [
            "person:keijzer informeren Neutral",
            "person:van-weel pleiten Support"
        ]
    );
    statement_rows::check(&[
        // A phrase between the auxiliary and the infinitive's object.
        (
            "Nederland zal in de Raad het voorstel steunen.",
            &[("country:nl", "steunen", Support)],
        ),
        // The required particle before the infinitive.
        (
            "Frankrijk zal in de Raad tegen het voorstel stemmen.",
            &[("country:fr", "stemmen tegen", Oppose)],
        ),
        ("Nederland zal in de Raad stemmen.", &[]),
        (
            "Het voorzitterschap zal de Raad informeren.",
            &[("role:presidency", "informeren", Neutral)],
        ),
    ]);
    // A VSO's bare `de Minister` before the auxiliary is the minister its introduction names.
    assert_eq!(
        statements_quoting(VSO, "niet tegen dit onderdeel stemmen"),
        ["person:d-m-van-weel stemmen tegen Neutral"]
    );
    assert_eq!(
        statements_quoting(DEBAT, "Ik zal"),
        [
            "person:van-weel pleiten Support",
            "person:keijzer informeren Neutral"
        ]
    );
}

#[test]
fn a_list_inside_an_opening_phrase_is_no_subject() {
    use Stance::*;
    statement_rows::check(&[
        (
            "Op verzoek van Nederland en België sprak de Raad over de aanpak van drugscriminaliteit.",
            &[("org:council", "sprak over", Neutral)],
        ),
        (
            "Unlike Austria, Slovenia supported the extension.",
            &[
                ("country:si", "supported", Support),
                ("country:at", "supported", Oppose),
            ],
        ),
        (
            "On behalf of the Presidency, Ana Pereira welcomed the agreement.",
            &[("person:ana-pereira", "welcomed", Support)],
        ),
    ]);
    assert_eq!(
        statements_quoting(VERSLAG, "Op verzoek van"),
        ["org:council sprak over Neutral"]
    );
}

#[test]
fn hij_after_a_bare_title_is_the_person_it_stood_for() {
    // The committee's chair was the last person named, before the minister's answer.
    assert_eq!(
        statements_quoting(VSO, "Hij is van mening"),
        ["person:d-m-van-weel is mening Neutral"]
    );
}
