//! One row per mention: the core's CSV (`report_core::csv`), which the page exports too.

use report_core::Report;
use std::io::{self, Write};

/// Writes the header row.
pub fn header(out: &mut impl Write) -> io::Result<()> {
    out.write_all(report_core::csv::header().as_bytes())
}

/// Writes the mentions of one report, in document order.
pub fn rows(out: &mut impl Write, path: &str, report: &Report) -> io::Result<()> {
    let mut rows = String::new();
    report_core::csv::rows(&mut rows, path, report);
    out.write_all(rows.as_bytes())
}
