//! Table tests of single metadata fields on small invented documents: each row names what it
//! checks, the text, the field to read and the value it must have.

use report_core::{analyze_text, Config, Report};

/// One metadata field of a small document: (what, text, field, expected value).
pub type FieldRow = (
    &'static str,
    &'static str,
    fn(&Report) -> Option<String>,
    Option<&'static str>,
);

/// Analyses each row's text and fails once, listing every row whose field is not as expected.
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
