//! The actor rows shared by the English unseen-report rounds.

use report_core::{analyze_text, Config};

/// `(id, role, affiliation)` of each actor of `text` whose id starts with `prefix`.
pub fn actors(text: &str, prefix: &str) -> Vec<(String, Option<String>, Option<String>)> {
    analyze_text(text, &Config::default())
        .actors
        .into_iter()
        .filter(|a| a.id.starts_with(prefix))
        .map(|a| (a.id, a.role, a.affiliation))
        .collect()
}
