//! Time of the first half of the analysis, decoding and layout repair, alone: the best of
//! several runs on a report made by repeating the shared fixture.
//!
//! ```text
//! cargo run --release -p report-core --example decode_layout [MEGABYTES] [RUNS]
//! ```

mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let bytes = common::repeated_fixture(megabytes);
    let (mut best_decode, mut best_layout) = (f64::MAX, f64::MAX);
    for _ in 0..runs.max(1) {
        let clock = std::time::Instant::now();
        let decoded = common::decode(&bytes);
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
