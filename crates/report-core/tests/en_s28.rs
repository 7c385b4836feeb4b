//! Session 28: English Council documents of kinds nobody had shown the analyzer (fixtures under
//! `fixtures/s28`): a note of the General Secretariat to Coreper on a working party's outcome,
//! with its delegations by adjective and by two-letter code; the joint press statement of an
//! Association Council with a third country; a national ministry's report on a Council
//! meeting. And the weak spots these show.

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

const NOTE: &str = "s28/en-coreper-note-gsc-delegations-codes.txt";
const JOINT: &str = "s28/en-association-council-joint-press-statement-web.txt";
const IRISH: &str = "s28/en-ireland-ministry-report-agrifish-council.txt";

#[test]
fn the_delegations_of_countries_named_by_adjective_are_those_countries() {
    check(&[
        (
            "The Hungarian and Polish delegations entered a parliamentary scrutiny reservation.",
            &[
                ("country:hu", "entered reservation", Reservation),
                ("country:pl", "entered reservation", Reservation),
            ],
        ),
        (
            "The Spanish and French Ministers supported the compromise.",
            &[
                ("country:es", "supported", Support),
                ("country:fr", "supported", Support),
            ],
        ),
        (
            "De Hongaarse en Poolse delegaties steunden het voorstel.",
            &[
                ("country:hu", "steunden", Support),
                ("country:pl", "steunden", Support),
            ],
        ),
        // The whole group is still the group.
        (
            "The delegations supported the compromise.",
            &[("collective:delegations", "supported", Support)],
        ),
    ]);
    let text = "The Hungarian and Polish delegations entered a reservation.\n";
    assert!(
        actors(text, "collective:").is_empty(),
        "{:?}",
        actors(text, "collective:")
    );
}
