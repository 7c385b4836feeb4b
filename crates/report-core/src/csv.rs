//! The mentions of a report as CSV, one row per mention: what `report-analyzer --format csv`
//! writes and what the page exports, so both give the same file.
//!
//! RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a
//! line break, quotes doubled. A text field that a spreadsheet would take for a formula (it
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so that
//! opening the export of a hostile document cannot run anything (OWASP's advice on CSV
//! injection). Numbers are written as they are.
//!
//! ```
//! let report = report_core::analyze(b"Nederland stelde dat het kan.", &Default::default()).unwrap();
//! let csv = report_core::csv::document("verslag.txt", &report);
//! assert_eq!(csv.lines().count(), 2);
//! assert!(csv.ends_with("verslag.txt,country:nl,Nederland,country,,,0,9,Nederland\r\n"));
//! ```

use crate::model::Report;
use std::borrow::Cow;

/// The columns, in order.
pub const COLUMNS: [&str; 9] = [
    "file",
    "actor_id",
    "actor_name",
    "kind",
    "section_number",
    "section_title",
    "start",
    "end",
    "text",
];

/// The header row.
pub fn header() -> String {
    let mut out = String::new();
    row(&mut out, COLUMNS);
    out
}

/// The header and the rows of one report.
pub fn document(file: &str, report: &Report) -> String {
    let mut out = header();
    rows(&mut out, file, report);
    out
}

/// Appends the mentions of one report in document order; `file` fills the first column, so
/// that the rows of several reports can share one file.
pub fn rows(out: &mut String, file: &str, report: &Report) {
    let sections = report.sections();
    let mut mentions: Vec<_> = report
        .actors
        .iter()
        .flat_map(|actor| actor.mentions.iter().map(move |m| (actor, m)))
        .collect();
    mentions.sort_by_key(|(actor, m)| (m.range.start, m.range.end, &actor.id));
    for (actor, mention) in mentions {
        let section = mention.section.and_then(|id| sections.get(id));
        let start = mention.range.start.to_string();
        let end = mention.range.end.to_string();
        row(
            out,
            [
                file,
                &actor.id,
                &actor.name,
                actor.kind.name(),
                section.and_then(|s| s.number.as_deref()).unwrap_or(""),
                section.map(|s| s.title.as_str()).unwrap_or(""),
                &start,
                &end,
                report.slice(mention.range),
            ],
        );
    }
}

fn row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(f));
    }
    out.push_str("\r\n");
}

/// A field as written: defused if a spreadsheet would read it as a formula, quoted when
/// RFC 4180 requires it.
pub fn field(value: &str) -> Cow<'_, str> {
    let value: Cow<'_, str> = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}").into()
    } else {
        value.into()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\"")).into()
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let rows = [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r", "\"cr\r\""),
            ("Oekraïne", "Oekraïne"),
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+31 70", "'+31 70"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("a=b", "a=b"),
        ];
        for (value, expected) in rows {
            assert_eq!(field(value), expected, "{value:?}");
        }
    }
}
