//! Peak heap memory of one analysis of a 10 MB report, as a multiple of the input size (the target
//! is <= 8x), and the time it took.
//!
//! ```text
//! cargo run --release -p report-core --example peak_memory [MEGABYTES]
//! ```
//! A counting global allocator tracks live bytes; the peak is measured from the moment `analyze`
//! starts, with the input already allocated, and includes the returned `Report`.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let live = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(live, Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let input = common::repeated_fixture(megabytes);

    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let started = Instant::now();
    let report = report_core::analyze(&input, &report_core::Config::default());
    let elapsed = started.elapsed();
    let peak = PEAK.load(Relaxed) - before;
    let kept = LIVE.load(Relaxed) - before;

    let (sections, actors, statements) = match &report {
        Ok(r) => (r.sections().len(), r.actors.len(), r.statements.len()),
        Err(e) => {
            eprintln!("peak_memory: the input was refused: {e}");
            std::process::exit(1);
        }
    };
    let mb = input.len() as f64 / 1e6;
    println!("input {mb:.1} MB: {sections} sections, {actors} actors, {statements} statements");
    println!(
        "time {:.1} ms = {:.0} MB/s (one cold run; see cargo bench for a steady figure)",
        elapsed.as_secs_f64() * 1e3,
        mb / elapsed.as_secs_f64()
    );
    println!(
        "peak heap during analyze {:.1} MB = {:.2}x input (report kept: {:.1} MB = {:.2}x); target <= 8x",
        peak as f64 / 1e6,
        peak as f64 / input.len() as f64,
        kept as f64 / 1e6,
        kept as f64 / input.len() as f64
    );
}
