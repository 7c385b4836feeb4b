//! Runs the built `report-analyzer` binary the way scripts and the other crates' tests do.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const FIXTURE: &str = "jbz-raad-2022-07-verslag.txt";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared fixture, which lives beside the repository (`../shared/fixtures`).
fn fixture() -> PathBuf {
    let path = repo_root().join("../shared/fixtures").join(FIXTURE);
    assert!(
        path.is_file(),
        "the shared fixture is missing: expected {} (shared/ must sit beside the repository)",
        path.display()
    );
    path
}

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path =
            std::env::temp_dir().join(format!("report-analyzer-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report-analyzer"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Asserts a failure with exactly one line on standard error, naming `needle`.
fn assert_one_line_failure(output: &Output, needle: &str) {
    assert!(!output.status.success(), "expected failure: {output:?}");
    let err = stderr(output);
    assert_eq!(err.lines().count(), 1, "stderr must be one line: {err:?}");
    assert!(err.ends_with('\n'), "{err:?}");
    assert!(err.contains(needle), "stderr should name {needle}: {err:?}");
}

fn titles(sections: &serde_json::Value) -> Vec<String> {
    sections
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn json_of_one_file_is_one_report_object() {
    // Exactly the documented contract: from the repository root, a relative path.
    let relative = format!("../shared/fixtures/{FIXTURE}");
    fixture();
    let output = run(&["analyze", &relative, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(report.is_object());
    assert_eq!(report["schema_version"], "1.10");
    assert_eq!(report["source"]["name"], FIXTURE);
    assert_eq!(
        report["source"]["bytes"],
        std::fs::metadata(fixture()).unwrap().len()
    );

    let top = titles(&report["outline"]);
    assert_eq!(top, ["Binnenlandse Zaken", "Justitie"]);
    let home_affairs = titles(&report["outline"][0]["children"]);
    assert_eq!(
        home_affairs,
        [
            "Impact oorlog Oekraïne op veiligheid",
            "Interoperabiliteit ICT-systemen",
            "Migratie: toekomstige uitdagingen en preventie",
            "Bestrijding van seksueel kindermisbruik online",
        ]
    );
    let justice = titles(&report["outline"][1]["children"]);
    assert_eq!(justice.len(), 4, "{justice:?}");
    assert_eq!(justice[3], "EU-richtlijn Slachtofferrechten");
}

#[test]
fn json_output_is_the_core_report() {
    let output = run(&["analyze", fixture().to_str().unwrap(), "-f", "json"]);
    assert!(output.status.success());
    let from_cli: report_core::Report = serde_json::from_str(&stdout(&output)).unwrap();
    let direct = report_core::analyze(
        &std::fs::read(fixture()).unwrap(),
        &report_core::Config {
            file_name: Some(FIXTURE.to_string()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(from_cli, direct);
}

#[test]
fn binary_file_fails_with_one_line() {
    let dir = TempDir::new("binary");
    let png = dir.file(
        "image.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01",
    );
    let output = run(&["analyze", png.to_str().unwrap(), "--format", "json"]);
    assert_one_line_failure(&output, "image.png");
    assert!(output.stdout.is_empty(), "{}", stdout(&output));
}

#[test]
fn missing_file_fails_with_one_line() {
    for format in ["json", "text", "csv", "markdown"] {
        let output = run(&["analyze", "no/such/report.txt", "--format", format]);
        assert_one_line_failure(&output, "no/such/report.txt");
        assert!(output.stdout.is_empty(), "{format}: {}", stdout(&output));
    }
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for args in [
        &["analyze"][..],
        &["frobnicate", "x"],
        &["analyze", "x", "--format", "xml"],
        &["analyze", "x", "--wat"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&output).lines().count(), 1, "{args:?}");
    }
}

#[test]
fn help_prints_usage() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("Usage:"), "{text}");
    for word in [
        "--format",
        "--actors",
        "--output",
        "json, markdown, csv or text",
    ] {
        assert!(text.contains(word), "{word} missing from help");
    }
}

#[test]
fn text_is_the_default_and_shows_the_outline() {
    let output = run(&["analyze", fixture().to_str().unwrap()]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("Outline (10 sections)"), "{text}");
    assert!(text.contains("  I. Binnenlandse Zaken\n"), "{text}");
    assert!(
        text.contains("    1. Impact oorlog Oekraïne op veiligheid\n"),
        "{text}"
    );
    assert!(text.contains("\nActors ("), "{text}");
}

#[test]
fn markdown_has_a_heading_per_agenda_item() {
    let output = run(&[
        "analyze",
        fixture().to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with("# "), "{text}");
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("##")).collect();
    assert!(
        headings.contains(&"## I. Binnenlandse Zaken"),
        "{headings:?}"
    );
    assert!(headings.contains(&"## II. Justitie"), "{headings:?}");
    assert!(
        headings.contains(&"### 4. EU-richtlijn Slachtofferrechten"),
        "{headings:?}"
    );
}

#[test]
fn markdown_speaks_the_language_asked_for() {
    let path = fixture();
    let briefing = |lang: &[&str]| {
        let mut args = vec!["analyze", path.to_str().unwrap(), "-f", "markdown"];
        args.extend_from_slice(lang);
        let output = run(&args);
        assert!(output.status.success(), "{lang:?}");
        stdout(&output)
    };
    let english = briefing(&[]);
    assert!(english.contains("\nActors mentioned: "), "{english}");
    assert_eq!(briefing(&["--lang", "en"]), english);
    // The shared report is Dutch: auto picks Dutch for it.
    for lang in ["nl", "auto"] {
        let dutch = briefing(&["--lang", lang]);
        assert!(dutch.contains("\nGenoemde actoren: "), "{lang}: {dutch}");
        assert!(!dutch.contains("Actors mentioned"), "{lang}");
    }
    let bad = run(&["analyze", path.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn markdown_does_not_pass_html_through() {
    let dir = TempDir::new("html");
    let file = dir.file(
        "hostile.txt",
        b"I. Raad <script>alert(1)</script>\n\nDe Raad <b>besprak</b> het voorstel.\n",
    );
    let output = run(&["analyze", file.to_str().unwrap(), "-f", "markdown"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        !text.contains("<script>") && !text.contains("<b>"),
        "{text}"
    );
}

/// A minimal RFC 4180 reader, to check the writer against an independent reading.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "bare CR outside quotes"),
            (false, '\n') => panic!("line end without CR"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "unterminated CSV"
    );
    rows
}

#[test]
fn csv_has_the_header_and_one_row_per_mention() {
    let dir = TempDir::new("csv");
    // A name that needs quoting, so the `file` column is quoted in every row.
    let file = dir.file("a, \"b\".txt", &std::fs::read(fixture()).unwrap());
    let path = file.to_str().unwrap();
    let output = run(&["analyze", path, "--format", "csv"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with(
        "file,actor_id,actor_name,kind,section_number,section_title,start,end,text\r\n"
    ));
    let rows = parse_csv(&text);
    assert!(rows.iter().all(|r| r.len() == 9), "{rows:?}");

    let json = run(&["analyze", path, "--format", "json"]);
    let report: report_core::Report = serde_json::from_str(&stdout(&json)).unwrap();
    let mentions: usize = report.actors.iter().map(|a| a.mentions.len()).sum();
    assert_eq!(rows.len() - 1, mentions);
    for row in &rows[1..] {
        assert_eq!(row[0], path);
        let start: usize = row[6].parse().unwrap();
        let end: usize = row[7].parse().unwrap();
        assert_eq!(report.slice(report_core::Span::new(start, end)), row[8]);
        assert!(report
            .actors
            .iter()
            .any(|a| a.id == row[1] && a.name == row[2]));
    }
}

#[test]
fn csv_reader_reads_quoted_fields() {
    let rows = parse_csv("a,\"b,c\",\"say \"\"hi\"\"\",\"x\r\ny\"\r\n1,,3,4\r\n");
    assert_eq!(
        rows,
        [
            vec!["a", "b,c", "say \"hi\"", "x\r\ny"],
            vec!["1", "", "3", "4"]
        ]
    );
}

#[test]
fn folder_is_a_batch_and_a_bad_file_does_not_stop_it() {
    let dir = TempDir::new("batch");
    dir.file("b.txt", &std::fs::read(fixture()).unwrap());
    dir.file(
        "a/nested.md",
        b"I. Titel\n\nDe Raad besprak het voorstel.\n",
    );
    dir.file("a/notes.pdf", b"%PDF-1.7 not picked up: wrong extension");
    dir.file("c.txt", b"binary\0data");
    let output = run(&["analyze", dir.0.to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_one_line_failure(&output, "c.txt");
    let reports: Vec<report_core::Report> = serde_json::from_str(&stdout(&output)).unwrap();
    let names: Vec<_> = reports
        .iter()
        .map(|r| r.source.name.as_deref().unwrap())
        .collect();
    assert_eq!(names, ["nested.md", "b.txt"]);
    assert_eq!(reports[0].outline[0].title, "Titel");
}

#[test]
fn several_files_make_an_array_and_one_folder_file_too() {
    let dir = TempDir::new("array");
    let one = dir.file("only/one.txt", b"I. Titel\n\nTekst.\n");
    let f = fixture();
    let output = run(&[
        "analyze",
        f.to_str().unwrap(),
        one.to_str().unwrap(),
        "-f",
        "json",
    ]);
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value.as_array().map(Vec::len), Some(2));

    // A folder is a batch even when it holds one file: the shape follows the command line.
    let folder = dir.0.join("only");
    let output = run(&["analyze", folder.to_str().unwrap(), "-f", "json"]);
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value.as_array().map(Vec::len), Some(1));

    // An empty folder is an empty batch.
    let empty = dir.0.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let output = run(&["analyze", empty.to_str().unwrap(), "-f", "json"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "[\n]\n");
}

#[test]
fn output_file() {
    let dir = TempDir::new("output");
    let target = dir.0.join("out.json");
    let output = run(&[
        "analyze",
        fixture().to_str().unwrap(),
        "-f",
        "json",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(value["schema_version"], "1.10");
}

#[test]
fn actor_list() {
    let dir = TempDir::new("actors");
    let good = dir.file(
        "actors.json",
        br#"{"actors": [{"id": "org:raad", "name": "De Raad", "kind": "organization", "aliases": ["Raad"]}]}"#,
    );
    let report = dir.file("r.txt", b"I. Titel\n\nDe Raad besprak het voorstel.\n");
    let output = run(&[
        "analyze",
        report.to_str().unwrap(),
        "--actors",
        good.to_str().unwrap(),
        "-f",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));

    let bad = dir.file("bad.json", b"{\"actors\": [{\"id\": 1}]}\n\n");
    let output = run(&[
        "analyze",
        report.to_str().unwrap(),
        "--actors",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_one_line_failure(&output, "bad.json");
    assert!(output.stdout.is_empty());

    let output = run(&[
        "analyze",
        report.to_str().unwrap(),
        "--actors",
        "missing.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_one_line_failure(&output, "missing.json");
}

#[test]
fn standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_report-analyzer"))
        .args(["analyze", "-", "-f", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"I. Titel\n\nTekst.\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let report: report_core::Report = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report.source.name, None);
    assert_eq!(report.outline[0].title, "Titel");
}

#[test]
fn broken_pipe_exits_0() {
    let f = fixture();
    let f = f.to_str().unwrap();
    // Enough output to fill any pipe buffer, so that writes fail once the reader is gone.
    let args: Vec<&str> = ["analyze", "-f", "json"]
        .into_iter()
        .chain(std::iter::repeat_n(f, 40))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_report-analyzer"))
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}
