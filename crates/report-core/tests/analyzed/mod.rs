//! The analysis of a test's text or bytes with the default configuration, and the diagnostic
//! codes of a report: the set-up most test files share.

use report_core::{analyze, analyze_text, Config, Report};

/// The report of `text`.
#[allow(dead_code)] // Not every test file that shares this module reads a text.
pub fn report(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

/// The report of `bytes`, which must decode.
#[allow(dead_code)] // Not every test file that shares this module reads bytes.
pub fn decoded(bytes: &[u8]) -> Report {
    analyze(bytes, &Config::default()).expect("decodes")
}

/// The codes of the report's diagnostics, space-separated, in order.
#[allow(dead_code)] // Not every test file that shares this module reads diagnostics.
pub fn codes(r: &Report) -> String {
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    codes.join(" ")
}
