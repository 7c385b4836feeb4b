//! Session 20: a Council press release as the Council set them until 2014, read by
//! `pdftotext -layout`: a contents whose heading carries a footnote mark (`CONTENTS1`), the list
//! of participants before the items, each delegation on a line of its own (`Belgium:`) over its
//! members in two columns whose roles wrap, and people written with their surnames in capitals
//! (`Mr Anders HOLMGAARD`), later named in ordinary case (`Commissioner Damanaki-Petrou`).

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance::*};

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

/// Each person of `report` as `name | role | affiliation | aliases`, one a line.
fn people(report: &Report) -> String {
    let mut out = String::new();
    for a in report.actors.iter().filter(|a| a.id.starts_with("person:")) {
        out.push_str(&format!(
            "{} | {} | {} | {}\n",
            a.name,
            a.role.as_deref().unwrap_or("-"),
            a.affiliation.as_deref().unwrap_or("-"),
            a.aliases.join(" / ")
        ));
    }
    out
}

const PRESS_RELEASE: &str = "s20/press-release-agrifish-2012-en.txt";

#[test]
fn contents_with_a_footnote_mark_and_participants_before_the_items() {
    // The contents' entries (`PARTICIPANTS ....... 4`) are no sections, and the delegations
    // and their members head none: the list is a part of its own before the items.
    let report = fixture_file::report(PRESS_RELEASE);
    expect![[r#"
        0 [-] Main results of the Council
        1 [-] PARTICIPANTS
        2 [-] ITEMS DEBATED
          3 [-] REFORM OF THE COMMON FISHERIES POLICY
          4 [-] SIMPLIFICATION OF THE COMMON AGRICULTURAL POLICY
          5 [-] OTHER BUSINESS
        6 [-] OTHER ITEMS APPROVED
          7 [-] AGRICULTURE
            8 [-] Animal welfare during transport – Council conclusions
          9 [-] FISHERIES
            10 [-] Fishing opportunities in the Baltic Sea
    "#]]
    .assert_eq(&outline_text::outline_text(&report));
}

#[test]
fn participants_with_surnames_in_capitals_get_their_role_and_delegation() {
    let report = fixture_file::report(PRESS_RELEASE);
    expect![[r#"
        Anders Holmgaard | Minister for Food, Agriculture and Fisheries | country:dk | Mr Anders HOLMGAARD
        Dacian Oprescu | Member of the Commission | org:european-commission | Mr Dacian OPRESCU / Mr Oprescu
        Maria Damanaki-Petrou | Commissioner | org:european-commission | Ms Maria DAMANAKI-PETROU / Commissioner Damanaki-Petrou
        Henk van der Laan | State Secretary for Economic Affairs, Agriculture and Innovation | country:nl | Mr Henk VAN DER LAAN
        Ilse Königswald | Federal Minister for Food, Agriculture and Consumer Protection | country:de | Ms Ilse KÖNIGSWALD
        Ivan Stoyanov | Minister for Agriculture and Food | country:bg | Mr Ivan STOYANOV
        Marek Wojcik | Minister for Agriculture and Rural Development | country:pl | Mr Marek WOJCIK
        Miguel Arias de la Fuente | Minister for Agriculture, Food and Environment | country:es | Mr Miguel ARIAS DE LA FUENTE
        Petr Kratochvíl | Minister for Agriculture | country:cz | Mr Petr KRATOCHVÍL
        Sabine Delvaux | Minister for SMEs | country:be | Ms Sabine DELVAUX
        Stéphane Lebrun | Minister for Agriculture, Food, Fisheries, Rural Affairs and Spatial Planning | country:fr | Mr Stéphane LEBRUN
    "#]]
    .assert_eq(&people(&report));
}

#[test]
fn a_surname_in_capitals_needs_a_first_name_before_it() {
    // `(id, role, affiliation)` of the people each text names.
    let people = |text: &str| {
        actor_rows::actors(text, "person:")
            .into_iter()
            .map(|(id, _, _)| id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        people("Commissioner Maria DAMANAKI-PETROU presented the proposal."),
        ["person:maria-damanaki-petrou"]
    );
    // A first name alone before the capitals opens the surname; a title before capitals only is
    // a heading's or an acronym's, not a person.
    assert_eq!(
        people("Minister Henk VAN DER LAAN informed the Council."),
        ["person:henk-van-der-laan"]
    );
    assert!(people("The Minister NOTED the proposal.").is_empty());
}

#[test]
fn a_role_lists_single_words_but_not_names_in_apposition() {
    let roles = |text: &str| {
        analyze_text(text, &Config::default())
            .actors
            .into_iter()
            .filter_map(|a| a.role)
            .collect::<Vec<_>>()
    };
    // `Fisheries, Rural Affairs and Spatial Planning` belongs to the role …
    assert_eq!(
        roles("The Minister for Agriculture, Food, Fisheries, Rural Affairs and Spatial Planning, Anna Berg, spoke."),
        ["Minister for Agriculture, Food, Fisheries, Rural Affairs and Spatial Planning"]
    );
    // … names of two words each after the comma do not.
    let after_names =
        roles("De Minister van Financiën, Eelco Heinen, Anna Berg en Piet Vos waren aanwezig.");
    assert!(
        after_names.iter().all(|r| r == "Minister van Financiën"),
        "{after_names:?}"
    );
}

#[test]
fn a_delegation_label_alone_on_its_line_is_no_part_of_the_row_before() {
    let text = "PARTICIPANTS\n\nBelgium:\nMs Sabine Delvaux           Minister for SMEs and\n                            Agriculture\nBulgaria:\nMr Ivan Stoyanov            Minister for Agriculture and Food\nCzech Republic:\nMr Petr Novak               Minister for Agriculture\nDenmark:\nMr Jens Holm                Minister for Food\n";
    let rows = actor_rows::actors(text, "person:");
    assert_eq!(
        rows,
        [
            (
                "person:ivan-stoyanov".to_string(),
                Some("Minister for Agriculture and Food".to_string()),
                Some("country:bg".to_string())
            ),
            (
                "person:jens-holm".to_string(),
                Some("Minister for Food".to_string()),
                Some("country:dk".to_string())
            ),
            (
                "person:petr-novak".to_string(),
                Some("Minister for Agriculture".to_string()),
                Some("country:cz".to_string())
            ),
            (
                "person:sabine-delvaux".to_string(),
                Some("Minister for SMEs and Agriculture".to_string()),
                Some("country:be".to_string())
            ),
        ]
    );
}

const WEB_PAGE: &str = "s20/webpagina-kamerbrief-raz-nl.txt";

#[test]
fn a_web_page_copied_from_the_browser_loses_its_menus() {
    // Copied rather than saved, every link of the page's menus, breadcrumb trail, downloads,
    // related pages and feedback buttons stands on a line of its own: none is a section.
    let report = fixture_file::report(WEB_PAGE);
    expect![[r#"
        0 [-] Verslag Raad Algemene Zaken 17 februari 2026
        1 [-] Voorbereiding Europese Raad van 19 en 20 maart 2026
        2 [-] Meerjarig financieel kader 2028-2034
        3 [-] Rechtsstaat: artikel 7-procedure Hongarije
        4 [-] Diversen
    "#]]
    .assert_eq(&outline_text::outline_text(&report));
}

#[test]
fn a_web_page_gives_the_title_kind_and_date_under_its_menus() {
    // `Kamerstuk: Kamerbrief | 20-02-2026` under the title: a letter of that day.
    let m = fixture_file::report(WEB_PAGE).metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Verslag van de Raad Algemene Zaken van 17 februari 2026")
    );
    assert_eq!(m.kind, report_core::DocumentKind::LetterWithMeetingReport);
    assert_eq!(m.letter_date.as_deref(), Some("2026-02-20"));
    assert_eq!(m.meeting_dates, ["2026-02-17"]);
    assert_eq!(m.place.as_deref(), Some("Brussel"));
}

#[test]
fn short_lines_at_a_reports_edges_stay_without_web_signs() {
    // No skip link, breadcrumb label or feedback question: a report's own short lines at its
    // start and its `See also` list at its end are kept.
    let text = "Home Affairs\nCouncil\nBrussels\nOutcome of the meeting\n\nThe Council met.\n\nSee also\nCouncil conclusions on asylum\nCouncil conclusions on returns\n";
    let report = analyze_text(text, &Config::default());
    assert!(
        report
            .diagnostics
            .iter()
            .all(|d| d.code != "page-furniture"),
        "{:?}",
        report.diagnostics
    );
    let bare = "Naar hoofdinhoud\nHome\nDocumenten\nKamerbrief over de Raad\nKamerstuk: Kamerbrief | 20-02-2026\n\nDe Raad vergaderde.\n";
    let report = analyze_text(bare, &Config::default());
    // The skip link is no running header that titles the page.
    assert_eq!(report.metadata.title, None);
    assert_eq!(report.metadata.letter_date.as_deref(), Some("2026-02-20"));
}

#[test]
fn conclusions_say_where_they_stand_with_an_adjective() {
    // A summit's conclusions and a Council's outcome put a view in a copula and its adjective;
    // a copula with any other word says nothing of the speaker's view.
    statement_rows::check(&[
        (
            "The European Council is deeply concerned about the humanitarian situation.",
            &[("org:european-council", "is concerned", Reservation)],
        ),
        (
            "The European Council remains committed to supporting Ukraine.",
            &[("org:european-council", "remains committed", Support)],
        ),
        (
            "The European Union stands ready to support the Palestinian Authority.",
            &[("org:eu", "stands ready", Support)],
        ),
        (
            "Several Member States are concerned about the costs.",
            &[(
                "collective:several-member-states",
                "are concerned",
                Reservation,
            )],
        ),
        (
            "The Commission is not ready to withdraw the proposal.",
            &[("org:european-commission", "is ready", Oppose)],
        ),
        ("The Council is responsible for the budget.", &[]),
        (
            "The European Council is the body that sets the direction.",
            &[],
        ),
    ]);
}

#[test]
fn participants_set_one_field_a_line_get_their_role_and_country() {
    // `Belgium` ⏎ `Ms Annelies Verhoeven` ⏎ `Minister for Justice`: no columns, each field on a
    // line of its own.
    let report = fixture_file::report("s20/outcome-participants-stacked-en.txt");
    // Rakušan's `First Deputy Prime Minister and Minister of …`: the bare title joined to the
    // role after it is part of his role.
    expect![[r#"
        Magnus Brunner | Commissioner | org:european-commission | Commissioner Brunner / Mr Magnus Brunner
        Alexander Dobrin | Federal Minister of the Interior | country:de | Mr Alexander Dobrin
        Annelies Verhoeven | Minister for Justice | country:be | Ms Annelies Verhoeven
        Atanas Slavkov | Minister for Justice | country:bg | Mr Atanas Slavkov
        Vít Rakušan | First Deputy Prime Minister and Minister of the Interior | country:cz | Mr Vít Rakušan
    "#]]
    .assert_eq(&people(&report));
}

#[test]
fn a_first_deputy_is_one_title() {
    // `First` is part of the title, not a first name of the person after it.
    let rows = actor_rows::actors(
        "First Vice-President Anna Berg spoke. The First Deputy Prime Minister of Czechia, \
         Vít Rakušan, agreed.",
        "person:",
    );
    assert_eq!(
        rows,
        [
            (
                "person:anna-berg".to_string(),
                Some("First Vice-President".to_string()),
                None
            ),
            (
                "person:vit-rakusan".to_string(),
                Some("First Deputy Prime Minister".to_string()),
                Some("country:cz".to_string())
            ),
        ]
    );
}
