//! Reads a test fixture by its path under `tests/fixtures/`, naming the file when it fails.

/// The bytes of `tests/fixtures/{path}`.
pub fn read(path: &str) -> Vec<u8> {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}
