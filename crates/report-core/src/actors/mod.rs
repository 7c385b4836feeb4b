//! Repaired text → actors with their mentions: the built-in gazetteer, a user's own list, and
//! people found by patterns.

use crate::model::{Actor, Section};
use serde::{Deserialize, Serialize};

/// A user's own actor list (JSON), extending or overriding the built-in gazetteer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorList {
    /// The entries.
    pub actors: Vec<ActorEntry>,
}

/// One entry of an [`ActorList`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorEntry {
    /// Stable identifier; an entry with the id of a built-in actor overrides it.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind of actor.
    pub kind: crate::model::ActorKind,
    /// Other names to look for.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Finds the actors in `text`; `sections` are the outline's sections in pre-order.
pub fn extract(_text: &str, _sections: &[&Section], _list: Option<&ActorList>) -> Vec<Actor> {
    Vec::new()
}
