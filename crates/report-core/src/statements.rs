//! Repaired text and actors → statements: sentences in which an actor speaks or takes a stance.

use crate::model::{Actor, Section, Statement};

/// Finds who said what; `sections` are the outline's sections in pre-order.
pub fn extract(_text: &str, _sections: &[&Section], _actors: &[Actor]) -> Vec<Statement> {
    Vec::new()
}
