//! Statements in the Dutch phrasings of session 13's invented reports: a letter signed by the
//! minister of a ministry whose name is a list (`Landbouw, Visserij, Voedselzekerheid en
//! Natuur`), the letter's `ik` after its verb (`Daarnaast heb ik toegezegd`), `voor` as the
//! particle of `stelde` before `om`, `dat` or `te`, and a few separable verbs of a Council's
//! report (`hield vast aan`, `bracht naar voren`, `tekende bezwaar aan`, `gaf te kennen`).

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

const SIGNED: &str = "\n\nDe Minister van Infrastructuur en Waterstaat,\n\nP.J. van Leeuwen\n";
const SIGNED_LIST: &str =
    "\n\nDe Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nA.M. de Groot-Verbeek\n";

#[test]
fn a_ministry_named_by_a_list_signs_the_letter() {
    use Stance::*;
    let text = format!("Ik heb tijdens de Raad benadrukt dat de doelen blijven.{SIGNED_LIST}");
    check(&[(
        &text,
        &[("person:a-m-de-groot-verbeek", "heb benadrukt", Neutral)],
    )]);
}

#[test]
fn the_letters_ik_after_its_verb() {
    use Stance::*;
    let promised = format!("Daarnaast heb ik toegezegd dat Nederland een notitie opstelt.{SIGNED}");
    let pleaded = format!("Ook heb ik gepleit voor meer ruimte voor innovatie.{SIGNED}");
    check(&[
        (
            &promised,
            &[("person:p-j-van-leeuwen", "heb toegezegd", Neutral)],
        ),
        (
            &pleaded,
            &[("person:p-j-van-leeuwen", "heb gepleit", Support)],
        ),
    ]);
}

#[test]
fn voor_is_the_particle_of_stelde_before_om_dat_or_te() {
    use Stance::*;
    check(&[
        (
            "Ierland stelde voor om de termijnen met twee jaar te verlengen.",
            &[("country:ie", "stelde voor", Neutral)],
        ),
        (
            "Frankrijk stelt voor dat de Commissie een studie uitvoert.",
            &[("country:fr", "stelt voor", Neutral)],
        ),
        (
            "Ierland stelde de voorwaarden voor de steun.",
            &[("country:ie", "stelde", Neutral)],
        ),
    ]);
}

#[test]
fn separable_verbs_of_a_councils_report() {
    use Stance::*;
    check(&[
        (
            "Frankrijk hield vast aan de uitzondering voor papieren verpakkingen.",
            &[("country:fr", "hield vast", Neutral)],
        ),
        (
            "België bracht naar voren dat de verantwoordelijkheid beter moet worden afgebakend.",
            &[("country:be", "bracht naar voren", Neutral)],
        ),
        (
            "Hongarije tekende bezwaar aan tegen de rapportageverplichtingen.",
            &[("country:hu", "tekende bezwaar aan", Oppose)],
        ),
        (
            "Italië gaf te kennen dat het de termijn wil verlengen.",
            &[("country:it", "gaf te kennen", Neutral)],
        ),
    ]);
}
