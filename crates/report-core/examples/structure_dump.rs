//! Prints the blocks, outline and metadata that the structure stages find in a file, for
//! looking at a new layout by eye: `cargo run --example structure_dump -- FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: structure_dump FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::exit(2);
        }
    };
    let decoded = match report_core::decode(&bytes) {
        Ok(decoded) => decoded,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::exit(2);
        }
    };
    let layout = report_core::repair(&decoded.text);
    println!("encoding: {}, pages: {}", decoded.encoding, layout.pages);
    for block in &layout.blocks {
        let text = &layout.text[block.span.start..block.span.end];
        println!(
            "[{:?} p{} l{}] {}",
            block.kind, block.page, block.lines, text
        );
    }
    let report = report_core::analyze(&bytes, &report_core::Config::default());
    if let Ok(report) = report {
        for section in report.sections() {
            println!(
                "{}{} {:?} {}",
                "  ".repeat(section.level as usize),
                section.id,
                section.number,
                section.title
            );
        }
        println!("{:#?}", report.metadata);
        println!("{:#?}", report.diagnostics);
    }
}
