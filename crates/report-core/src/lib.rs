//! # report-core
//!
//! The pure analysis core of Report Analyzer. It turns the bytes of a meeting report into a
//! [`Report`]: metadata, an outline tree, the actors with every mention, and who said what.
//! It knows nothing about browsers or files: bytes and a [`Config`] go in, a `Report` comes out.
//!
//! Data flows one way: bytes → text ([`decode`]) → repaired text and blocks (layout) →
//! outline, actors, statements → [`Report`].
//!
//! ```
//! let report = report_core::analyze(
//!     b"I. Binnenlandse Zaken\n\n1. Migratie\n\nNederland stelde dat het kan.\n",
//!     &report_core::Config::default(),
//! ).unwrap();
//! assert_eq!(report.outline[0].title, "Binnenlandse Zaken");
//! assert_eq!(report.outline[0].children[0].title, "Migratie");
//! ```
#![deny(missing_docs)]

mod actors;
pub mod csv;
mod decode;
mod layout;
pub mod markdown;
mod metadata;
mod model;
mod outline;
pub mod packed;
mod report_json;
mod sentences;
mod statements;
mod turns;

pub use actors::{ActorEntry, ActorList};
pub use decode::{decode, DecodeError, Decoded, InputFormat};
pub use layout::{repair, Block, BlockKind, Layout, OffsetMap};
pub use metadata::dates;
pub use model::*;

/// Settings for one analysis.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// File name to record in [`Report::source`].
    pub file_name: Option<String>,
    /// The user's own actors, extending or overriding the built-in gazetteer.
    pub actors: Option<ActorList>,
}

impl Config {
    /// The settings for a file of this name and, optionally, an actor list as JSON (the format
    /// of `report-analyzer --actors`); a list that does not parse is an error for people.
    pub fn for_file(name: &str, actors_json: Option<&str>) -> Result<Config, String> {
        let actors = match actors_json {
            Some(json) => Some(
                serde_json::from_str::<ActorList>(json).map_err(|e| format!("actor list: {e}"))?,
            ),
            None => None,
        };
        Ok(Config {
            file_name: Some(name.to_string()),
            actors,
        })
    }
}

/// Analyses the bytes of a report.
///
/// Only decoding can fail (a binary file, say); problems with the content become
/// [`Report::diagnostics`].
pub fn analyze(bytes: &[u8], config: &Config) -> Result<Report, DecodeError> {
    #[cfg(not(target_arch = "wasm32"))]
    if bytes.len() >= PARALLEL_FROM {
        return analyze_overlapped(bytes, config);
    }
    Ok(analyze_structure(bytes, config)?.finish())
}

/// [`analyze`] of a big text natively, where the outline and metadata are built on the second
/// thread while the actors are found on the first: in the two steps of [`Structure`] they are
/// built first, on one thread while the other waits. Gives what those two steps give.
#[cfg(not(target_arch = "wasm32"))]
fn analyze_overlapped(bytes: &[u8], config: &Config) -> Result<Report, DecodeError> {
    let mut decoded = decode::decode_borrowed(bytes)?;
    let layout = layout::repair(&decoded.text);
    let text_len = decoded.text.len();
    // Neither the decoded text nor (once the outline is built) the blocks and the offset map
    // are needed again: their memory goes before the actors' and statements' comes.
    decoded.text = std::borrow::Cow::Borrowed("");
    let sentences = statements::SharedSentences::new(&layout.text);
    let (unplaced, (outline, metadata, prepared)) = actors::gather_beside(
        &layout.text,
        config.actors.as_ref(),
        || {
            let outline = outline::build(&layout);
            let metadata = metadata::extract(&layout, &outline);
            (outline, metadata, statements::prepare_sharing(&sentences))
        },
        || sentences.help(),
    );
    let prepared = prepared.map(|p| p.with_sentences(sentences));
    let Layout {
        text, diagnostics, ..
    } = layout;
    let sections = flatten(&outline);
    let actors = actors::place(&text, &sections, unplaced);
    let statements = statements::extract_prepared(&text, &sections, &actors, prepared, true);
    drop(sections);
    let mut report = report_of((text, diagnostics), outline, metadata, config, text_len);
    report.actors = actors;
    report.statements = statements;
    with_source(&mut report, bytes, decoded);
    Ok(report)
}

/// Analyses text that is already decoded.
pub fn analyze_text(text: &str, config: &Config) -> Report {
    structure_of_text(text, config).finish()
}

/// The first half of an analysis: the repaired text, outline and metadata, without actors
/// and statements. The page shows it while [`Structure::finish`] finds the actors, which
/// takes most of the time.
#[derive(Clone, Debug)]
pub struct Structure {
    report: Report,
    actors: Option<ActorList>,
}

impl Structure {
    /// The report so far: `actors` and `statements` are still empty.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Finds the actors and statements: the whole [`Report`].
    pub fn finish(self) -> Report {
        self.finish_with(true)
    }

    /// [`Structure::finish`] on one thread whatever the size: for the test that holds both
    /// paths to the same result.
    #[doc(hidden)]
    pub fn finish_on_one_thread(self) -> Report {
        self.finish_with(false)
    }

    fn finish_with(self, threads: bool) -> Report {
        let mut report = self.report;
        let sections = flatten(&report.outline);
        let list = self.actors.as_ref();
        let (actors, prepared) = actors_and_verbs(&report.text, &sections, list, threads);
        let statements =
            statements::extract_prepared(&report.text, &sections, &actors, prepared, threads);
        report.actors = actors;
        report.statements = statements;
        report
    }
}

