//! Session 25: English weak spots and EU Council outcome documents in layouts nobody had shown
//! the analyzer (fixtures under `fixtures/s25`): a person's office and body in brackets after
//! the name, a participants row joined to its role, what delegations want and would prefer, a
//! text of member-state codes only, procedure fields of committee minutes; a Justice and Home
//! Affairs outcome set by `pdftotext -layout` with a two-column cover, a contents page with
//! dot leaders, participants under countries in capitals and footers with the desk's codes.

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

const JHA: &str = "s25/en-outcome-jha-contents-participants.txt";

/// `(id, role, affiliation)` of the people of `text`, as plain strings.
fn persons(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    actors(text, "person:")
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn an_office_and_its_body_in_brackets_after_a_name_are_the_persons() {
    let text = "Nadia Bakker (Executive Director, EUAA) presented the work programme. \
                She said the agency would deploy more experts.\n";
    assert_eq!(
        persons(text),
        [(
            "person:nadia-bakker".to_string(),
            some("Executive Director"),
            some("org:euaa")
        )]
    );
    assert_eq!(
        statements_quoting(text, "presented"),
        ["person:nadia-bakker presented Neutral"]
    );
    // A role phrase inside the bracket, and a country after its comma.
    assert_eq!(
        persons("Ana Duarte Lopes (Minister for Foreign Affairs, Portugal) stressed the point.\n"),
        [(
            "person:ana-duarte-lopes".to_string(),
            some("Minister for Foreign Affairs"),
            some("country:pt")
        )]
    );
    // A bracket that names no office is no role.
    assert_eq!(
        persons("Sofia Andrade (Portugal) spoke in favour.\n"),
        [("person:sofia-andrade".to_string(), None, some("country:pt"))]
    );
}

#[test]
fn an_office_joined_to_a_participants_name_is_the_role() {
    let text = "Participants\n\nMr Jan Novak Commissioner\nMs Ana Silva Minister for Foreign \
                Affairs\n\nThe meeting opened at 10.00.\n";
    assert_eq!(
        persons(text),
        [
            (
                "person:ana-silva".to_string(),
                some("Minister for Foreign Affairs"),
                None
            ),
            (
                "person:jan-novak".to_string(),
                some("Commissioner"),
                some("org:european-commission")
            ),
        ]
    );
}

#[test]
fn collectives_want_feel_and_would_prefer() {
    check(&[
        (
            "Most member states want a faster procedure.",
            &[("collective:most-member-states", "want", Support)],
        ),
        (
            "Several delegations would prefer a longer transition period.",
            &[("collective:several-delegations", "would prefer", Neutral)],
        ),
        (
            "A number of ministers asked for more funding.",
            &[("collective:several-ministers", "asked", Neutral)],
        ),
        (
            "Some ministers would like a review clause.",
            &[("collective:several-ministers", "would like", Neutral)],
        ),
        (
            "A number of member states felt that more time was needed.",
            &[("collective:several-member-states", "felt", Neutral)],
        ),
        (
            "Several delegations considered that the proposal went too far.",
            &[("collective:several-delegations", "considered", Neutral)],
        ),
        (
            "Most ministers wanted more flexibility.",
            &[("collective:most-ministers", "wanted", Support)],
        ),
        (
            "Several ministers pleaded for a longer transition.",
            &[("collective:several-ministers", "pleaded for", Support)],
        ),
        (
            "France and Italy want more time.",
            &[
                ("country:fr", "want", Support),
                ("country:it", "want", Support),
            ],
        ),
        // Wanting to do a thing is no view of it.
        (
            "Germany wanted to know the costs.",
            &[("country:de", "wanted", Neutral)],
        ),
    ]);
}

#[test]
fn dutch_want_is_no_english_verb() {
    // `want` is Dutch for `because`: after a comma or a clause it names no wish.
    check(&[
        (
            "De Commissie zweeg, want zij wil eerst het advies afwachten.",
            &[],
        ),
        (
            "Het kabinet is kritisch want de lidstaten willen meer tijd.",
            &[("role:cabinet", "is kritisch", Reservation)],
        ),
    ]);
}

#[test]
fn member_state_codes_alone_get_english_names_in_an_english_text() {
    let r = analyze_text(
        "DK, AT and SE supported the proposal; HU opposed.\n",
        &Config::default(),
    );
    let mut names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Austria", "Denmark", "Hungary", "Sweden"]);
    // A Dutch text of codes keeps the Dutch names.
    let r = analyze_text(
        "DK, AT en SE steunden het voorstel; HU was tegen.\n",
        &Config::default(),
    );
    assert!(
        r.actors.iter().any(|a| a.name == "Denemarken"),
        "{:?}",
        r.actors
    );
}

#[test]
fn procedure_fields_of_committee_minutes_head_no_section() {
    let text = "MINUTES\n\n1.       Adoption of agenda\n\n         The agenda was adopted.\n\n\
                2.       Soil monitoring and resilience\n\n\
                         Rapporteur: Martin Hollis (EPP)                  PR - PE781.001v01-00\n\n\
                         Fond: ENVI\n\n         Opinion: AGRI\n\n         Associated: PECH, REGI\n\n\
                         •     Consideration of draft report\n\n\
                         The rapporteur presented the draft report.\n\n\
                3.       Any other business\n\n         None.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [1] Adoption of agenda
        1 [2] Soil monitoring and resilience
          2 [-] Consideration of draft report
        3 [3] Any other business
    "#]]
    .assert_eq(&outline_text(&r));
    // The label beside the name, a document's number in the next column: he is the
    // rapporteur, and `The rapporteur` is he.
    expect![[r#"
        Martin Hollis | Rapporteur | org:epp-group
    "#]]
    .assert_eq(&people(&r));
    assert_eq!(
        statements_quoting(text, "rapporteur presented"),
        ["person:martin-hollis presented Neutral"]
    );
}

#[test]
fn the_outcomes_cover_gives_title_date_place_and_number() {
    let r = fixture_file::report(JHA);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("OUTCOME OF THE COUNCIL MEETING: Justice and Home Affairs")
    );
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2024-10-10", "2024-10-11"]);
    assert_eq!(m.place.as_deref(), Some("Luxembourg"));
    assert_eq!(
        m.reference.as_ref().map(|x| x.dossier.as_str()),
        Some("14602/24")
    );
}

#[test]
fn the_cover_footer_and_the_contents_page_are_no_sections() {
    // The cover's footer (`14602/24  1` ⏎ `EN`) lacks the desk's codes of the others; once it
    // is furniture the contents page is read as one, and its entries come once, in the body.
    let r = fixture_file::report(JHA);
    assert!(!r.text.contains("EN CONTENTS"), "cover footer left");
    assert!(!r.text.contains("XX/yy"), "a footer left");
    expect![[r#"
        0 [-] PARTICIPANTS
        1 [-] ITEMS DEBATED
          2 [-] HOME AFFAIRS
            3 [-] Migration
              4 [-] Implementation of the Pact on Migration and Asylum
              5 [-] Return policy
            6 [-] State of the Schengen area
            7 [-] Preparation for the EU-Western Balkans Ministerial Forum
          8 [-] JUSTICE
            9 [-] Digital justice: the e-evidence package
            10 [-] Any other business
        11 [-] OTHER ITEMS APPROVED
          12 [-] JUSTICE AND HOME AFFAIRS
            13 [-] Eurojust – cooperation agreement with Armenia
            14 [-] Schengen evaluation of Cyprus
          15 [-] FOREIGN AFFAIRS
            16 [-] Restrictive measures in view of the situation in Libya
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn participants_under_countries_in_capitals() {
    expect![[r#"
        Gábor Farkasházi | Minister of the Interior | country:hu
        Ádám Kertész | Minister of Justice | country:hu
        Bruno Lacombe | Minister of the Interior | country:fr
        Hanne Verbruggen | Minister for the Interior | country:be
        Johan Lindqvist | Minister for Migration | country:se
        Kasper Holmgaard | Minister for Immigration and Integration | country:dk
        Katrin Albrecht | Federal Minister of the Interior and Community | country:de
        Luis Ortega Sanz | Minister for the Interior | country:es
        Marjolein de Graaf | Minister for Asylum and Migration | country:nl
        Pieter Devos | Minister for Justice | country:be
        Stefan Huberth | Federal Minister of the Interior | country:at
        Ylva Andersson | Commissioner | org:european-commission
    "#]]
    .assert_eq(&people(&fixture_file::report(JHA)));
}

#[test]
fn the_outcomes_statements() {
    expect![[r#"
        org:european-commission presented Neutral
        collective:most-member-states want Support
        collective:several-delegations would prefer Neutral
        country:at called for Support
        country:dk called for Support
        country:hu opposed Oppose
        org:council held debate Neutral
        collective:several-ministers asked Neutral
        country:se supported Support
        country:nl supported Support
        country:es expressed Reservation
        person:gabor-farkashazi said Neutral
        org:european-commission presented Neutral
        collective:ministers discussed Neutral
        country:de defended Support
        country:be warned Reservation
        role:presidency informed Neutral
        collective:ministers endorsed Support
        org:council discussed Neutral
        org:european-commission informed Neutral
        country:fr stressed Neutral
        country:de stressed Neutral
        collective:several-delegations felt Neutral
        role:presidency informed Neutral
        country:dk presented Neutral
        org:council adopted Support
        org:council adopted Support
        org:council extended Support
    "#]]
    .assert_eq(&all_rows(&fixture_file::report(JHA)));
}

const WEB: &str = "s25/en-main-results-jha-web.txt";

#[test]
fn a_main_results_page_is_titled_dated_and_placed_by_its_meeting_box() {
    let r = fixture_file::report(WEB);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Justice and Home Affairs Council, 10-11 October 2024")
    );
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2024-10-10", "2024-10-11"]);
    assert_eq!(m.place.as_deref(), Some("Luxembourg"));
}

#[test]
fn the_pages_links_press_contacts_and_share_buttons_are_no_sections() {
    // After the last item: a box of links (`Meeting information` ⏎ `Background brief` ⏎ …),
    // `Press contacts` with names, phone numbers and e-mail addresses, `Share on X` links and
    // `Related content`: the page's chrome, not the report's.
    let r = fixture_file::report(WEB);
    expect![[r#"
        0 [-] Main results
          1 [-] Pact on migration and asylum
          2 [-] Return policy
          3 [-] State of the Schengen area
          4 [-] E-evidence
          5 [-] Other items
    "#]]
    .assert_eq(&outline_text(&r));
    assert!(!r.text.contains("Press officer"), "contacts left");
    assert!(r.actors.iter().all(|a| !a.name.contains("Ribeiro")));
}

#[test]
fn ministers_quoted_on_the_page_speak_with_their_roles() {
    let r = fixture_file::report(WEB);
    expect![[r#"
        Ádám Kertész | Minister of Justice of Hungary | country:hu
        Gábor Farkasházi | Minister of the Interior of Hungary | country:hu
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        collective:ministers discussed Neutral
        collective:ministers discussed Neutral
        org:european-commission presented Neutral
        collective:most-member-states want Support
        collective:several-delegations would prefer Neutral
        person:gabor-farkashazi said Neutral
        country:hu opposed Oppose
        country:at called for Support
        country:dk called for Support
        collective:ministers held debate Neutral
        collective:several-ministers asked Neutral
        country:se supported Support
        country:nl supported Support
        country:es expressed Reservation
        person:adam-kertesz said Neutral
        org:european-commission presented Neutral
        country:de defended Support
        country:be warned Reservation
        org:european-commission informed Neutral
        country:fr stressed Neutral
        country:de stressed Neutral
        collective:several-delegations felt Neutral
        person:adam-kertesz said Neutral
        role:presidency briefed Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn an_adverb_in_a_passive_and_a_council_that_extends_measures() {
    check(&[
        (
            "Ministers were also briefed by the Presidency on current legislative proposals.",
            &[("role:presidency", "briefed", Neutral)],
        ),
        (
            "Ministers were further informed by the Commission about the state of play.",
            &[("org:european-commission", "informed", Neutral)],
        ),
        (
            "The Council extended the restrictive measures until 30 October 2025.",
            &[("org:council", "extended", Support)],
        ),
    ]);
}

#[test]
fn an_office_in_brackets_on_a_list_of_speakers_makes_the_bare_office_hers() {
    let text = "6.       Exchange of views with the agency\n\n\
                Speakers: Nadia Bakker (Executive Director, EUAA), Joan Ferrer, Piotr Nowicki\n\n\
                The Executive Director presented the annual situation report.\n";
    assert_eq!(
        persons(text)[0],
        (
            "person:nadia-bakker".to_string(),
            some("Executive Director"),
            some("org:euaa")
        )
    );
    assert_eq!(
        statements_quoting(text, "situation report"),
        ["person:nadia-bakker presented Neutral"]
    );
}

#[test]
fn a_participants_row_joined_to_its_role_heads_no_section() {
    let r = analyze_text(
        "Meeting of the Council\n\n1. Opening\n\nThe meeting opened at 10.00.\n\nParticipants\n\n\
         Mr Jan Novak Commissioner\nMs Ana Silva Minister for Foreign Affairs\n\n\
         2. Migration\n\nMost member states want a faster procedure.\n",
        &Config::default(),
    );
    expect![[r#"
        0 [1] Opening
          1 [-] Participants
        2 [2] Migration
    "#]]
    .assert_eq(&outline_text(&r));
}
