//! The page's analysis Web Worker: runs `report-core` off the main thread, so the page never
//! freezes, and hands the report over in a form the page can take in quickly.
//!
//! Messages (plain objects; `id` is the page's request number):
//!
//! Page → worker:
//! - `{type: "analyze", id, name, bytes: ArrayBuffer (transferred), actors?: JSON of an actor list}`
//! - `{type: "api", id, bytes: ArrayBuffer (transferred), options?: JSON of analyze()'s options}`
//!
//! Worker → page:
//! - `{type: "ready"}` once, when it can take requests (after [`warm_up`]);
//! - `{type: "progress", id, fraction, stage}`: `stage` is `"structure"` or `"actors"`;
//! - `{type: "structure", id, text: Uint8Array, report: JSON, sections: Uint32Array, labels:
//!   JSON}` for inputs of at least [`STAGED_FROM`] bytes: the report without actors and
//!   statements, so the page can show the outline while the actors are found; the text travels
//!   as bytes, the outline packed (`report_core::packed::pack_outline`), the rest as JSON;
//! - `{type: "done", id, actors: JSON, verbs: JSON, mentions: Uint32Array, statements:
//!   Uint32Array}`: the rest, packed (`report_core::packed`); for smaller inputs it also holds
//!   `text`, `report`, `sections` and `labels`, so that the page shows everything at once;
//! - `{type: "api-done", id, json}`: the answer to `api`, the report as JSON text with UTF-16
//!   ranges ([`api`]);
//! - `{type: "error", id, message}`: the file could not be read (binary, say), for people.
//!
//! Typed arrays are transferred, not copied; the text travels as bytes because a 10 MB string
//! inside JSON would have to be escaped, copied and parsed again on the main thread.
#![deny(missing_docs)]

pub mod api;
pub mod warm_up;

use report_core::{Config, Report, Structure};

/// Inputs from this size on are answered in two steps (`structure`, then `done`): below it the
/// whole analysis takes well under a tenth of a second, and one step avoids showing the text
/// without its highlights for a moment.
pub const STAGED_FROM: usize = 1 << 20;

/// Decodes and reads the structure, as the worker does first.
pub fn structure(bytes: &[u8], name: &str, actors: Option<&str>) -> Result<Structure, String> {
    let config = Config::for_file(name, actors)?;
    report_core::analyze_structure(bytes, &config).map_err(|e| e.to_string())
}

/// The JSON of a report without its text, outline, actors and statements: what `structure`
/// carries besides the text and the packed outline ([`outline_parts`]). Built field by field,
/// because cloning the report would copy its megabytes of text only to drop them.
pub fn skeleton_json(report: &Report) -> String {
    let skeleton = Report {
        schema_version: report.schema_version.clone(),
        source: report.source.clone(),
        metadata: report.metadata.clone(),
        outline: Vec::new(),
        actors: Vec::new(),
        statements: Vec::new(),
        diagnostics: report.diagnostics.clone(),
        text: String::new(),
    };
    serde_json::to_string(&skeleton).unwrap_or_default()
}

/// The outline packed (`report_core::packed::pack_outline`): the numbers, and the labels as
/// JSON.
pub fn outline_parts(report: &Report) -> (Vec<u32>, String) {
    let (numbers, labels) = report_core::packed::pack_outline(&report.outline);
    (numbers, serde_json::to_string(&labels).unwrap_or_default())
}

#[cfg(target_arch = "wasm32")]
mod worker;
#[cfg(target_arch = "wasm32")]
pub use worker::worker_main;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_and_the_packed_rest_make_the_whole_report() {
        let text = "I. Binnenlandse Zaken\n\n1. Migratie\n\nNederland stelde dat het kan. \
                    Frankrijk en Spanje steunden het voorstel.\n";
        let whole = report_core::analyze(
            text.as_bytes(),
            &Config {
                file_name: Some("a.txt".into()),
                actors: None,
            },
        )
        .unwrap();
        let structure = structure(text.as_bytes(), "a.txt", None).unwrap();
        let mut page: Report = serde_json::from_str(&skeleton_json(structure.report())).unwrap();
        assert!(page.text.is_empty() && page.actors.is_empty() && page.outline.is_empty());
        page.text = structure.report().text.clone();
        let (numbers, labels) = outline_parts(structure.report());
        let labels = serde_json::from_str(&labels).unwrap();
        page.outline = report_core::packed::unpack_outline(&numbers, labels).unwrap();
        let packed = report_core::packed::pack(&structure.finish());
        let json = serde_json::to_string(&packed.actors).unwrap();
        let actors = serde_json::from_str(&json).unwrap();
        report_core::packed::Packed { actors, ..packed }
            .unpack_into(&mut page)
            .unwrap();
        assert_eq!(page, whole);
        assert_eq!(page.statements.len(), 3);
    }

    #[test]
    fn bad_input_and_bad_actor_lists_are_messages() {
        assert_eq!(
            structure(b"\x89PNG\0\0\x01", "a.png", None).unwrap_err(),
            "this looks like a binary file: NUL byte at offset 4"
        );
        assert!(structure(b"tekst", "a.txt", Some("{"))
            .unwrap_err()
            .starts_with("actor list:"));
    }
}
