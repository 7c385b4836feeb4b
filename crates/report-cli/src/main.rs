//! `report-analyzer`: analyse report files from the command line.
//!
//! ```text
//! report-analyzer analyze FILE... [--format json|text]
//! ```
//! Exits 0 on success, 2 with a one-line message on stderr when a file cannot be analysed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: report-analyzer analyze FILE... [--format json|text]";

/// Output formats.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

struct Args {
    files: Vec<PathBuf>,
    format: Format,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("analyze") => {}
        Some("--help" | "-h") | None => return Err(USAGE.to_string()),
        Some(other) => return Err(format!("unknown command '{other}'; {USAGE}")),
    }
    let mut files = Vec::new();
    let mut format = Format::Text;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => {
                format = match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    Some(other) => {
                        return Err(format!("unknown format '{other}'; use json or text"))
                    }
                    None => return Err("--format needs a value: json or text".to_string()),
                }
            }
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option '{flag}'; {USAGE}"))
            }
            _ => files.push(PathBuf::from(arg)),
        }
    }
    if files.is_empty() {
        return Err(format!("no file given; {USAGE}"));
    }
    Ok(Args { files, format })
}

fn analyze_file(path: &Path) -> Result<report_core::Report, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let config = report_core::Config {
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
        ..Default::default()
    };
    report_core::analyze(&bytes, &config).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_text(out: &mut impl Write, report: &report_core::Report) -> std::io::Result<()> {
    let name = report.source.name.as_deref().unwrap_or("-");
    writeln!(
        out,
        "{name} ({} bytes, {})",
        report.source.bytes, report.source.encoding
    )?;
    for section in report.sections() {
        let indent = "  ".repeat(section.level.saturating_sub(1) as usize);
        let number = section
            .number
            .as_deref()
            .map(|n| format!("{n}. "))
            .unwrap_or_default();
        writeln!(out, "{indent}{number}{}", section.title)?;
    }
    Ok(())
}

fn run() -> Result<(), String> {
    let args = parse_args(std::env::args().skip(1))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut reports = Vec::new();
    for file in &args.files {
        reports.push(analyze_file(file)?);
    }
    let written = match args.format {
        Format::Json if reports.len() == 1 => serde_json::to_writer_pretty(&mut out, &reports[0])
            .map_err(std::io::Error::from)
            .and_then(|_| writeln!(out)),
        Format::Json => serde_json::to_writer_pretty(&mut out, &reports)
            .map_err(std::io::Error::from)
            .and_then(|_| writeln!(out)),
        Format::Text => reports.iter().try_for_each(|r| write_text(&mut out, r)),
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("cannot write output: {e}")),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("report-analyzer: {message}");
            ExitCode::from(2)
        }
    }
}
