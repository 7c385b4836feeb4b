//! report-core behind a minimal wasm-bindgen surface, so that `bench/wasm-node.mjs` can time the
//! analysis compiled to WebAssembly without the Yew page around it. The functions return counts,
//! not the report, so that the time measured is the analysis and not the copy into JavaScript.
//!
//! ```text
//! cargo build --release --target wasm32-unknown-unknown -p report-core-bench-wasm
//! wasm-bindgen --target nodejs --out-dir target/wasm-bench \
//!     target/wasm32-unknown-unknown/release/report_core_bench_wasm.wasm
//! node bench/wasm-node.mjs
//! ```

use wasm_bindgen::prelude::wasm_bindgen;

fn analyze(bytes: &[u8]) -> Option<report_core::Report> {
    report_core::analyze(bytes, &report_core::Config::default()).ok()
}

/// Analyses `bytes`; returns the number of actors, or `u32::MAX` when the input was refused.
#[wasm_bindgen]
pub fn analyze_bytes(bytes: &[u8]) -> u32 {
    analyze(bytes).map_or(u32::MAX, |r| r.actors.len() as u32)
}

/// Analyses `bytes`; returns `[sections, actors, mentions, statements, text bytes]`, or an empty
/// array when the input was refused. Lets the benchmark show that real work was done.
#[wasm_bindgen]
pub fn analyze_counts(bytes: &[u8]) -> Vec<u32> {
    analyze(bytes).map_or_else(Vec::new, |r| {
        vec![
            r.sections().len() as u32,
            r.actors.len() as u32,
            r.actors.iter().map(|a| a.mentions.len() as u32).sum(),
            r.statements.len() as u32,
            r.text.len() as u32,
        ]
    })
}

/// Analyses `bytes` and serialises the report to JSON, as the page's export does; returns the
/// length of the JSON, or 0 when the input was refused.
#[wasm_bindgen]
pub fn analyze_json_len(bytes: &[u8]) -> usize {
    analyze(bytes)
        .and_then(|r| serde_json::to_string(&r).ok())
        .map_or(0, |json| json.len())
}

/// Analyses `bytes` stage by stage on one thread, as the page's worker does; returns each stage's
/// name and milliseconds, such as `decode 9.1, layout 40.2, …`, or the decoding error.
#[wasm_bindgen]
pub fn stage_times(bytes: &[u8]) -> String {
    let start = now();
    let text = match report_core::decode(bytes) {
        Ok(decoded) => decoded.text,
        Err(error) => return error.to_string(),
    };
    let mut times = vec![("decode", now() - start)];
    times.extend(report_core::stage_times_with(&text, &mut now));
    let parts: Vec<String> = times
        .iter()
        .map(|(name, ms)| format!("{name} {ms:.1}"))
        .collect();
    parts.join(", ")
}

#[wasm_bindgen]
extern "C" {
    /// The clock of the JavaScript host, in milliseconds.
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let text = b"I. Raad\n\n1. Migratie\n\nDe Raad besprak het voorstel.\n";
        let counts = analyze_counts(text);
        assert_eq!(counts.len(), 5);
        assert_eq!(counts[0], 2, "two sections");
        assert!(analyze_json_len(text) > 0);
        assert_eq!(analyze_bytes(b"\0binary"), u32::MAX);
        assert!(analyze_counts(b"\0binary").is_empty());
    }
}