/// Texts from this size on find their verbs and sentences on a second thread while the actors
/// are found (natively; WebAssembly in the page has one thread): below it a thread costs more
/// than it saves.
#[cfg(not(target_arch = "wasm32"))]
const PARALLEL_FROM: usize = 256 * 1024;

/// The actors, and the text-only half of statement finding: side by side on two threads for big
/// texts when `threads` allows and the platform has threads.
fn actors_and_verbs(
    text: &str,
    sections: &[&Section],
    list: Option<&ActorList>,
    threads: bool,
) -> (Vec<Actor>, Option<statements::Prepared>) {
    #[cfg(not(target_arch = "wasm32"))]
    if threads && text.len() >= PARALLEL_FROM {
        return actors::extract_beside(text, sections, list, || statements::prepare(text));
    }
    #[cfg(target_arch = "wasm32")]
    let _ = threads;
    (
        actors::extract(text, sections, list),
        statements::prepare(text),
    )
}

/// Decodes the bytes and reads the structure: the first half of [`analyze`].
pub fn analyze_structure(bytes: &[u8], config: &Config) -> Result<Structure, DecodeError> {
    let decoded = decode::decode_borrowed(bytes)?;
    let mut structure = structure_of_text(&decoded.text, config);
    with_source(&mut structure.report, bytes, decoded);
    Ok(structure)
}

/// Records the file's size and encoding in `report`, and the decoder's diagnostics before the
/// others.
fn with_source(report: &mut Report, bytes: &[u8], decoded: decode::DecodedRef<'_>) {
    report.source.bytes = bytes.len();
    report.source.encoding = decoded.encoding.to_string();
    let mut diagnostics = decoded.diagnostics;
    diagnostics.append(&mut report.diagnostics);
    report.diagnostics = diagnostics;
}

fn structure_of_text(text: &str, config: &Config) -> Structure {
    let layout = layout::repair(text);
    let outline = outline::build(&layout);
    let metadata = metadata::extract(&layout, &outline);
    Structure {
        report: report_of(
            (layout.text, layout.diagnostics),
            outline,
            metadata,
            config,
            text.len(),
        ),
        actors: config.actors.clone(),
    }
}

/// The report of the structure read from a text of `bytes` bytes, without actors and
/// statements: the repaired text and the layout's diagnostics, the outline and the metadata.
fn report_of(
    (text, mut diagnostics): (String, Vec<Diagnostic>),
    outline: Vec<Section>,
    metadata: Metadata,
    config: &Config,
    bytes: usize,
) -> Report {
    if text.trim().is_empty() {
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "empty-input",
            "the file holds no text",
        ));
    }
    Report {
        schema_version: SCHEMA_VERSION.to_string(),
        source: Source {
            name: config.file_name.clone(),
            bytes,
            encoding: "UTF-8".to_string(),
        },
        metadata,
        outline,
        actors: Vec::new(),
        statements: Vec::new(),
        diagnostics,
        text,
    }
}

/// Actors and statements of text taken as already repaired, without an outline: for
/// benchmarks and tests of those passes alone.
#[doc(hidden)]
pub fn actors_and_statements(text: &str, list: Option<&ActorList>) -> (Vec<Actor>, Vec<Statement>) {
    let actors = actors::extract(text, &[], list);
    let statements = statements::extract(text, &[], &actors);
    (actors, statements)
}

/// The largest char boundary of `text` at or below `at`: where a window of a byte length may
/// end without cutting a character.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The sections of an outline in pre-order, so that `sections[id]` is the section with that id.
fn flatten(outline: &[Section]) -> Vec<&Section> {
    fn walk<'a>(nodes: &'a [Section], out: &mut Vec<&'a Section>) {
        for node in nodes {
            out.push(node);
            walk(&node.children, out);
        }
    }
    let mut out = Vec::new();
    walk(outline, &mut out);
    out
}

/// How long each stage of [`analyze_text`] takes on `text`, in order: for the `stages` example,
/// which shows where a speed-up should go. Native only (`Instant` panics in wasm32).
#[doc(hidden)]
pub fn stage_times(text: &str) -> Vec<(&'static str, std::time::Duration)> {
    let start = std::time::Instant::now();
    stage_times_with(text, &mut || start.elapsed().as_secs_f64() * 1e3)
        .into_iter()
        .map(|(name, ms)| (name, std::time::Duration::from_secs_f64(ms / 1e3)))
        .collect()
}

/// [`stage_times`] with any clock in milliseconds, so that the wasm benchmark can pass
/// `performance.now`; one thread, as a page's worker runs.
#[doc(hidden)]
pub fn stage_times_with(text: &str, now: &mut dyn FnMut() -> f64) -> Vec<(&'static str, f64)> {
    let mut out = Vec::new();
    let mut clock = now();
    let mut lap = |name: &'static str, out: &mut Vec<_>| {
        let time = now();
        out.push((name, time - clock));
        clock = time;
    };
    let layout = layout::repair(text);
    lap("layout", &mut out);
    let outline = outline::build(&layout);
    lap("outline", &mut out);
    let metadata = metadata::extract(&layout, &outline);
    lap("metadata", &mut out);
    let sections = flatten(&outline);
    let actors = actors::extract(&layout.text, &sections, None);
    lap("actors", &mut out);
    let statements = statements::extract(&layout.text, &sections, &actors);
    lap("statements", &mut out);
    drop((statements, actors, sections));
    drop((metadata, outline, layout));
    lap("drop", &mut out);
    out
}
