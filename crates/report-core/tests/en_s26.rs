//! Session 26: English EU Council outcome documents in layouts nobody had shown the analyzer
//! (fixtures under `fixtures/s26`): an older outcome press release with a `PROVISIONAL VERSION`
//! running head, a `Main results of the Council` box, participants under `Country:` labels
//! and a public vote (`Votes against: HU, SK` ⏎ `Abstentions: AT, BE`); a background brief set
//! by `pdftotext` without `-layout`, with military officers by their ranks; a press release
//! copied from the Council's web page, with quotes and a provisional deal. And the weak spots
//! the last round left: the Presidency of the country that chairs, `I want to be honest`, a
//! second agent of a passive, ranks in names.

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

use actor_rows::{actors, people};
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check, statements_quoting};

const ENVI: &str = "s26/en-outcome-envi-provisional-votes.txt";
const BRIEF: &str = "s26/en-background-brief-fac-defence.txt";
const PRESS: &str = "s26/en-press-release-web-provisional-deal.txt";

/// `(id, role, affiliation)` of the people of `text`, as plain strings.
fn persons(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    actors(text, "person:")
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// The affiliation of the actor `id` of `text`.
fn affiliation_of(text: &str, id: &str) -> Option<String> {
    analyze_text(text, &Config::default())
        .actors
        .into_iter()
        .find(|a| a.id == id)
        .and_then(|a| a.affiliation)
}

#[test]
fn a_military_rank_is_a_title_not_part_of_the_name() {
    let text = "Vice-Admiral Lucia Ferraro, Operation Commander of EUNAVFOR ASPIDES, said the \
                threat remained. Admiral Ferraro told journalists that more ships were needed.\n";
    assert_eq!(
        persons(text),
        [(
            "person:lucia-ferraro".to_string(),
            some("Operation Commander of EUNAVFOR ASPIDES"),
            None
        )]
    );
    assert_eq!(
        statements_quoting(text, "journalists"),
        ["person:lucia-ferraro told Neutral"]
    );
    // A rank alone before the name is the role.
    assert_eq!(
        persons("General Ingrid Halvorsen presented the advice of the committee.\n"),
        [("person:ingrid-halvorsen".to_string(), some("General"), None)]
    );
    assert_eq!(
        persons("Colonel Ana Beltrán said the plan was ready.\n"),
        [("person:ana-beltran".to_string(), some("Colonel"), None)]
    );
    assert_eq!(
        persons("Lieutenant General Marek Novak briefed the ministers.\n"),
        [(
            "person:marek-novak".to_string(),
            some("Lieutenant General"),
            None
        )]
    );
    // A rank names no one where no name follows it.
    let text = "The General Affairs Council met. The General Secretariat of the Council \
                prepared a note. Ministers reached a general approach.\n";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

#[test]
fn a_portfolio_or_body_after_an_article_or_acronym_is_no_name() {
    // `Minister for the Ecological Transition`: the words after `the` are the portfolio's.
    assert_eq!(
        persons("Ms Carmen Ruiz, Minister for the Ecological Transition, spoke first.\n"),
        [(
            "person:carmen-ruiz".to_string(),
            some("Minister for the Ecological Transition"),
            None
        )]
    );
    // `… of the EU Military Staff`: the body's name after its acronym.
    let text = "Major General Tom Hale, Director General of the EU Military Staff, spoke.\n";
    let found = persons(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "person:tom-hale");
    // `… of the Commission for Tech Sovereignty`: after `for`, the portfolio's words.
    let text = "Henna Virtanen, Executive Vice-President of the Commission for Tech Sovereignty, \
                said that the deal was good.\n";
    let found = persons(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "person:henna-virtanen");
    // A name after the role's own words still closes the phrase.
    assert_eq!(
        persons("Commissioner for Enlargement Petra Lindqvist said the talks would go on.\n"),
        [(
            "person:petra-lindqvist".to_string(),
            some("Commissioner for Enlargement"),
            some("org:european-commission")
        )]
    );
}

#[test]
fn a_second_agent_of_a_passive_with_its_own_by() {
    check(&[
        (
            "The compromise was supported by Spain and by the Portuguese delegation.",
            &[
                ("country:es", "supported", Support),
                ("country:pt", "supported", Support),
            ],
        ),
        (
            "Ministers were informed by the Presidency and by the Commission about the outcome.",
            &[
                ("role:presidency", "informed", Neutral),
                ("org:european-commission", "informed", Neutral),
            ],
        ),
        (
            "The clarification was requested by Germany and by the Dutch delegation.",
            &[
                ("country:de", "requested", Neutral),
                ("country:nl", "requested", Neutral),
            ],
        ),
        // `by` after `and` without an actor: nothing more.
        (
            "The text was supported by Spain and by a large majority.",
            &[("country:es", "supported", Support)],
        ),
    ]);
}

#[test]
fn wanting_to_be_honest_is_no_statement() {
    check(&[
        ("I want to be honest with you: this was not easy.", &[]),
        (
            "The Commissioner wanted to be frank with the ministers.",
            &[],
        ),
        (
            "France wants a longer transition period.",
            &[("country:fr", "wants", Support)],
        ),
    ]);
    assert_eq!(
        statements_quoting("Mr Jan Berg said that he wanted to be honest.\n", "honest"),
        ["person:jan-berg said Neutral"]
    );
}

#[test]
fn the_presidency_is_the_country_of_the_president_on_the_cover() {
    let text = "OUTCOME OF THE COUNCIL MEETING\n\nEnvironment\n\n\
                President         Ms Anna Lindqvist\n\
                \x20                 Minister for Climate of Sweden\n\n\
                ITEMS DEBATED\n\nClimate\n\nThe Presidency presented a compromise.\n";
    assert_eq!(
        affiliation_of(text, "role:presidency").as_deref(),
        Some("country:se")
    );
    // The label above the name, as `pdftotext` without `-layout` sets it.
    let text = "Outcome of the Council meeting\nEnvironment\nPresident\nAnna Lindqvist\n\
                Minister for Climate of Sweden\nITEMS DEBATED\nClimate\n\
                The Presidency presented a compromise.\n";
    assert_eq!(
        affiliation_of(text, "role:presidency").as_deref(),
        Some("country:se")
    );
    // Without a president on the cover the Presidency has no country.
    let text = "ITEMS DEBATED\n\nClimate\n\nThe Presidency presented a compromise. Ms Anna \
                Lindqvist, Minister for Climate of Sweden, said it was fair.\n";
    assert_eq!(affiliation_of(text, "role:presidency"), None);
}

#[test]
fn a_record_of_public_votes_is_each_members_vote() {
    check(&[
        (
            "Votes against: HU, SK",
            &[
                ("country:hu", "Votes against", Oppose),
                ("country:sk", "Votes against", Oppose),
            ],
        ),
        (
            "Abstentions: AT, BE",
            &[
                ("country:at", "Abstentions", Reservation),
                ("country:be", "Abstentions", Reservation),
            ],
        ),
        (
            "Votes against: PL; Abstentions: CZ and SI.",
            &[
                ("country:pl", "Votes against", Oppose),
                ("country:cz", "Abstentions", Reservation),
                ("country:si", "Abstentions", Reservation),
            ],
        ),
        ("Against: DE", &[("country:de", "Against", Oppose)]),
        // Not a label: `against` inside a sentence, or with no colon after it.
        (
            "The text was adopted against the advice of the Commission.",
            &[],
        ),
        ("Abstentions were few.", &[]),
    ]);
}
