//! Session 33: English documents about a Council meeting of kinds nobody had shown the
//! analyzer (fixtures under `fixtures/s33`): a Presidency progress report to the Council copied
//! from its PDF by pdftotext without `-layout` (the head's fields and the page footers broken
//! into a line a cell, numbered paragraphs under roman parts, footnotes); a national
//! Presidency's web press release after an informal meeting of justice and home affairs
//! ministers, its quotes in curly quotes; the outcome of an Energy Council from pdftotext
//! `-layout`, its participants a two-column table of countries and ministers, its items marked
//! `(LS)` over `Public debate` / `Legislative deliberation`. And the weak spots these show.

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use actor_rows::{people, rows_of};
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check};

const PROGRESS: &str = "s33/en-progress-report-presidency-fida-pdftotext.txt";
const PRESS: &str = "s33/en-presidency-press-release-informal-jha-web.txt";
const OUTCOME: &str = "s33/en-outcome-energy-council-layout-participants-table.txt";

#[test]
fn the_presidency_progress_report() {
    let r = fixture_file::report(PROGRESS);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Proposal for a Regulation of the European Parliament and of the Council on a framework for financial data access and amending Regulations (EU) No 1093/2010, (EU) No 1094/2010, (EU) No 1095/2010 and (EU) 2022/2554 – Progress report"), letter_date: Some("2026-11-20"), meeting_dates: [], place: Some("Brussels"), reference: Some(Reference { dossier: "14980/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [I] INTRODUCTION
        1 [II] WORK WITHIN THE COUNCIL
        2 [III] MAIN ISSUES
          3 [a] Scope
          4 [b] Financial data sharing schemes
          5 [c] Permission dashboards
        6 [IV] CONCLUSION
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Dario Ferrante | - | org:s-and-d
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        org:european-commission adopted Support
        org:european-parliament adopted Support
        collective:delegations welcomed Support
        collective:several-delegations expressed Reservation
        country:at expressed Reservation
        country:de expressed Reservation
        country:nl expressed Reservation
        collective:several-delegations called for Support
        country:at called for Support
        country:de called for Support
        country:nl called for Support
        country:fr supported Support
        country:it supported Support
        country:se preferred Neutral
        country:fi preferred Neutral
        role:european-commission-representative recalled Neutral
        role:european-commission-representative stressed Neutral
        collective:most-delegations supported Support
        country:pl maintained Reservation
        country:hu maintained Reservation
        country:cz entered reservation Reservation
        role:presidency proposed Neutral
        collective:most-delegations could accept Support
        country:be opposed Oppose
        country:lu opposed Oppose
        country:pt opposed Oppose
        country:be considered Reservation
        country:lu considered Reservation
        country:pt considered Reservation
        country:dk suggested Neutral
        collective:delegations agreed Support
        country:de asked Neutral
        country:at asked Neutral
        country:de questioned Reservation
        role:european-commission-representative replied Neutral
        role:presidency considers Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_presidency_press_release_on_the_informal_meeting() {
    let r = fixture_file::report(PRESS);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Informal meeting of justice and home affairs ministers: returns, visa policy and the digital future of justice high on the agenda"), letter_date: None, meeting_dates: ["2026-01-29", "2026-01-30"], place: Some("Nicosia"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Home affairs day: making returns work
        1 [-] Justice day: artificial intelligence in courts
        2 [-] Background
        3 [-] Contact
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Christiana Georgiou | Minister of Justice and Public Order | -
        Henrik Aalto | Commissioner for Democracy, Justice and the Rule of Law | org:european-commission
        Laurentiu Dobre | European Chief Prosecutor | org:eppo
        Andreas Theodoulou | Minister of Interior | -
        Brigitte Vandamme | European Commissioner for Internal Affairs and Migration | org:european-commission
        Karin Vestergaard | Executive Director of Europol | org:europol
        Nathalie Ferreira | Executive Director of the European Union Agency for Asylum (EUAA) | org:euaa
        Tomasz Lewandowicz | Executive Director of Frontex | org:frontex
    "#]].assert_eq(&people(&r));
    expect![[r#"
        person:andreas-theodoulou said Neutral
        collective:ministers exchanged views Neutral
        collective:most-ministers supported Support
        collective:several-ministers underlined Neutral
        person:brigitte-vandamme presented Neutral
        person:brigitte-vandamme welcomed Support
        person:brigitte-vandamme warned Neutral
        collective:ministers discussed Neutral
        person:christiana-georgiou said Neutral
        collective:ministers agreed Support
        collective:several-ministers called for Support
        collective:others preferred Neutral
        person:christiana-georgiou stressed Neutral
        person:henrik-aalto welcomed Support
        person:henrik-aalto said Neutral
        collective:ministers discussed Neutral
        person:laurentiu-dobre called on Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_energy_council_outcome() {
    let r = fixture_file::report(OUTCOME);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("OUTCOME OF THE COUNCIL MEETING"), letter_date: Some("2026-12-10"), meeting_dates: ["2026-12-08"], place: Some("Brussels"), reference: Some(Reference { dossier: "15877/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] ITEMS DEBATED
          1 [-] Legislative deliberations
            2 [1] Regulation on the security of gas supply
            3 [2] Directive on the energy performance of data centres
          4 [-] Non-legislative activities
            5 [3] Affordable energy action plan – state of implementation
            6 [4] Any other business
              7 [a] Current legislative proposals
              8 [b] Outcome of the COP31 climate conference (Antalya, 9-20 November 2026)
              9 [c] Work programme of the incoming presidency
        10 [-] OTHER ITEMS APPROVED
          11 [-] ENERGY
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Ciarán MacGearailt | Minister for Climate, Energy and the Environment | country:ie
        Lucía Serrano Abad | Minister for the Ecological Transition and the Demographic Challenge | country:es
        Rasmus Thorsen | Commissioner for Energy and Housing | org:european-commission
        Ann Verhelst | Federal Minister for Energy | country:be
        Bastien Leroux | Minister Delegate for Industry and Energy | country:fr
        Femke de Ruiter | Minister for Climate and Green Growth | country:nl
        Johannes Weberling | - | country:de
        Klára Novotná | Deputy Minister for Industry and Trade | country:cz
        Michał Zieliński | Minister for Climate and Environment | country:pl
        Plamen Dimitrov | Deputy Minister for Energy | country:bg
        Zoltán Kovács-Nagy | Minister for Energy | country:hu
    "#]].assert_eq(&people(&r));
    expect![[r#"
        org:council agreed Support
        collective:most-member-states supported Support
        country:hu voted against Oppose
        country:sk voted against Oppose
        country:be abstained Reservation
        country:nl regretted Reservation
        country:dk regretted Reservation
        person:rasmus-thorsen welcomed Support
        person:rasmus-thorsen said Neutral
        org:council took note Neutral
        collective:ministers welcomed Support
        country:de called for Support
        country:fr called for Support
        country:pl warned Reservation
        collective:ministers held debate Neutral
        person:ciaran-macgearailt said Neutral
        country:es underlined Neutral
        country:pt underlined Neutral
        person:lucia-serrano-abad insisted Neutral
        collective:several-member-states asked Neutral
        role:presidency informed Neutral
        country:lt presented Neutral
        org:council adopted Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_portfolio_of_two_words_after_and_is_no_part_of_the_name_after_it() {
    let text = "Informal meeting\n\nMinister of Justice and Public Order Maria Constantinou \
                chaired the session and said that ministers agreed.\n\n\
                Commissioner for Democracy, Justice and the Rule of Law Jan Pieters welcomed \
                the debate.\n\n\
                Minister for Enterprise, Trade and Industry Eamon Fitzgerald said that the \
                text was balanced.\n";
    expect![[r#"
        Eamon Fitzgerald | Minister for Enterprise, Trade and Industry | -
        Jan Pieters | Commissioner for Democracy, Justice and the Rule of Law | org:european-commission
        Maria Constantinou | Minister of Justice and Public Order | -
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn the_holder_of_a_portfolio_listed_with_commas_speaks() {
    check(&[
        (
            "Commissioner for Democracy, Justice and the Rule of Law Jan Pieters welcomed the \
             debate.",
            &[("person:jan-pieters", "welcomed", Support)],
        ),
        (
            "Minister of Justice and Public Order Maria Constantinou stressed that the text \
             was balanced.",
            &[("person:maria-constantinou", "stressed", Neutral)],
        ),
    ]);
    // A portfolio's list that ends the phrase names no one: the role speaks.
    check(&[(
        "The Minister for Enterprise, Trade and Industry welcomed the debate.",
        &[(
            "role:minister-for-enterprise-trade-and-industry",
            "welcomed",
            Support,
        )],
    )]);
}

const MARKED: &str = r#"OUTCOME OF THE COUNCIL MEETING

The Council met in Brussels.

ITEMS DEBATED

Legislative deliberations

1.    Regulation on the security of gas supply                                  (LS)
      Public debate
      General approach

The Council agreed its general approach.

2.    Directive on data centres                                                 (LS)
      Legislative deliberation
      Progress report

The Council took note of the report.

Non-legislative activities

3.    Affordable energy
      Public debate
      Policy debate

Ministers held a policy debate.
"#;

#[test]
fn an_items_title_marked_at_the_right_margin_over_its_session_labels_is_a_heading() {
    expect![[r#"
        0 [-] ITEMS DEBATED
          1 [-] Legislative deliberations
            2 [1] Regulation on the security of gas supply
            3 [2] Directive on data centres
          4 [-] Non-legislative activities
            5 [3] Affordable energy
    "#]]
    .assert_eq(&outline_text(&analyze_text(MARKED, &Config::default())));
    // A bracket of words in small letters after the gap is no such mark: the line stays a
    // table's row, no heading.
    let text = MARKED.replace(
        "(LS)\n      Public debate\n      General approach",
        "(see below)\n",
    );
    let outline = outline_text(&analyze_text(&text, &Config::default()));
    assert!(!outline.contains("gas supply"), "{outline}");
}

const PARTICIPANTS: &str = r#"OUTCOME OF THE COUNCIL MEETING

PARTICIPANTS

    Belgium                                  Ms Ann VERHELST
                                             Federal Minister for Energy

    Germany                                  Mr Johannes WEBERLING
                                             Minister for Economic Affairs and
                                             Energy

    Spain                                    Ms Lucía SERRANO ABAD
                                             Minister for the Ecological Transition

    Commission                               Mr Rasmus THORSEN
                                             Commissioner for Energy and Housing

ITEMS DEBATED

The Council met.
"#;

#[test]
fn a_participants_table_of_countries_beside_names_gives_each_minister_country_and_office() {
    expect![[r#"
        Ann Verhelst | Federal Minister for Energy | country:be
        Johannes Weberling | Minister for Economic Affairs and Energy | country:de
        Lucía Serrano Abad | Minister for the Ecological Transition | country:es
        Rasmus Thorsen | Commissioner for Energy and Housing | org:european-commission
    "#]]
    .assert_eq(&people(&analyze_text(PARTICIPANTS, &Config::default())));
    // Without the blank rows between them the rows were kept before as well.
    let packed = PARTICIPANTS.replace("\n\n    ", "\n    ");
    assert_ne!(packed, PARTICIPANTS);
    expect![[r#"
        Ann Verhelst | Federal Minister for Energy | country:be
        Johannes Weberling | Minister for Economic Affairs and Energy | country:de
        Lucía Serrano Abad | Minister for the Ecological Transition | country:es
        Rasmus Thorsen | Commissioner for Energy and Housing | org:european-commission
    "#]]
    .assert_eq(&people(&analyze_text(&packed, &Config::default())));
}

const WEB_RELEASE: &str = "Skip to main content\nCyprus Presidency of the Council of the \
    European Union 2026\n\nHome > News > Press releases\n\n\
    Informal meeting of home affairs ministers: returns high on the agenda\n\n\
    Press release\n30 January 2026 | 16:40\nNicosia, Cyprus\n\n\
    Home affairs ministers met in Nicosia on 28 and 29 January 2026. The Minister of \
    Interior chaired the meeting.\n";

#[test]
fn a_web_press_release_is_titled_by_the_headline_over_its_label_and_dated_past_a_bar() {
    const HEADLINE: &str = "Informal meeting of home affairs ministers: returns high on the agenda";
    let title = |text: &str| analyze_text(text, &Config::default()).metadata.title;
    let r = analyze_text(WEB_RELEASE, &Config::default());
    assert_eq!(r.metadata.title.as_deref(), Some(HEADLINE));
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-01-30"));
    // A headline under the date still wins over the line above the label.
    let text = WEB_RELEASE.replace(
        "Nicosia, Cyprus\n\n",
        "Nicosia, Cyprus\n\nMinisters agree on return hubs\n\n",
    );
    assert_eq!(
        title(&text).as_deref(),
        Some("Ministers agree on return hubs")
    );
    // A dateline's place in a block of its own under the date is no headline.
    let text = WEB_RELEASE.replace("16:40\nNicosia", "16:40\n\nNicosia");
    assert_eq!(title(&text).as_deref(), Some(HEADLINE));
    // An issuer's name over the label (`Council of the EU`, no word in small letters but
    // `of the`) is no headline.
    let above_label = format!("{HEADLINE}\n\n");
    let text = WEB_RELEASE.replace(&above_label, "Council of the European Union\n\n");
    assert_ne!(
        title(&text).as_deref(),
        Some("Council of the European Union")
    );
    // Without a headline above the label there is none.
    let text = WEB_RELEASE.replace(&above_label, "");
    assert_ne!(title(&text).as_deref(), Some(HEADLINE));
}

/// A Council note of two pages from pdftotext without `-layout`: each page's footer broken into
/// a line a cell, a form feed after it.
const NOTE: &str = "Council of the\nEuropean Union\nBrussels, 20 November 2026\n(OR. en)\n\
    14980/26\n\nLIMITE\nEF 312\n\nNOTE\nFrom:\nTo:\n\nPresidency\nCouncil\n\n\
    No. prev. doc.:\n\n14502/26\n\nSubject:\n\n\
    Proposal for a Regulation of the European Parliament and of the Council on a\n\
    framework for financial data access and amending Regulations (EU)\n\
    No 1093/2010 and (EU) 2022/2554\n– Progress report\n\n\
    I.\n\nINTRODUCTION\n\n1.\n\nThe Commission adopted the proposal on 28 June 2025.\n\n\
    2.\n\nThe Presidency tabled a compromise text.\n\n\
    14980/26\n\nKM/ab\nECOFIN.1.B\n\nLIMITE\n\n1\n\nEN\n\x0c\
    II.\n\nWORK WITHIN THE COUNCIL\n\n3.\n\nDelegations broadly welcomed the proposal.\n\n\
    4.\n\nThe Council is invited to take note of the report.\n\n\
    14980/26\n\nKM/ab\nECOFIN.1.B\n\nLIMITE\n\n2\n\nEN\n\x0c";

#[test]
fn a_footer_broken_into_a_line_a_cell_is_furniture_and_names_the_document() {
    let r = analyze_text(NOTE, &Config::default());
    assert!(!r.text.contains("KM/ab"), "{}", r.text);
    assert!(!r.text.contains("ECOFIN.1.B"), "{}", r.text);
    assert!(!outline_text(&r).contains("LIMITE"), "{}", outline_text(&r));
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("14980/26")
    );
    // The paragraphs above the footer stay.
    assert!(r.text.contains("The Presidency tabled a compromise text."));
    // One page's footer alone recurs on no other page: it stays.
    let one = NOTE.replacen("KM/ab\nECOFIN.1.B\n", "", 1);
    let r = analyze_text(&one, &Config::default());
    assert!(r.text.contains("KM/ab"), "{}", r.text);
}

#[test]
fn a_subject_under_its_label_goes_on_over_the_regulations_it_amends() {
    let r = analyze_text(NOTE, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Proposal for a Regulation of the European Parliament and of the Council on a \
             framework for financial data access and amending Regulations (EU) No 1093/2010 \
             and (EU) 2022/2554 – Progress report"
        )
    );
    // A line after a line that ends in a word is another block's: the subject ends there.
    let text = NOTE.replace("Regulations (EU)\nNo 1093", "Regulations\nNo 1093");
    let r = analyze_text(&text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Proposal for a Regulation of the European Parliament and of the Council on a \
             framework for financial data access and amending Regulations"
        )
    );
}

#[test]
fn a_working_partys_topic_goes_on_over_and_the() {
    let text = "The Working Party on Financial Services and the Banking Union examined the \
                proposal at nine meetings.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        org:working-party-on-financial-services-and-the-banking-union | Working Party on Financial Services and the Banking Union | - | 1
    "#]]
    .assert_eq(&rows_of(&r, &["org:working"]));
    // Five capitalised words at most.
    let text = "The Working Party on Alpha Beta Gamma Delta Epsilon Zeta met.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        org:working-party-on-alpha-beta-gamma-delta-epsilon | Working Party on Alpha Beta Gamma Delta Epsilon | - | 1
    "#]]
    .assert_eq(&rows_of(&r, &["org:working"]));
}
