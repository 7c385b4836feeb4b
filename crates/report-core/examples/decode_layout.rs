//! Time of the first half of the analysis, decoding and layout repair, alone: the best of
//! several runs on a report made by repeating the shared fixture.
//!
//! ```text
//! cargo run --release -p report-core --example decode_layout [MEGABYTES] [RUNS]
//! ```

fn main() {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
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
    let (mut best_decode, mut best_layout) = (f64::MAX, f64::MAX);
    for _ in 0..runs.max(1) {
        let clock = std::time::Instant::now();
        let decoded = match report_core::decode(&bytes) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        best_decode = best_decode.min(clock.elapsed().as_secs_f64() * 1e3);
        let clock = std::time::Instant::now();
        let layout = report_core::repair(&decoded.text);
        best_layout = best_layout.min(clock.elapsed().as_secs_f64() * 1e3);
        drop(layout);
    }
    println!(
        "{:.1} MB; best of {runs}: decode {best_decode:.1} ms, layout {best_layout:.1} ms",
        bytes.len() as f64 / 1e6
    );
}
