//! Session 36: Dutch Council reports in layouts not yet covered (fixtures under `fixtures/s36`).

use report_core::Stance;

mod statement_rows;

#[test]
fn those_excepted_after_the_subject_stay_out() {
    // Before, `Alle lidstaten behalve Hongarije steunden` was Hungary's support: `behalve`,
    // ending on an `e`, was read as an adjective before the name, not as a preposition.
    statement_rows::check(&[
        (
            "Alle lidstaten behalve Hongarije steunden de conclusies.",
            &[("collective:member-states", "steunden", Stance::Support)],
        ),
        (
            "Alle lidstaten behalve Hongarije zijn voorstander van een nieuwe hoorzitting.",
            &[(
                "collective:member-states",
                "zijn voorstander",
                Stance::Support,
            )],
        ),
        // An inflected adjective before the name still is one.
        (
            "De vorige Hongarije steunde het voorstel.",
            &[("country:hu", "steunde", Stance::Support)],
        ),
    ]);
}

#[test]
fn correlative_pairs_name_both_and_noch_denies() {
    // Before, `Zowel Hongarije als Slowakije` and `Noch Nederland noch Frankrijk` gave the
    // second name alone, and `Noch … noch … had bezwaar` was opposition.
    statement_rows::check(&[
        (
            "Zowel Hongarije als Slowakije hielden vast aan hun voorbehoud.",
            &[
                ("country:hu", "hielden vast", Stance::Reservation),
                ("country:sk", "hielden vast", Stance::Reservation),
            ],
        ),
        (
            "Noch Nederland noch Frankrijk had bezwaar tegen deze werkwijze.",
            &[
                ("country:nl", "had bezwaar", Stance::Neutral),
                ("country:fr", "had bezwaar", Stance::Neutral),
            ],
        ),
        (
            "Neither France nor Germany supported the proposal.",
            &[
                ("country:fr", "supported", Stance::Oppose),
                ("country:de", "supported", Stance::Oppose),
            ],
        ),
        // `als` without `zowel` names a capacity: no list.
        (
            "Het voorzitterschap sprak met Frankrijk als Duitsland steunde het voorstel.",
            &[("role:presidency", "sprak", Stance::Neutral)],
        ),
        // A `noch` in an earlier clause denies nothing of the verb after its comma.
        (
            "Omdat noch Italië noch Spanje bezwaar had, steunde Nederland het voorstel.",
            &[("country:nl", "steunde", Stance::Support)],
        ),
    ]);
}
