//! Session 29: English Council documents of kinds nobody had shown the analyzer (fixtures under
//! `fixtures/s29`): a Council voting result set by `pdftotext -layout`, with its table of
//! votes and the statements for the minutes; a presidency's summary of an informal ministerial
//! meeting from a ministry's web page, whose ministers are introduced once with name and
//! country and named later by their office; European Council conclusions with footnotes and an
//! annex. And the weak spots these show.

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

use actor_rows::people;
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::all_rows;
use statement_rows::{check, statements_quoting};

const VOTES: &str = "s29/en-voting-result-public-vote-layout.txt";
const SUMMARY: &str = "s29/en-presidency-summary-informal-ecofin-web.txt";
const CONCLUSIONS: &str = "s29/en-euco-conclusions-footnotes-annex.txt";

#[test]
fn a_minister_named_by_country_and_office_is_the_one_introduced_so() {
    let text = "Dimitar Kolev, Bulgarian Minister for Finance, presented a paper. Minister Kolev \
                stressed the point. The Bulgarian Minister for Finance also called for a swift \
                decision.\n\nKristiina Saar, Estonian Minister of Finance, supported the paper. \
                The Estonian minister urged colleagues to agree.\n\n\
                The Irish Minister for Finance did not support it.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        Dimitar Kolev | Bulgarian Minister for Finance | country:bg
        Kristiina Saar | Estonian Minister of Finance | country:ee
    "#]]
    .assert_eq(&people(&r));
    assert_eq!(
        statements_quoting(text, "swift"),
        ["person:dimitar-kolev called for Support"]
    );
    assert_eq!(
        statements_quoting(text, "colleagues"),
        ["person:kristiina-saar urged Neutral"]
    );
    // No Irish minister was named: the office stays its own actor.
    assert_eq!(
        statements_quoting(text, "Irish"),
        ["role:ie-minister-for-finance did not support Oppose"]
    );
    // Two ministers of one country: the office is neither's.
    let text = "Ana Ruiz, Spanish Minister of Finance, spoke first. Juan Gil, Spanish Minister of \
                Economy, said no. The Spanish minister urged colleagues to agree.\n";
    assert_eq!(
        statements_quoting(text, "colleagues"),
        ["role:es-minister urged Neutral"]
    );
    // A prime minister is no `minister` of his country.
    let text = "Jan Novak, Czech Prime Minister, opened the summit. The Czech minister urged \
                colleagues to agree.\n";
    assert_eq!(
        statements_quoting(text, "colleagues"),
        ["role:cz-minister urged Neutral"]
    );
}

#[test]
fn a_name_with_a_countrys_minister_in_apposition_is_a_person_without_a_verb() {
    let text = "The meeting took place under the chairmanship of Andreas Charalambides, Cypriot \
                Minister of Finance. The Cypriot Minister of Finance concluded that all was well.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        Andreas Charalambides | Cypriot Minister of Finance | country:cy
    "#]]
    .assert_eq(&people(&r));
    assert_eq!(
        statements_quoting(text, "all was well"),
        ["person:andreas-charalambides concluded Neutral"]
    );
    // Without a country's adjective, the apposition is no evidence alone.
    let text = "The meeting took place under the chairmanship of Andreas Charalambides, \
                Minister of Finance.\n";
    assert!(people(&analyze_text(text, &Config::default())).is_empty());
}

#[test]
fn a_member_that_does_not_join_a_text_of_all_opposes_it() {
    check(&[
        (
            "Hungary does not associate itself with paragraph 1.",
            &[("country:hu", "does not associate", Oppose)],
        ),
        (
            "Poland and Hungary did not join the consensus on paragraph 9.",
            &[
                ("country:pl", "did not join the consensus", Oppose),
                ("country:hu", "did not join the consensus", Oppose),
            ],
        ),
        (
            "Austria joined the consensus on the recitals.",
            &[("country:at", "joined the consensus", Support)],
        ),
        // Joining a meeting is no view.
        ("Austria did not join the meeting.", &[]),
        (
            "The Commission confirms that it will use the review clause.",
            &[("org:european-commission", "confirms", Neutral)],
        ),
    ]);
}

