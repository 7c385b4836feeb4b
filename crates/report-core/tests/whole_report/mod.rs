//! A whole report as a reader checks it, for snapshots of entire fixtures: metadata, signatories,
//! outline, the actors of some kinds and every statement. The test file that includes this
//! module includes the row modules it reads through.

use report_core::Report;

use super::{actor_rows, metadata_rows, outline_text, statement_rows};

/// The metadata's head, the signatories, the outline, the actors whose id starts with one of
/// `prefixes` and the statements of `r`, a blank line between each.
pub fn whole(r: &Report, prefixes: &[&str]) -> String {
    format!(
        "{}\n{}\n{}\n{}\n{}",
        metadata_rows::head(r),
        metadata_rows::signatories(r).unwrap_or_default(),
        outline_text::outline_text(r),
        actor_rows::rows_of(r, prefixes),
        statement_rows::all_rows(r)
    )
}
