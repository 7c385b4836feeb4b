//! The table check shared by the statement tests of the unseen-report rounds: a sentence and
//! the `(actor, verb, stance)` rows expected from it, in order.

use report_core::{actors_and_statements, analyze_text, Config, Report, Stance, Statement};

/// A sentence and the `(actor, verb, stance)` rows expected from it.
#[allow(dead_code)] // Not every test file that shares this module checks tables.
pub type Case<'a> = (&'a str, &'a [(&'a str, &'a str, Stance)]);

/// Asserts that each sentence of `table` gives exactly its rows.
#[allow(dead_code)] // Not every test file that shares this module checks tables.
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

/// The statements of `text`, analysed whole, whose sentence holds `needle`, as `actor verb
/// stance`.
#[allow(dead_code)] // Not every test file that shares this module quotes statements.
pub fn statements_quoting(text: &str, needle: &str) -> Vec<String> {
    statements_in(&analyze_text(text, &Config::default()), needle)
}

/// [`statements_quoting`] for a report already made (of a fixture read as bytes, say).
#[allow(dead_code)] // Not every test file that shares this module has its reports made.
pub fn statements_in(report: &Report, needle: &str) -> Vec<String> {
    report
        .statements
        .iter()
        .filter(|s| report.text[s.range.start..s.range.end].contains(needle))
        .map(row)
        .collect()
}

/// Every statement of `report` as [`row`], one a line: the form of a statement snapshot.
#[allow(dead_code)] // Not every test file that shares this module snapshots all statements.
pub fn all_rows(report: &Report) -> String {
    report.statements.iter().map(|s| row(s) + "\n").collect()
}

/// A statement as `actor verb stance`, the row the snapshots of statements list.
#[allow(dead_code)] // Not every test file that shares this module lists statements.
pub fn row(s: &Statement) -> String {
    format!("{} {} {:?}", s.actor, s.verb, s.stance)
}
