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
        // Honesty wanted of a thing is a view of it.
        (
            "France wants an honest assessment of the costs.",
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

#[test]
fn the_older_outcomes_cover_titles_dates_and_places_the_meeting() {
    let r = fixture_file::report(ENVI);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("3912th Council meeting: Environment")
    );
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2026-10-21"]);
    assert_eq!(m.place.as_deref(), Some("Luxembourg"));
    assert_eq!(
        m.reference.as_ref().map(|x| x.dossier.as_str()),
        Some("16025/26")
    );
}

#[test]
fn the_older_outcomes_outline() {
    // `2040 CLIMATE TARGET`: a heading in capitals that opens with a year.
    expect![[r#"
        0 [-] Main results of the Council
        1 [-] PARTICIPANTS
        2 [-] ITEMS DEBATED
          3 [-] END-OF-LIFE VEHICLES
          4 [-] 2040 CLIMATE TARGET
          5 [-] PREPARATIONS FOR COP31 – Council conclusions
          6 [-] ANY OTHER BUSINESS
        7 [-] OTHER ITEMS APPROVED
          8 [-] ENVIRONMENT
            9 [-] Persistent organic pollutants
            10 [-] Ship recycling – list of facilities
          11 [-] AGRICULTURE
            12 [-] Plant reproductive material – public vote
    "#]]
    .assert_eq(&outline_text(&fixture_file::report(ENVI)));
}

#[test]
fn the_older_outcomes_participants_and_presidency() {
    let r = fixture_file::report(ENVI);
    expect![[r#"
        Henrik Sørvik | Commissioner | org:european-commission
        Mette Kjærsgaard Holm | Minister for the Environment and Gender Equality | country:dk
        Carmen Alonso Ruiz | Minister for the Ecological Transition | country:es
        Florian Gruber | Federal Minister for Climate Action | country:at
        Jonas Weidenfeld | Federal Minister for the Environment, Nature Conservation and Nuclear Safety | country:de
        Lotte Dewaele | Federal Minister for Climate and the Green Deal | country:be
        Rasmus Bjerre | Deputy Permanent Representative | country:dk
        Tomáš Krejčí | Deputy Minister for the Environment | country:cz
        Zofia Wiśniewska | Minister for Climate and Environment | country:pl
    "#]].assert_eq(&people(&r));
    let presidency = r.actors.iter().find(|a| a.id == "role:presidency");
    assert_eq!(
        presidency.and_then(|a| a.affiliation.as_deref()),
        Some("country:dk")
    );
}

#[test]
fn the_older_outcomes_statements() {
    expect![[r#"
        collective:ministers held debate Neutral
        collective:ministers adopted Support
        org:council agreed Support
        role:presidency presented Neutral
        country:es supported Support
        country:pt supported Support
        country:de opposed Oppose
        country:at opposed Oppose
        country:pl expressed Reservation
        collective:ministers held debate Neutral
        collective:most-delegations welcomed Support
        collective:several-ministers insisted Neutral
        person:henrik-sorvik said Neutral
        org:council adopted Support
        role:presidency informed Neutral
        org:european-commission informed Neutral
        country:cz briefed Neutral
        org:council adopted Support
        country:hu Votes against Oppose
        country:sk Votes against Oppose
        country:at Abstentions Reservation
        country:be Abstentions Reservation
    "#]]
    .assert_eq(&all_rows(&fixture_file::report(ENVI)));
}

#[test]
fn the_background_brief_is_the_agenda_of_the_coming_meeting() {
    let r = fixture_file::report(BRIEF);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Foreign Affairs Council (Defence)")
    );
    assert_eq!(format!("{:?}", m.kind), "Agenda");
    assert_eq!(m.meeting_dates, ["2026-05-12"]);
    assert_eq!(m.place.as_deref(), Some("Brussels"));
    // The place under the day and the press office over its address are no sections.
    expect![[r#"
        0 [-] European Defence Agency Steering Board
        1 [-] Support to Ukraine
        2 [-] CSDP missions and operations at sea
        3 [-] Military mobility
        4 [-] Other items
        5 [-] Press arrangements
        6 [-] Useful links
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn the_background_briefs_officers_by_rank() {
    let r = fixture_file::report(BRIEF);
    expect![[r#"
        Tomas Reinholt | High Representative for Foreign Affairs and Security Policy | org:eeas
        Lucia Ferraro | Operation Commander of EUNAVFOR ASPIDES | -
        Ana Beltrán | Colonel | -
        Ingrid Halvorsen | Chair of the EU Military Committee | org:eu
        Marek Zieliński | Commander of EUMAM Ukraine | country:ua
        Oleh Tkachuk | Minister of Defence | country:ua
        Pavel Hruška | Chief Executive of the EDA | org:eda
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        person:pavel-hruska will present Neutral
        person:marek-zielinski will brief Neutral
        person:lucia-ferraro will report Neutral
        person:lucia-ferraro told Neutral
        person:ingrid-halvorsen will present Neutral
        collective:several-member-states called for Support
        country:fi support Support
        country:ee support Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_web_press_release_is_titled_by_its_headline() {
    let r = fixture_file::report(PRESS);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Cybersecurity: Council and Parliament strike deal on the Cyber Resilience Act review"
        )
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-03"));
    expect![[r#"
        0 [-] Main elements of the agreement
        1 [-] Single reporting platform
        2 [-] Relief for microenterprises
        3 [-] Open-source software
        4 [-] Next steps
        5 [-] Background
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn the_web_press_releases_ministers_and_votes() {
    let r = fixture_file::report(PRESS);
    expect![[r#"
        Andreas Charalambous | Deputy Minister for Research, Innovation and Digital Policy of Cyprus | country:cy
        Elena Georgiou | Cypriot Minister for Energy, Commerce and Industry | country:cy
        Henna Virtanen | Executive Vice-President of the Commission for Tech Sovereignty | -
    "#]].assert_eq(&people(&r));
    let presidency = r.actors.iter().find(|a| a.id == "role:presidency");
    assert_eq!(
        presidency.and_then(|a| a.affiliation.as_deref()),
        Some("country:cy")
    );
    expect![[r#"
        person:andreas-charalambous said Neutral
        person:henna-virtanen said Neutral
        org:european-parliament opposed Oppose
        collective:several-member-states opposed Oppose
        country:de requested Neutral
        country:nl requested Neutral
        org:european-commission proposed Neutral
        org:council agreed Support
        country:hu Votes against Oppose
        country:pl Abstentions Reservation
        country:sk Abstentions Reservation
        person:elena-georgiou welcomed Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_record_of_votes_joined_to_the_next_line_lists_only_its_members() {
    // Without blank lines the record runs on into the next sentence: the list ends there.
    check(&[(
        "Abstentions: AT, BE The Hungarian delegation made a statement.",
        &[
            ("country:at", "Abstentions", Reservation),
            ("country:be", "Abstentions", Reservation),
        ],
    )]);
}

#[test]
fn a_heading_in_capitals_may_open_with_a_year() {
    let text = "ITEMS DEBATED\n\nEND-OF-LIFE VEHICLES\n\nThe Council agreed its position.\n\n\
                2040 CLIMATE TARGET\n\nMinisters held a policy debate.\n\n\
                12 MEMBER STATES\n\nTwelve member states spoke.\n";
    let r = analyze_text(text, &Config::default());
    let outline = outline_text(&r);
    assert!(outline.contains("2040 CLIMATE TARGET"), "{outline}");
    // A number that is no year opens no heading in capitals.
    assert!(!outline.contains("12 MEMBER STATES"), "{outline}");
}

#[test]
fn a_press_label_joined_to_its_date_and_time_dates_and_titles_the_release() {
    let text = "Council of the EU\n\nPress release 3 March 2026 22:40\n\n\
                Council adopts new rules on ship recycling\n\n\
                The Council adopted a regulation on ship recycling today.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Council adopts new rules on ship recycling")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-03"));
    assert!(!outline_text(&r).contains("Press release"));
    // The time on a line of its own under the date.
    let text = "Press release\n3 March 2026\n22:40\n\nCouncil adopts new rules on ship \
                recycling\n\nThe Council adopted a regulation on ship recycling today.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Council adopts new rules on ship recycling")
    );
}

#[test]
fn a_background_brief_and_a_numbered_meeting_are_titled_by_their_meeting() {
    let text = "Council of the European Union\nBACKGROUND\nAgriculture and Fisheries Council\n\
                Monday, 26 January 2026\nBrussels\n\
                Ministers will discuss the situation on agricultural markets.\n";
    let r = analyze_text(text, &Config::default());
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Agriculture and Fisheries Council")
    );
    assert_eq!(format!("{:?}", m.kind), "Agenda");
    assert_eq!(m.meeting_dates, ["2026-01-26"]);
    assert_eq!(m.place.as_deref(), Some("Brussels"));
    // A weekday before the date is no place.
    assert_ne!(m.place.as_deref(), Some("Monday"));
    let text = "PRESS RELEASE\n\n3901st Council meeting\n\nAgriculture and Fisheries\n\n\
                Brussels, 26 January 2026\n\nITEMS DEBATED\n\nMarkets\n\n\
                The Council discussed the markets.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("3901st Council meeting: Agriculture and Fisheries")
    );
}
