//! Wall time of six 10 MB analyses, both ways a caller runs one: `analyze_structure` then
//! `finish` (the page's two steps) and `analyze` in one go (the CLI):
//!
//! ```text
//! cargo run --release -p report-core --example wall
//! ```
mod common;
fn main() {
    let bytes = common::repeated_fixture(10);
    let config = report_core::Config::default();
    for _ in 0..6 {
        let t = std::time::Instant::now();
        let s = report_core::analyze_structure(&bytes, &config).unwrap();
        let a = t.elapsed();
        let r = s.finish();
        let b = t.elapsed();
        let t2 = std::time::Instant::now();
        drop(r);
        let dropped = t2.elapsed();
        let t3 = std::time::Instant::now();
        let whole = report_core::analyze(&bytes, &config).unwrap();
        let c = t3.elapsed();
        drop(whole);
        println!(
            "structure {:.1} finish {:.1} total {:.1} drop {:.1}; analyze {:.1}",
            a.as_secs_f64() * 1e3,
            (b - a).as_secs_f64() * 1e3,
            b.as_secs_f64() * 1e3,
            dropped.as_secs_f64() * 1e3,
            c.as_secs_f64() * 1e3,
        );
    }
}
