//! Table tests of single metadata fields on small invented documents: each row names what it
//! checks, the text, the field to read and the value it must have.

use report_core::{analyze_text, Config, Report};

/// One metadata field of a small document: (what, text, field, expected value).
#[allow(dead_code)] // Not every test file that shares this module checks rows of fields.
pub type FieldRow = (
    &'static str,
    &'static str,
    fn(&Report) -> Option<String>,
    Option<&'static str>,
);

/// Analyses each row's text and fails once, listing every row whose field is not as expected.
#[allow(dead_code)] // Not every test file that shares this module checks rows of fields.
pub fn check_fields(rows: &[FieldRow]) {
    let mut wrong = Vec::new();
    for (what, text, field, expected) in rows {
        let got = field(&analyze_text(text, &Config::default()));
        if got.as_deref() != *expected {
            wrong.push(format!("{what}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The signatories of a report as `role/name` pairs (Debug forms), joined by `; `: a field for
/// [`check_fields`].
#[allow(dead_code)] // Not every test file that shares this module reads signatories.
pub fn signatories(r: &Report) -> Option<String> {
    Some(
        r.metadata
            .signatories
            .iter()
            .map(|s| format!("{:?}/{:?}", s.role, s.name))
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// The meeting dates of a report, joined by `,`: a field for [`check_fields`].
#[allow(dead_code)] // Not every test file that shares this module reads meeting dates.
pub fn meeting_dates(r: &Report) -> Option<String> {
    Some(r.metadata.meeting_dates.join(","))
}

/// The kind, title, letter date, meeting dates and place of `r`, on one line.
#[allow(dead_code)] // Not every test file that shares this module reads the head.
pub fn head(r: &Report) -> String {
    let m = &r.metadata;
    format!(
        "{:?} | {:?} | {:?} | {:?} | {:?}",
        m.kind, m.title, m.letter_date, m.meeting_dates, m.place
    )
}
