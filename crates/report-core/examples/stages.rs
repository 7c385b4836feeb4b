//! Time per stage of one analysis of a report made by repeating the shared fixture, so that a
//! speed-up goes where the time is:
//!
//! ```text
//! cargo run --release -p report-core --example stages [MEGABYTES] [RUNS]
//! ```
//! The first run includes one-time set-up (tables, patterns), as a cold call in the page does.

mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let bytes = common::repeated_fixture(megabytes);
    let clock = std::time::Instant::now();
    let decoded = common::decode(&bytes);
    let decode = clock.elapsed();
    println!(
        "{:.1} MB; decode {:.1} ms",
        bytes.len() as f64 / 1e6,
        decode.as_secs_f64() * 1e3
    );
    for run in 1..=runs {
        let times = report_core::stage_times(&decoded.text);
        let total: f64 = times.iter().map(|(_, t)| t.as_secs_f64()).sum();
        let parts: Vec<String> = times
            .iter()
            .map(|(name, t)| format!("{name} {:.1}", t.as_secs_f64() * 1e3))
            .collect();
        println!(
            "run {run}: {} ms; total {:.1} ms = {:.0} MB/s",
            parts.join(", "),
            total * 1e3,
            bytes.len() as f64 / 1e6 / total
        );
    }
}
