//! Time of one analysis of texts shaped to find work that grows faster than the text: each
//! shape at 1 MB and at 4 MB, and the ratio of the two times. A ratio near 4 is linear; one near
//! 16 is quadratic, and a 200 MB file of that shape would not finish.
//!
//! ```text
//! cargo run --release -p report-core --example stress [SHAPE]
//! ```
//! The shapes are the ones that were quadratic once (a text without full stops, a paragraph of
//! names saved as one line, a report flattened to one line) and their neighbours.

use report_core::{analyze, Config};
use std::time::Instant;

/// The shared fixture, for the shapes that start from a real report.
fn fixture() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/fixtures/jbz-raad-2022-07-verslag.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e} (shared/ must sit beside the repository)");
        std::process::exit(2);
    })
}

/// `unit` repeated to `size` bytes, cut at a character boundary.
fn repeated(unit: &str, size: usize) -> String {
    let mut text = unit.repeat(size / unit.len() + 1);
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn main() {
    let only = std::env::args().nth(1);
    let report = fixture();
    let one_line = report.split_whitespace().collect::<Vec<_>>().join(" ") + " ";
    let no_blank_lines: String = report
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let shapes: Vec<(&str, String)> = vec![
        ("report on one line", one_line),
        ("report without blank lines", no_blank_lines),
        (
            "one line, commas only",
            "De Raad besprak het voorstel en Nederland steunde het, ".into(),
        ),
        ("one line of names", "Minister Jan Jansen, ".into()),
        (
            "table without full stops",
            "Jan Jansen        Minister van Financiën        Nederland\n".into(),
        ),
        ("Markdown headings", "## Kop\n\n- punt\n\n".into()),
        (
            "signatures",
            "De Minister van Buitenlandse Zaken,\n\nP.J. Vermeulen\n\n".into(),
        ),
        (
            "first person on one line",
            "We support the proposal and I welcome the agreement. ".into(),
        ),
        (
            "an open quotation",
            "\"De Raad besprak het voorstel. Nederland steunde het. ".into(),
        ),
    ];
    let config = Config::default();
    println!(
        "{:<28} {:>9} {:>9} {:>6}",
        "shape", "1 MB ms", "4 MB ms", "ratio"
    );
    for (name, unit) in shapes {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let mut times = [0.0; 2];
        for (k, megabytes) in [1, 4].into_iter().enumerate() {
            // A speaker named first, so that a first person has someone to be.
            let text = "Remarks by President Jan Jansen\n\n".to_string()
                + &repeated(&unit, megabytes * 1_000_000);
            let clock = Instant::now();
            let report = analyze(text.as_bytes(), &config);
            times[k] = clock.elapsed().as_secs_f64() * 1e3;
            drop(report);
        }
        println!(
            "{:<28} {:>9.1} {:>9.1} {:>6.1}",
            name,
            times[0],
            times[1],
            times[1] / times[0]
        );
    }
}
