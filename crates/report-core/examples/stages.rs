//! Time per stage of one analysis of a report made by repeating the shared fixture, so that a
//! speed-up goes where the time is:
//!
//! ```text
//! cargo run --release -p report-core --example stages [MEGABYTES] [RUNS]
//! ```
//! The first run includes one-time set-up (tables, patterns), as a cold call in the page does.

fn main() {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
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
    let clock = std::time::Instant::now();
    let decoded = match report_core::decode(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
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
