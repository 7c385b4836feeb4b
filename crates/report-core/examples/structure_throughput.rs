//! Throughput of the structure stages on a large text made by repeating a report:
//! `cargo run --release -p report-core --example structure_throughput -- FILE [MB]`.
//!
//! Prints MB/s for decoding, layout repair, and the whole `analyze` (which adds outline,
//! metadata and the later stages).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: structure_throughput FILE [MB]");
        std::process::exit(2);
    };
    let megabytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let one = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::exit(2);
        }
    };
    let mut bytes = Vec::with_capacity(megabytes << 20);
    while bytes.len() < megabytes << 20 {
        bytes.extend_from_slice(&one);
        bytes.push(b'\n');
    }
    let mb = bytes.len() as f64 / 1e6;
    // The machine is shared, so wall time overstates the cost; the process's CPU time (Linux
    // only, 10 ms ticks) does not count time spent waiting for a core. Both are printed.
    let runs = 10;
    let measure = |f: &mut dyn FnMut()| {
        let (wall, cpu) = (Instant::now(), cpu_seconds());
        for _ in 0..runs {
            f();
        }
        let wall = wall.elapsed().as_secs_f64() / runs as f64;
        let cpu = cpu_seconds().zip(cpu).map(|(b, a)| (b - a) / runs as f64);
        (wall, cpu)
    };
    let decoded = report_core::decode(&bytes).expect("the input decodes");
    let decode = measure(&mut || {
        std::hint::black_box(report_core::decode(&bytes).expect("decodes"));
    });
    let repair = measure(&mut || {
        std::hint::black_box(report_core::repair(&decoded.text));
    });
    let analyze = measure(&mut || {
        std::hint::black_box(
            report_core::analyze(&bytes, &report_core::Config::default()).expect("decodes"),
        );
    });
    let layout = report_core::repair(&decoded.text);
    println!("input: {mb:.1} MB, {} blocks", layout.blocks.len());
    for (name, (wall, cpu)) in [("decode", decode), ("repair", repair), ("analyze", analyze)] {
        let cpu = cpu.map_or("n/a".to_string(), |c| format!("{:.1}", mb / c));
        println!("{name:8} wall {:8.1} MB/s   cpu {cpu:>8} MB/s", mb / wall);
    }
}

/// User plus system CPU time of this process, from /proc/self/stat.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