#[test]
fn delegations_abstaining_before_a_colon_label_a_vote() {
    check(&[
        (
            "The act was adopted. Delegations abstaining: EL, IT, AT.",
            &[
                ("country:gr", "abstaining", Reservation),
                ("country:it", "abstaining", Reservation),
                ("country:at", "abstaining", Reservation),
            ],
        ),
        (
            "Member States abstaining: Austria",
            &[("country:at", "abstaining", Reservation)],
        ),
        // The noun in running text labels nothing.
        ("Several delegations abstaining: AT", &[]),
    ]);
}

#[test]
fn a_numbered_paragraph_ending_in_a_footnotes_mark_is_no_heading() {
    // The fixture's parts, whose wrapped lines tell the width of its column.
    let fixture = String::from_utf8(fixture_file::read(CONCLUSIONS)).unwrap();
    let text =
        &fixture[fixture.find("III.    COMPETITIVENESS").unwrap()..fixture.find("11.  ").unwrap()];
    expect![[r#"
        0 [III] COMPETITIVENESS
        1 [IV] MIGRATION
        2 [V] OTHER ITEMS
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
    // Its mark is what made it one: a paragraph that ends without a stop is a heading.
    let cut = text.replace("priority.\u{b2}", "priority");
    assert!(outline_text(&analyze_text(&cut, &Config::default())).contains("[9]"));
}

#[test]
fn footnotes_under_a_rule_are_sentences_of_their_own() {
    let text = "10.     The European Council approves the recommendations.\n\n\
                _______________\n\u{b9}       Hungary does not associate itself with paragraph 1.\n\
                \u{b2}       Poland did not join the consensus on paragraph 9.\n";
    let r = analyze_text(text, &Config::default());
    let quotes: Vec<&str> = r
        .statements
        .iter()
        .map(|s| &r.text[s.range.start..s.range.end])
        .collect();
    assert_eq!(
        quotes,
        [
            "The European Council approves the recommendations.",
            "\u{b9}       Hungary does not associate itself with paragraph 1.",
            "\u{b2}       Poland did not join the consensus on paragraph 9.",
        ]
    );
}

#[test]
fn a_subject_field_gives_its_value_as_the_title_whole() {
    let title = |text: &str| analyze_text(text, &Config::default()).metadata.title;
    // Wrapped under itself by pdftotext -layout, with its dashes: the fixture's cover.
    let fixture = String::from_utf8(fixture_file::read(VOTES)).unwrap();
    let cover = &fixture[..fixture.find("STATEMENTS FOR").unwrap()];
    assert_eq!(
        title(cover).as_deref(),
        Some(
            "Regulation of the European Parliament and of the Council on the monitoring of \
             forests and the collection of forest data (Forest Monitoring Law) - Adoption of the \
             legislative act - Outcome of the written procedure concluded on 15 December 2026"
        )
    );
    // A line that does not go on with it (a capital, no open bracket) is no part of it.
    let cut = cover.replace(
        "                monitoring of",
        "                Monitoring of",
    );
    assert_eq!(
        title(&cut).as_deref(),
        Some("Regulation of the European Parliament and of the Council on the")
    );
    // Set as a block of its own, the label is no part of it.
    let text = "European Council\n\nBrussels, 18 June 2027\n\nOUTCOME OF PROCEEDINGS\n\n\
                From:           General Secretariat of the Council\n\
                To:             Delegations\n\
                Subject:        European Council meeting (17 and 18 June 2027)\n\
                \x20               – Conclusions\n\n\
                Delegations will find attached the conclusions.\n";
    assert_eq!(
        title(text).as_deref(),
        Some("European Council meeting (17 and 18 June 2027) – Conclusions")
    );
}

#[test]
fn a_countrys_minister_in_apposition_may_wrap_onto_the_next_line() {
    let text = "The meeting took place under the chairmanship of Andreas Charalambides, Cypriot \
                Minister of\nFinance. The Cypriot Minister of Finance concluded that all was well.\n";
    expect![[r#"
        Andreas Charalambides | Cypriot Minister of Finance | country:cy
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn the_voting_result() {
    let r = fixture_file::report(VOTES);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Regulation of the European Parliament and of the Council on the monitoring of forests and the collection of forest data (Forest Monitoring Law) - Adoption of the legislative act - Outcome of the written procedure concluded on 15 December 2026"), letter_date: Some("2026-12-16"), meeting_dates: ["2026-12-15"], place: Some("Brussels"), reference: Some(Reference { dossier: "16871/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] STATEMENTS FOR THE COUNCIL MINUTES
          1 [1] Statement by Austria
          2 [2] Statement by the Netherlands
          3 [3] Statement by Hungary, Poland and Slovakia
          4 [4] Statement by the Commission
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        country:hu voted against Oppose
        country:pl voted against Oppose
        country:sk voted against Oppose
        country:gr abstained Reservation
        country:it abstained Reservation
        country:at abstained Reservation
        country:gr abstaining Reservation
        country:it abstaining Reservation
        country:at abstaining Reservation
        country:at supports Support
        country:at regrets Reservation
        country:at considers Neutral
        country:nl welcomes Support
        country:nl supports Support
        country:nl underlines Neutral
        country:nl calls on Neutral
        country:hu cannot support Oppose
        country:pl cannot support Oppose
        country:sk cannot support Oppose
        country:hu consider Neutral
        country:pl consider Neutral
        country:sk consider Neutral
        country:hu did not join the consensus Oppose
        country:pl did not join the consensus Oppose
        country:sk did not join the consensus Oppose
        country:hu voted against Oppose
        country:pl voted against Oppose
        country:sk voted against Oppose
        org:european-commission takes note Neutral
        org:european-commission confirms Neutral
        org:european-commission recalls Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_presidency_summary() {
    let r = fixture_file::report(SUMMARY);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Informal meeting of economic and financial affairs ministers (Informal ECOFIN) Summary of discussions by the Presidency"), letter_date: Some("2027-03-21"), meeting_dates: ["2027-03-19", "2027-03-20"], place: Some("Limassol"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Session I: Financing the defence readiness of the Union
        1 [-] Session II: Competitiveness and the savings and investments union
        2 [-] Working lunch: Economic outlook
        3 [-] Conclusions of the Presidency
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Andreas Charalambides | Cypriot Minister of Finance | country:cy
        Dimitar Kolev | Bulgarian Minister for Finance | country:bg
        Rafael Quintana | Commissioner for Economy and Productivity | org:european-commission
        Ciarán Dolan | President of the Eurogroup | org:eurogroup
        Étienne Roussel | Minister for the Economy | country:fr
        Helena Brandauer | President of the European Central Bank | org:ecb
        Kristiina Saar | Estonian Minister of Finance | country:ee
        Lukas Wendt | Federal Minister of Finance | country:de
        Anne Weber | minister | country:lu
        Floor Veenstra | Minister of Finance | country:nl
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        collective:ministers discussed Neutral
        person:andreas-charalambides opened Neutral
        person:dimitar-kolev presented Neutral
        person:dimitar-kolev stressed Neutral
        person:dimitar-kolev called for Support
        person:kristiina-saar supported Support
        person:kristiina-saar said Neutral
        person:kristiina-saar urged Neutral
        collective:several-ministers expressed Reservation
        person:lukas-wendt opposed Oppose
        person:lukas-wendt argued Neutral
        person:lukas-wendt added Neutral
        person:floor-veenstra shared Reservation
        person:rafael-quintana informed Neutral
        org:european-commission will present Neutral
        person:helena-brandauer presented Neutral
        person:helena-brandauer underlined Neutral
        person:etienne-roussel welcomed Support
        person:etienne-roussel called on Neutral
        person:etienne-roussel proposed Neutral
        person:anne-weber warned Reservation
        person:anne-weber recalled Neutral
        role:ie-minister-for-finance did not support Oppose
        person:ciaran-dolan said Neutral
        collective:ministers exchanged views Neutral
        person:rafael-quintana presented Neutral
        person:andreas-charalambides concluded Neutral
        person:andreas-charalambides thanked Neutral
        person:andreas-charalambides noted Neutral
        role:presidency will report Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_european_council_conclusions() {
    let r = fixture_file::report(CONCLUSIONS);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("European Council meeting (17 and 18 June 2027) – Conclusions"), letter_date: Some("2027-06-18"), meeting_dates: ["2027-06-17", "2027-06-18"], place: None, reference: Some(Reference { dossier: "EUCO 14/27", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [I] UKRAINE
        1 [II] MIDDLE EAST
        2 [III] COMPETITIVENESS
        3 [IV] MIGRATION
        4 [V] OTHER ITEMS
        5 [-] ANNEX
          6 [-] Statement by Slovakia on paragraph 4
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        org:european-council reaffirms Support
        org:european-council condemns Oppose
        org:european-council calls on Neutral
        org:european-council welcomes Support
        org:european-council invites Neutral
        org:european-council underlines Neutral
        org:european-council expresses Reservation
        org:european-council calls for Support
        org:european-council recalls Neutral
        org:european-council supports Support
        org:european-council takes note Neutral
        org:european-council calls on Neutral
        org:european-council stresses Neutral
        org:european-council asks Neutral
        org:european-council held discussion Neutral
        org:european-council asks Neutral
        org:european-council approves Support
        org:european-council endorses Support
        country:hu does not associate Oppose
        country:pl did not join the consensus Oppose
        country:hu did not join the consensus Oppose
        country:sk supports Support
        country:sk considers Neutral
        country:sk requests Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_ministrys_page_is_titled_by_the_meeting_under_its_masthead() {
    let text = "Skip to main content\n\nMinistry of Finance of the Republic of Cyprus\n\n\
                Informal meeting of economic and financial affairs ministers\n\n\
                Limassol, 19-20 March 2027\n\n\
                Ministers discussed the financing of defence. The Commission presented its \
                forecast.\n\nSession I: Defence\n\nMinisters agreed.\n\n\
                Last updated: 21 March 2027\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Informal meeting of economic and financial affairs ministers")
    );
    // The page's stamp of its last change is no section.
    expect![[r#"
        0 [-] Session I: Defence
    "#]]
    .assert_eq(&outline_text(&r));
    // A masthead over a heading that names no meeting stays the title.
    let text = text.replace("Informal meeting of", "Financing of");
    assert_eq!(
        analyze_text(&text, &Config::default())
            .metadata
            .title
            .as_deref(),
        Some("Ministry of Finance of the Republic of Cyprus")
    );
}

#[test]
fn a_ministrys_bare_minister_is_the_one_minister_named_at_the_top() {
    let text = "Department of Agriculture\n\nReport on the Agriculture and Fisheries Council\n\n\
                The Minister for Agriculture, Food and the Marine, Mr Cathal Brennan T.D., \
                represented Ireland at the Council.\n\n1. Fisheries\n\n\
                The Minister stressed that the quotas must reflect the science. The Minister \
                welcomed the agreement.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        person:cathal-brennan stressed Neutral
        person:cathal-brennan welcomed Support
    "#]]
    .assert_eq(&all_rows(&r));
    // Two ministers named: the bare title is neither's.
    let text = text.replace(
        "represented Ireland",
        "and the Minister of Finance, Ms Orla Byrne, represented Ireland",
    );
    let r = analyze_text(&text, &Config::default());
    assert_eq!(all_rows(&r), "");
}
