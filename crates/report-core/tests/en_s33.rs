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
use statement_rows::{all_rows, check, statements_quoting};

const PROGRESS: &str = "s33/en-progress-report-presidency-fida-pdftotext.txt";
const PRESS: &str = "s33/en-presidency-press-release-informal-jha-web.txt";
const OUTCOME: &str = "s33/en-outcome-energy-council-layout-participants-table.txt";

#[test]
fn the_presidency_progress_report() {
    let r = fixture_file::report(PROGRESS);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Proposal for a Regulation of the European Parliament and of the Council on a framework for financial data access and amending Regulations (EU)"), letter_date: Some("2026-11-20"), meeting_dates: [], place: Some("Brussels"), reference: Some(Reference { dossier: "14502/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [I] INTRODUCTION
        1 [II] WORK WITHIN THE COUNCIL
          2 [-] ECOFIN.1.B
          3 [-] LIMITE
        4 [III] MAIN ISSUES
          5 [-] Scope
          6 [-] Financial data sharing schemes
          7 [-] Permission dashboards
        8 [IV] CONCLUSION
          9 [-] ECOFIN.1.B
          10 [-] LIMITE
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
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Cyprus Presidency of the Council of the European Union 2026"), letter_date: None, meeting_dates: ["2026-01-29", "2026-01-30"], place: Some("Nicosia"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
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
fn zz_debug() {
    let r = fixture_file::report(OUTCOME);
    let i = r.text.find("PARTICIPANTS").unwrap();
    eprintln!("{}", &r.text[i..i + 900]);
    eprintln!("{:?}", r.outline);
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
