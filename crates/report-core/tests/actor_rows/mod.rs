//! The actor rows shared by the English unseen-report rounds.

use report_core::{analyze_text, Config};

/// `(id, role, affiliation)` of each actor of `text` whose id starts with `prefix`.
#[allow(dead_code)] // Not every test file that shares this module lists actors by id.
pub fn actors(text: &str, prefix: &str) -> Vec<(String, Option<String>, Option<String>)> {
    analyze_text(text, &Config::default())
        .actors
        .into_iter()
        .filter(|a| a.id.starts_with(prefix))
        .map(|a| (a.id, a.role, a.affiliation))
        .collect()
}

/// Each person of `report` as `name | role | affiliation`, one a line: the form of a people
/// snapshot.
#[allow(dead_code)] // Not every test file that shares this module snapshots people.
pub fn people(report: &report_core::Report) -> String {
    report
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| {
            format!(
                "{} | {} | {}\n",
                a.name,
                a.role.as_deref().unwrap_or("-"),
                a.affiliation.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

/// The actors of `r` whose id starts with one of `prefixes`, as `id | name | affiliation |
/// mentions`, one a line.
#[allow(dead_code)] // Not every test file that shares this module lists actors so.
pub fn rows_of(r: &report_core::Report, prefixes: &[&str]) -> String {
    r.actors
        .iter()
        .filter(|a| prefixes.iter().any(|p| a.id.starts_with(p)))
        .map(|a| {
            format!(
                "{} | {} | {} | {}\n",
                a.id,
                a.name,
                a.affiliation.as_deref().unwrap_or("-"),
                a.mentions.len()
            )
        })
        .collect()
}
