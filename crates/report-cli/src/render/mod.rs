//! Reports → output formats. Reports are written one at a time as they are analysed, so a batch
//! never holds more than one report in memory.

mod csv;
mod markdown;
mod text;

use crate::args::Format;
use report_core::{Report, Section};
use std::io::{self, Write};

/// Writes a stream of reports in one format.
pub struct Renderer<W: Write> {
    out: W,
    format: Format,
    batch: bool,
    written: usize,
}

impl<W: Write> Renderer<W> {
    /// Starts the output: the opening bracket of a JSON batch. The CSV header waits for the first
    /// report, so that a single file that cannot be read leaves the output empty.
    pub fn start(out: W, format: Format, batch: bool) -> io::Result<Renderer<W>> {
        let mut renderer = Renderer {
            out,
            format,
            batch,
            written: 0,
        };
        match format {
            Format::Json if batch => renderer.out.write_all(b"[\n")?,
            _ => {}
        }
        Ok(renderer)
    }

    /// Writes one report; `path` is the file as named on the command line or found in a folder.
    pub fn report(&mut self, path: &str, report: &Report) -> io::Result<()> {
        let first = self.written == 0;
        self.written += 1;
        match self.format {
            Format::Json => {
                if self.batch && !first {
                    self.out.write_all(b",\n")?;
                }
                serde_json::to_writer_pretty(&mut self.out, report).map_err(io::Error::from)?;
                if !self.batch {
                    self.out.write_all(b"\n")?;
                }
                Ok(())
            }
            Format::Csv => {
                if first {
                    csv::header(&mut self.out)?;
                }
                csv::rows(&mut self.out, path, report)
            }
            Format::Markdown => {
                if !first {
                    writeln!(self.out, "\n---\n")?;
                }
                markdown::write(&mut self.out, path, report)
            }
            Format::Text => {
                if !first {
                    writeln!(self.out)?;
                }
                text::write(&mut self.out, path, report)
            }
        }
    }

    /// Ends the output and flushes it.
    pub fn finish(mut self) -> io::Result<()> {
        if self.format == Format::Csv && self.batch && self.written == 0 {
            csv::header(&mut self.out)?;
        }
        if self.format == Format::Json && self.batch {
            if self.written > 0 {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(b"]\n")?;
        }
        self.out.flush()
    }
}

/// A unit enum's name as the JSON spells it (`country`, `warning`), so that every format says the
/// same; asking serde rather than matching keeps this right when the model gains a variant.
fn json_name(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// `II. Justitie`, or the bare title for an unnumbered heading.
fn section_label(section: &Section) -> String {
    match section.number.as_deref() {
        Some(number) if !number.is_empty() => format!("{number}. {}", section.title),
        _ => section.title.clone(),
    }
}

/// The heading of a report: its title, else the file name.
fn report_title<'a>(path: &'a str, report: &'a Report) -> &'a str {
    report
        .metadata
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .or(report.source.name.as_deref())
        .unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_match_the_json() {
        use report_core::{ActorKind, Severity};
        assert_eq!(json_name(&ActorKind::Country), "country");
        assert_eq!(json_name(&ActorKind::Organization), "organization");
        assert_eq!(json_name(&Severity::Warning), "warning");
    }
}
