//! Session 16: groups counted by a phrase the gazetteer does not list whole (`een kleine groep
//! lidstaten`, `a small group of member states`, `een grote meerderheid van de ministers`) are
//! the quantified group, not all of them, and they are the subject of their sentence; a
//! debate's speaker turns (`De heer Verhagen (VVD):` then `Ik steun …`) credit the speaker;
//! `minister Keijzer van Buitenlandse Zaken` is Keijzer, minister of that ministry.

use report_core::Stance::*;

mod statement_rows;

#[test]
fn a_quantity_phrase_before_a_collective_makes_the_quantified_group() {
    statement_rows::check(&[
        (
            "Een kleine groep lidstaten verzette zich tegen de tekst.",
            &[("collective:several-member-states", "verzette zich", Oppose)],
        ),
        (
            "A small group of member states opposed the text.",
            &[("collective:several-member-states", "opposed", Oppose)],
        ),
        (
            "Een grote meerderheid van de ministers steunde het voorzitterschap.",
            &[("collective:several-ministers", "steunde", Support)],
        ),
        (
            "The overwhelming majority of delegations supported the compromise.",
            &[("collective:several-delegations", "supported", Support)],
        ),
        (
            "Half of the delegations called for more time.",
            &[("collective:several-delegations", "called for", Support)],
        ),
        // All of them, and a count that is no group.
        (
            "De lidstaten steunden het voorstel.",
            &[("collective:member-states", "steunden", Support)],
        ),
        ("Het aantal lidstaten dat meedoet, is gegroeid.", &[]),
    ]);
}
