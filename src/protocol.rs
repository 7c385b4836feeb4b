//! The page's side of the worker's messages (documented in the `report-worker` crate): putting
//! a [`Report`] back together from the parts the worker sends.

use report_core::packed::Packed;
use report_core::{Config, Report};

/// A report from the `structure` (or small `done`) message: its text, the JSON of the rest,
/// and the packed outline (numbers and labels as JSON).
pub fn report_from_parts(
    text: String,
    skeleton_json: &str,
    sections: &[u32],
    labels_json: &str,
) -> Result<Report, String> {
    let mut report: Report = serde_json::from_str(skeleton_json).map_err(|e| e.to_string())?;
    let labels = serde_json::from_str(labels_json).map_err(|e| e.to_string())?;
    report.outline = report_core::packed::unpack_outline(sections, labels)?;
    report.text = text;
    Ok(report)
}

/// The actors and statements of a `done` message, to add to its report with
/// [`Packed::unpack_into`].
pub fn packed(
    actors_json: &str,
    verbs_json: &str,
    mentions: Vec<u32>,
    statements: Vec<u32>,
) -> Result<Packed, String> {
    Ok(Packed {
        actors: serde_json::from_str(actors_json).map_err(|e| e.to_string())?,
        verbs: serde_json::from_str(verbs_json).map_err(|e| e.to_string())?,
        mentions,
        statements,
    })
}

/// Adds the actors and statements of a `done` message to `report` ([`packed`], then
/// [`Packed::unpack_into`], which the page runs in two tasks).
pub fn complete(
    report: &mut Report,
    actors_json: &str,
    verbs_json: &str,
    mentions: Vec<u32>,
    statements: Vec<u32>,
) -> Result<(), String> {
    packed(actors_json, verbs_json, mentions, statements)?.unpack_into(report)
}

/// Analyses on this thread, as the worker does: for native builds (the component tests).
pub fn analyze(bytes: &[u8], name: &str, actors: Option<&str>) -> Result<Report, String> {
    let config = Config::for_file(name, actors)?;
    report_core::analyze(bytes, &config).map_err(|e| e.to_string())
}
