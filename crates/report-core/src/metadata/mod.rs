//! Repaired text and outline → metadata: kind, title, dates, place, reference, signatories.

use crate::layout::Layout;
use crate::model::{Metadata, Section};

/// Reads the document's metadata.
pub fn extract(_layout: &Layout, _outline: &[Section]) -> Metadata {
    Metadata::default()
}
