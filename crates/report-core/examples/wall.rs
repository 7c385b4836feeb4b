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
        println!(
            "structure {:.1} finish {:.1} total {:.1} drop {:.1}",
            a.as_secs_f64() * 1e3,
            (b - a).as_secs_f64() * 1e3,
            b.as_secs_f64() * 1e3,
            t2.elapsed().as_secs_f64() * 1e3
        );
    }
}
