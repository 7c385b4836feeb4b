//! Reads a test fixture by its path under `tests/fixtures/`, naming the file when it fails, and
//! analyses it.

/// The bytes of `tests/fixtures/{path}`.
pub fn read(path: &str) -> Vec<u8> {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The report of the fixture `tests/fixtures/{path}`, read as bytes (some are not UTF-8) and
/// analysed with the default settings.
#[allow(dead_code)] // Not every test file that shares this module analyses whole fixtures.
pub fn report(path: &str) -> report_core::Report {
    report_core::analyze(&read(path), &report_core::Config::default()).expect("decodes")
}
