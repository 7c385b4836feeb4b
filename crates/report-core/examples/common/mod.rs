//! What the examples share: the report they time, made by repeating the shared fixture.

/// The shared fixture, repeated (a blank line between copies) until it holds `megabytes` MB;
/// exits with a message when the fixture is missing.
pub fn repeated_fixture(megabytes: usize) -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/fixtures/jbz-raad-2022-07-verslag.txt"
    );
    let one = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e} (shared/ must sit beside the repository)");
        std::process::exit(2);
    });
    let mut bytes = Vec::with_capacity(megabytes * 1_000_000 + one.len());
    while bytes.len() < megabytes * 1_000_000 {
        bytes.extend_from_slice(&one);
        bytes.extend_from_slice(b"\n\n");
    }
    bytes
}

/// The decoded text of `bytes`; exits with the decoder's message when they are refused.
#[allow(dead_code)] // peak_memory times the whole analysis and decodes nothing on its own
pub fn decode(bytes: &[u8]) -> report_core::Decoded {
    report_core::decode(bytes).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1);
    })
}
