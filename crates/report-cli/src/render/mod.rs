//! Reports → output formats. Reports are written one at a time as they are analysed, so a batch
//! never holds more than one report in memory.

mod csv;
mod text;

use crate::args::{Format, Lang};
use report_core::Report;
use std::io::{self, Write};

/// Writes a stream of reports in one format.
pub struct Renderer<W: Write> {
    out: W,
    format: Format,
    batch: bool,
    lang: Lang,
    written: usize,
}

impl<W: Write> Renderer<W> {
    /// Starts the output: the opening bracket of a JSON batch. The CSV header waits for the first
    /// report, so that a single file that cannot be read leaves the output empty.
    pub fn start(out: W, format: Format, batch: bool, lang: Lang) -> io::Result<Renderer<W>> {
        let mut renderer = Renderer {
            out,
            format,
            batch,
            lang,
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
                let labels = match (self.lang, report.metadata.language) {
                    (Lang::Nl, _) | (Lang::Auto, report_core::Language::Nl) => {
                        report_core::markdown::Labels::NL
                    }
                    _ => report_core::markdown::Labels::EN,
                };
                let briefing = report_core::markdown::briefing(path, report, &labels);
                self.out.write_all(briefing.as_bytes())
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
