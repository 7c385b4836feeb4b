//! Measures the actor and statement passes alone on a text of about 10 MB made by repeating a
//! report, or prints what they find with `--dump`.
//!
//! ```text
//! cargo run --release -p report-core --example actors_bench -- FILE [--dump] [--mb N]
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes and their peak, to report the passes' peak memory.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// CPU time of this thread in seconds: the machine is shared, so wall time says little. Falls
/// back to wall time where `/proc` has no schedstat.
fn cpu_seconds(wall: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns as f64 / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: actors_bench FILE [--dump] [--mb N]");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if args.iter().any(|a| a == "--dump") {
        let report = match report_core::analyze(&bytes, &report_core::Config::default()) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        for a in &report.actors {
            println!(
                "{:<45} {:>3}  {:?} name={:?} role={:?} aff={:?} aliases={:?}",
                a.id,
                a.mentions.len(),
                a.kind,
                a.name,
                a.role,
                a.affiliation,
                a.aliases
            );
        }
        println!();
        for s in &report.statements {
            let short: String = report.slice(s.range).chars().take(90).collect();
            println!("{:<40} {:<18} {:<11?} {}", s.actor, s.verb, s.stance, short);
        }
        return;
    }
    let mb: usize = args
        .iter()
        .position(|a| a == "--mb")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let mut big = String::with_capacity(mb << 20);
    while big.len() < mb << 20 {
        big.push_str(&text);
        big.push_str("\n\n");
    }
    // The first call compiles the tables (a cost paid once per process or page load).
    let t = Instant::now();
    let _ = report_core::actors_and_statements("Nederland stelde dat.", None);
    println!(
        "tables compiled in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let _ = report_core::actors_and_statements(&text, None);
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut counts = (0, 0, 0);
    for _ in 0..3 {
        let t = Instant::now();
        let cpu = cpu_seconds(t);
        let (actors, statements) = report_core::actors_and_statements(&big, None);
        best = best.min(t.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(cpu_seconds(t) - cpu);
        counts = (
            actors.len(),
            actors.iter().map(|a| a.mentions.len()).sum(),
            statements.len(),
        );
    }
    let mbytes = big.len() as f64 / 1e6;
    // One run at a time: each run's result is dropped at the end of its iteration.
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    println!(
        "peak heap above the input: {:.1} MB ({:.1}x input)",
        peak as f64 / 1e6,
        peak as f64 / big.len() as f64
    );
    println!(
        "{:.1} MB in {:.3} s wall, {:.3} s CPU: {:.0} MB/s wall, {:.0} MB/s CPU \
         ({} actors, {} mentions, {} statements)",
        mbytes,
        best,
        best_cpu,
        mbytes / best,
        mbytes / best_cpu,
        counts.0,
        counts.1,
        counts.2
    );
}
