//! `report-analyzer`: analyse report files from the command line.
//!
//! ```text
//! report-analyzer analyze PATH... [--format json|markdown|csv|text] [--actors FILE] [-o FILE]
//! ```
//! See `report-analyzer --help` (the text is in `args.rs`) for the output shapes and exit codes.

mod args;
mod inputs;
mod render;

use args::{Args, Command};
use render::Renderer;
use std::io::{self, Write};
use std::process::ExitCode;

/// mimalloc keeps freed memory for the next file: with the system allocator each 10 MB report
/// paid again for the kernel mapping and zeroing the pages of its big buffers (criterion: 208 →
/// 174 ms per 10 MB analysis).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Why a run stopped before its end.
enum Stop {
    /// A usage error, a bad actor list, or output that cannot be written: exit 2.
    Error(String),
    /// The reader went away: nothing more to say, exit 0.
    BrokenPipe,
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Stop::BrokenPipe
        } else {
            Stop::Error(format!("cannot write output: {e}"))
        }
    }
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Stop::BrokenPipe) => ExitCode::SUCCESS,
        Err(Stop::Error(message)) => {
            complain(&message);
            ExitCode::from(2)
        }
    }
}

/// Prints one line on standard error, whatever the message holds.
fn complain(message: &str) {
    let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    // Nothing sensible is left to do when standard error itself is gone.
    let _ = writeln!(io::stderr(), "report-analyzer: {line}");
}

/// Runs the command line; `Ok(false)` when some file could not be analysed.
fn run(argv: impl IntoIterator<Item = String>) -> Result<bool, Stop> {
    let args = match args::parse(argv).map_err(Stop::Error)? {
        Command::Help => {
            writeln!(io::stdout(), "{}", args::USAGE)?;
            return Ok(true);
        }
        Command::Version => {
            writeln!(
                io::stdout(),
                "report-analyzer {}",
                env!("CARGO_PKG_VERSION")
            )?;
            return Ok(true);
        }
        Command::Analyze(args) => args,
    };
    let config = report_core::Config {
        actors: args.actors.as_deref().map(load_actors).transpose()?,
        ..Default::default()
    };
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| {
            Stop::Error(format!(
                "{}: cannot create output file: {e}",
                path.display()
            ))
        })?),
        None => Box::new(io::stdout().lock()),
    };
    analyze_all(&args, &config, io::BufWriter::with_capacity(1 << 16, out))
}

fn load_actors(path: &std::path::Path) -> Result<report_core::ActorList, Stop> {
    let bytes = inputs::read(path).map_err(Stop::Error)?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Stop::Error(format!(
            "{}: not a valid actor list (expected {{\"actors\": [{{\"id\", \"name\", \"kind\"}}]}}): {e}",
            path.display()
        ))
    })
}

fn analyze_all(args: &Args, config: &report_core::Config, out: impl Write) -> Result<bool, Stop> {
    let mut renderer = Renderer::start(out, args.format, args.is_batch(), args.lang)?;
    let mut all_ok = true;
    for input in inputs::expand(&args.paths) {
        let analysed = input.and_then(|path| {
            let bytes = inputs::read(&path)?;
            let config = report_core::Config {
                file_name: (path.as_os_str() != "-")
                    .then(|| path.file_name())
                    .flatten()
                    .map(|n| n.to_string_lossy().into_owned()),
                ..config.clone()
            };
            match report_core::analyze(&bytes, &config) {
                Ok(report) => Ok((path, report)),
                Err(e) => Err(format!("{}: {e}", path.display())),
            }
        });
        match analysed {
            Ok((path, report)) => renderer.report(&path.display().to_string(), &report)?,
            Err(message) => {
                complain(&message);
                all_ok = false;
            }
        }
    }
    renderer.finish()?;
    Ok(all_ok)
}
