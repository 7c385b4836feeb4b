//! The table check shared by the statement tests of the unseen-report rounds: a sentence and
//! the `(actor, verb, stance)` rows expected from it, in order.

use report_core::{actors_and_statements, Stance};

/// A sentence and the `(actor, verb, stance)` rows expected from it.
pub type Case<'a> = (&'a str, &'a [(&'a str, &'a str, Stance)]);

/// Asserts that each sentence of `table` gives exactly its rows.
pub fn check(table: &[Case]) {
    for (text, expected) in table {
        let found: Vec<(String, String, Stance)> = actors_and_statements(text, None)
            .1
            .into_iter()
            .map(|s| (s.actor, s.verb, s.stance))
            .collect();
        let expected: Vec<(String, String, Stance)> = expected
            .iter()
            .map(|(a, v, s)| (a.to_string(), v.to_string(), *s))
            .collect();
        assert_eq!(found, expected, "{text}");
    }
}
