//! The command line, parsed by hand: five options do not earn a parser crate.

use std::path::PathBuf;

/// Printed by `--help`, and after a usage error.
pub const USAGE: &str = "\
report-analyzer: outline, actors and statements of meeting reports

Usage:
  report-analyzer analyze [OPTIONS] PATH...

PATH is a report file (any extension; `-` reads standard input) or a folder,
searched recursively for *.txt and *.md files.

Options:
  -f, --format FORMAT  json, markdown, csv or text (default: text)
      --actors FILE    a JSON actor list ({\"actors\": [{\"id\", \"name\", \"kind\", \"aliases\"}]})
                       that extends or overrides the built-in actors
  -o, --output FILE    write to FILE instead of standard output
      --lang LANG      the briefing's own words (headings, labels) for markdown:
                       en, nl, or auto for each document's language (default: en)
  -h, --help           print this help
  -V, --version        print the version

Output:
  One file gives one result: for json, a single report object (see docs/schema.md).
  Several paths, or a folder, give a batch: for json, an array of report objects in
  the order the files were read; csv writes one header for the whole batch.

Exit status:
  0  every file was analysed (also when the reader closes the pipe early)
  1  at least one file could not be read or analysed; the others were still written
  2  usage error, unreadable actor list, or output that cannot be written";

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The report as JSON, the documented schema.
    Json,
    /// A briefing per agenda item.
    Markdown,
    /// One row per mention.
    Csv,
    /// A short outline and actor summary.
    Text,
}

/// The language of the briefing's own words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Dutch.
    Nl,
    /// Each document's own language (English when it could not be told).
    Auto,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Print the help.
    Help,
    /// Print the version.
    Version,
    /// Analyse files.
    Analyze(Args),
}

/// The arguments of `analyze`.
#[derive(Debug, PartialEq, Eq)]
pub struct Args {
    /// Files and folders, in the order given.
    pub paths: Vec<PathBuf>,
    /// Output format.
    pub format: Format,
    /// A custom actor list.
    pub actors: Option<PathBuf>,
    /// Where to write; standard output when `None`.
    pub output: Option<PathBuf>,
    /// The language of the briefing's own words.
    pub lang: Lang,
}

impl Args {
    /// Whether the output is a batch (an array for JSON), decided by the command line alone so that
    /// a script gets the same shape whatever a folder happens to hold.
    pub fn is_batch(&self) -> bool {
        self.paths.len() > 1 || self.paths.iter().any(|p| p.is_dir())
    }
}

/// Parses the arguments after the program name. Errors are one line.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let mut paths = Vec::new();
    let mut format = Format::Text;
    let mut actors = None;
    let mut output = None;
    let mut lang = Lang::En;
    let mut command_seen = false;
    let mut options_done = false;
    while let Some(arg) = args.next() {
        if options_done || arg == "-" || !arg.starts_with('-') {
            if !command_seen {
                if arg != "analyze" {
                    return Err(format!(
                        "unknown command '{arg}'; try 'report-analyzer --help'"
                    ));
                }
                command_seen = true;
            } else {
                paths.push(PathBuf::from(arg));
            }
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value; try 'report-analyzer --help'"))
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--" => options_done = true,
            "-f" | "--format" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    "csv" => Format::Csv,
                    "text" => Format::Text,
                    other => {
                        return Err(format!(
                            "unknown format '{other}'; use json, markdown, csv or text"
                        ))
                    }
                }
            }
            "--actors" => actors = Some(PathBuf::from(value("--actors")?)),
            "-o" | "--output" => output = Some(PathBuf::from(value("--output")?)),
            "--lang" => {
                lang = match value("--lang")?.as_str() {
                    "en" => Lang::En,
                    "nl" => Lang::Nl,
                    "auto" => Lang::Auto,
                    other => return Err(format!("unknown language '{other}'; use en, nl or auto")),
                }
            }
            other => {
                return Err(format!(
                    "unknown option '{other}'; try 'report-analyzer --help'"
                ))
            }
        }
    }
    if !command_seen {
        return Err("no command given; try 'report-analyzer analyze FILE'".to_string());
    }
    if paths.is_empty() {
        return Err("no file given; try 'report-analyzer analyze FILE'".to_string());
    }
    Ok(Command::Analyze(Args {
        paths,
        format,
        actors,
        output,
        lang,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command, String> {
        parse(line.split_whitespace().map(String::from))
    }

    #[test]
    fn table() {
        let analyze = |paths: &[&str], format, actors: Option<&str>, output: Option<&str>| {
            Ok(Command::Analyze(Args {
                paths: paths.iter().map(PathBuf::from).collect(),
                format,
                actors: actors.map(PathBuf::from),
                output: output.map(PathBuf::from),
                lang: Lang::En,
            }))
        };
        let rows: Vec<(&str, Result<Command, String>)> = vec![
            ("--help", Ok(Command::Help)),
            ("analyze a.txt -h", Ok(Command::Help)),
            ("-V", Ok(Command::Version)),
            (
                "analyze a.txt",
                analyze(&["a.txt"], Format::Text, None, None),
            ),
            (
                "analyze a.txt --format json",
                analyze(&["a.txt"], Format::Json, None, None),
            ),
            (
                "analyze --format=csv a b -o out.csv",
                analyze(&["a", "b"], Format::Csv, None, Some("out.csv")),
            ),
            (
                "analyze -f md --actors x.json a",
                analyze(&["a"], Format::Markdown, Some("x.json"), None),
            ),
            (
                "analyze -- -odd-name",
                analyze(&["-odd-name"], Format::Text, None, None),
            ),
            ("analyze -", analyze(&["-"], Format::Text, None, None)),
        ];
        for (line, expected) in rows {
            assert_eq!(parse_str(line), expected, "{line}");
        }
        for (line, lang) in [
            ("analyze a -f md --lang nl", Lang::Nl),
            ("analyze a --lang=auto", Lang::Auto),
            ("analyze a --lang en", Lang::En),
        ] {
            match parse_str(line) {
                Ok(Command::Analyze(args)) => assert_eq!(args.lang, lang, "{line}"),
                other => panic!("{line}: {other:?}"),
            }
        }
    }

    #[test]
    fn errors_are_one_line() {
        for line in [
            "",
            "analyse a",
            "analyze",
            "analyze a --format xml",
            "analyze a --format",
            "analyze a --bogus",
            "analyze a --actors",
            "analyze a --lang fr",
            "analyze a --lang",
        ] {
            let error = parse_str(line).expect_err(line);
            assert!(!error.contains('\n'), "{line}: {error}");
        }
    }
}
