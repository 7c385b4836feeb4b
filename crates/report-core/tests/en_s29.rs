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
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{check, statements_quoting};

#[allow(dead_code)]
const VOTES: &str = "s29/en-voting-result-public-vote-layout.txt";
#[allow(dead_code)]
const SUMMARY: &str = "s29/en-presidency-summary-informal-ecofin-web.txt";
#[allow(dead_code)]
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
        ["role:ie-minister-for-finance did support Oppose"]
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
            &[("country:hu", "does associate", Oppose)],
        ),
        (
            "Poland and Hungary did not join the consensus on paragraph 9.",
            &[
                ("country:pl", "did join the consensus", Oppose),
                ("country:hu", "did join the consensus", Oppose),
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
