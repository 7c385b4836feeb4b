//! Session 31: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s31`):
//! a Milieuraad report with numbered paragraphs `1.1` and `Inzet Nederland:` / `Resultaat:` /
//! `Toelichting:` field labels under each item, Eurocommissarissen named by function only and a
//! vote with those against and abstaining; a Raad Algemene Zaken report saved as text from the
//! government's web page (breadcrumb, `Kamerstuk: Kamerbrief | 14-11-2026`, a download line,
//! `Zie ook` and `Deel deze pagina` after it); and the verslag of an algemeen overleg with
//! members of parliament speaking by name and party and the minister's toezeggingen.

use expect_test::expect;
use report_core::{analyze_text, Config, Report, Stance};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

/// The report of the fixture `s31/{name}`, read as bytes.
fn fixture(name: &str) -> Report {
    fixture_file::report(&format!("s31/{name}"))
}

const MILIEU: &str = "nl-verslag-milieuraad-genummerde-paragrafen-velden.txt";
const WEB: &str = "nl-rijksoverheid-webpagina-raad-algemene-zaken.txt";
const OVERLEG: &str = "nl-verslag-algemeen-overleg-sprekers-landbouwraad.txt";

#[test]
fn a_vote_for_is_a_statement_of_support() {
    use Stance::*;
    // Before, `stemde voor` and `heeft voor gestemd` gave no statement.
    statement_rows::check(&[
        (
            "Nederland stemde voor.",
            &[("country:nl", "stemde voor", Support)],
        ),
        (
            "Nederland heeft voor gestemd bij de aanneming van het besluit.",
            &[("country:nl", "heeft voor gestemd", Support)],
        ),
        (
            "Duitsland en Italië hebben tegen gestemd.",
            &[
                ("country:de", "hebben tegen gestemd", Oppose),
                ("country:it", "hebben tegen gestemd", Oppose),
            ],
        ),
        // The vote against keeps its stance with a `voor` later in the clause.
        (
            "Hongarije stemde tegen het voorstel voor een richtlijn.",
            &[("country:hu", "stemde tegen", Oppose)],
        ),
        (
            "Frankrijk stemde in met het voorstel voor een richtlijn.",
            &[("country:fr", "stemde in", Support)],
        ),
    ]);
}

#[test]
fn a_judgement_with_acht_is_a_statement() {
    use Stance::*;
    // Before, `Het kabinet acht dit passend` gave no statement.
    statement_rows::check(&[
        (
            "Het kabinet acht het compromis evenwichtig.",
            &[("role:cabinet", "acht evenwichtig", Support)],
        ),
        (
            "Nederland acht verdere stappen noodzakelijk.",
            &[("country:nl", "acht noodzakelijk", Support)],
        ),
        (
            "Polen achtte het voorstel onaanvaardbaar.",
            &[("country:pl", "achtte onaanvaardbaar", Oppose)],
        ),
        // The number eight is no verb.
        (
            "Frankrijk en acht andere lidstaten vroegen om uitstel.",
            &[("collective:several-member-states", "vroegen", Neutral)],
        ),
    ]);
}

#[test]
fn the_councils_committees_and_the_digital_services_board_are_bodies() {
    use Stance::*;
    // Before, `Het Comité voor de werkgelegenheid` was no actor (its verb went to the object),
    // and `de Europese Raad voor digitale diensten` was the European Council.
    statement_rows::check(&[
        (
            "Het Comité voor de werkgelegenheid riep de lidstaten op tot hervormingen.",
            &[("org:emco", "riep op", Support)],
        ),
        (
            "Het Comité voor sociale bescherming (SPC) presenteerde een advies.",
            &[("org:spc", "presenteerde", Neutral)],
        ),
        (
            "De Europese Raad voor digitale diensten presenteerde zijn jaarverslag.",
            &[("org:digital-services-board", "presenteerde", Neutral)],
        ),
    ]);
    let text = "Verslag\n\nPunt\n\nDe voorzitter van het EMCO lichtte het advies toe. Het \
                jaarverslag van de Europese Raad voor digitale diensten werd besproken.\n";
    assert_eq!(
        actor_rows::actors(text, "org:"),
        [
            ("org:digital-services-board".into(), None, None),
            ("org:emco".into(), None, Some("org:council".into())),
        ]
    );
}

#[test]
fn an_ecb_board_member_is_a_person_of_the_ecb() {
    // Before, `ECB-directielid Henrike Falk` was a person with no role or affiliation.
    let r = analyze_text(
        "Verslag\n\nPunt\n\nECB-directielid Henrike Falk presenteerde de stand van zaken.\n",
        &Config::default(),
    );
    expect![[r#"
        Henrike Falk | ECB-directielid | org:ecb
    "#]]
    .assert_eq(&actor_rows::people(&r));
}
