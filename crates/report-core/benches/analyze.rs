//! Throughput of the whole analysis on a 1 MB and a 10 MB report, made by repeating the shared
//! fixture. The target is >= 100 MB/s natively (see helper docs); criterion prints `thrpt` in MB/s.
//!
//! Sample sizes are small so that `cargo bench -p report-core` finishes in well under 2 minutes:
//! a 10 MB analysis is a long, steady measurement on its own, so 10 samples are enough.

/// The allocator the command-line tool uses (see `report-cli/src/main.rs`): the benchmark
/// measures the analysis as that native tool runs it. With the system allocator a 10 MB run also
/// pays for the kernel mapping and zeroing fresh pages for every big buffer, each time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use report_core::{analyze, Config};
use std::hint::black_box;
use std::time::Duration;

/// The shared fixture, repeated (blank lines between copies) until it holds `size` bytes.
fn report_of(size: usize) -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/fixtures/jbz-raad-2022-07-verslag.txt"
    );
    let fixture = std::fs::read(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (shared/ must sit beside the repository)"));
    let mut report = Vec::with_capacity(size + fixture.len());
    while report.len() < size {
        report.extend_from_slice(&fixture);
        report.extend_from_slice(b"\n\n");
    }
    report
}

fn bench_analyze(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("analyze");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    for (label, size) in [("1MB", 1_000_000), ("10MB", 10_000_000)] {
        let input = report_of(size);
        group.throughput(Throughput::BytesDecimal(input.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &input, |b, input| {
            b.iter(|| analyze(black_box(input), &config))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
