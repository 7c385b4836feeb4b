//! A corpus of hostile inputs. Each must be analysed without a panic, keep the model's invariants,
//! and produce the specific result its row asks for. Files in `fuzz/corpus-regressions/` (inputs
//! the fuzzer once broke on) are replayed here too, so a fixed crash stays fixed without nightly.

mod invariants;

use report_core::{analyze, Config, DecodeError, Report};

type Outcome = Result<Report, DecodeError>;

fn has_diagnostic(report: &Report, code: &str) -> bool {
    report.diagnostics.iter().any(|d| d.code == code)
}

fn ok(outcome: &Outcome) -> Result<&Report, String> {
    outcome
        .as_ref()
        .map_err(|e| format!("refused text input: {e}"))
}

fn empty_input(outcome: &Outcome) -> Result<(), String> {
    let report = ok(outcome)?;
    if !report.text.trim().is_empty() {
        return Err(format!("text should be empty, is {:?}", report.text));
    }
    if !report.outline.is_empty() || !report.actors.is_empty() || !report.statements.is_empty() {
        return Err("an empty input produced an outline, actors or statements".to_string());
    }
    if !has_diagnostic(report, "empty-input") {
        return Err(format!(
            "no empty-input diagnostic: {:?}",
            report.diagnostics
        ));
    }
    Ok(())
}

/// The report keeps each of `words` in its text.
fn keeps(words: &'static [&'static str]) -> impl Fn(&Outcome) -> Result<(), String> {
    move |outcome| {
        let report = ok(outcome)?;
        for word in words {
            if !report.text.contains(word) {
                return Err(format!("lost {word:?} from the text"));
            }
        }
        if has_diagnostic(report, "empty-input") {
            return Err("empty-input on a file with text".to_string());
        }
        Ok(())
    }
}

fn refused(outcome: &Outcome) -> Result<(), String> {
    match outcome {
        Ok(report) => Err(format!(
            "binary input accepted as text: {:?}",
            report.text.chars().take(40).collect::<String>()
        )),
        Err(e) => {
            let message = e.to_string();
            if message.is_empty() || message.contains('\n') {
                return Err(format!("error message must be one line: {message:?}"));
            }
            Ok(())
        }
    }
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// UTF-16 text with a lone high surrogate in the middle. A decoder may refuse it (it holds NULs)
/// or decode it with a replacement character, but it must not lose the text around it.
fn lone_surrogate() -> Vec<u8> {
    let mut bytes = utf16le("I. Raad\n\nDe Raad besprak ");
    bytes.extend_from_slice(&0xD800u16.to_le_bytes());
    bytes.extend(utf16le(" het voorstel.\n")[2..].iter().copied());
    bytes
}

fn surrogate_outcome(outcome: &Outcome) -> Result<(), String> {
    match outcome {
        Err(_) => refused(outcome),
        Ok(report) => {
            if report.text.contains("besprak") && report.text.contains("voorstel") {
                Ok(())
            } else {
                Err(format!(
                    "decoded UTF-16 but lost the text: {:?}",
                    report.text
                ))
            }
        }
    }
}

fn deep_numbering() -> Vec<u8> {
    let mut text = String::new();
    let mut number = String::from("1");
    for depth in 0..12 {
        text.push_str(&format!(
            "{number} Kop op diepte {depth}\n\nTekst op diepte {depth}.\n\n"
        ));
        number.push_str(".1");
    }
    text.into_bytes()
}

fn deep_numbering_outcome(outcome: &Outcome) -> Result<(), String> {
    let report = ok(outcome)?;
    for depth in 0..12 {
        if !report.text.contains(&format!("Tekst op diepte {depth}.")) {
            return Err(format!("lost the body at depth {depth}"));
        }
    }
    let sections = report.sections();
    if sections.len() > 12 {
        return Err(format!("{} sections from 12 headings", sections.len()));
    }
    Ok(())
}

fn roman_everywhere() -> Vec<u8> {
    let numerals = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XL", "MCMXCIV",
    ];
    let mut text = String::new();
    for (i, n) in numerals.iter().enumerate() {
        text.push_str(&format!("{n}. {n} {n}\n\n{n} I I I. V.I. {n}\n"));
        if i % 3 == 0 {
            text.push('\n');
        }
    }
    text.into_bytes()
}

fn html_outcome(outcome: &Outcome) -> Result<(), String> {
    let report = ok(outcome)?;
    let script = "<script>alert(1)</script>";
    if !report.text.contains(script) {
        return Err(format!(
            "the markup was not kept as text: {:?}",
            report.text
        ));
    }
    // In the JSON it is a string like any other, and reads back unchanged.
    let json = serde_json::to_string(report).map_err(|e| e.to_string())?;
    let back: Report = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    if &back != report {
        return Err("the report does not survive a JSON round trip".to_string());
    }
    let value: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    if !value["text"].as_str().unwrap_or("").contains(script) {
        return Err("the JSON text field lost the markup".to_string());
    }
    Ok(())
}

fn invalid_utf8_outcome(outcome: &Outcome) -> Result<(), String> {
    keeps(&["Raad", "besloot"])(outcome)?;
    let report = ok(outcome)?;
    // Either the bytes were read in another encoding, or the replacement is said out loud.
    if report.source.encoding == "UTF-8" && !has_diagnostic(report, "invalid-utf8") {
        return Err(format!(
            "invalid UTF-8 read as UTF-8 without a diagnostic: {:?}",
            report.diagnostics
        ));
    }
    Ok(())
}

fn long_line_outcome(outcome: &Outcome) -> Result<(), String> {
    let report = ok(outcome)?;
    if report.text.len() < 100_000 {
        return Err(format!("a 100k line shrank to {} bytes", report.text.len()));
    }
    if !report.outline.is_empty() {
        return Err("one long line of prose became a heading".to_string());
    }
    Ok(())
}

type Check = Box<dyn Fn(&Outcome) -> Result<(), String>>;

fn corpus() -> Vec<(&'static str, Vec<u8>, Check)> {
    let long_line = "woord ".repeat(20_000).into_bytes();
    vec![
        ("empty", Vec::new(), Box::new(empty_input)),
        ("only spaces and tabs", b"  \t \n \t\n   ".to_vec(), Box::new(empty_input)),
        ("only form feeds", b"\x0c\x0c\x0c\x0c".to_vec(), Box::new(empty_input)),
        ("only CR", b"\r".to_vec(), Box::new(empty_input)),
        ("many CRs", b"\r\r\r\r\r\r".to_vec(), Box::new(empty_input)),
        ("100k newlines", vec![b'\n'; 100_000], Box::new(empty_input)),
        ("BOM only", b"\xEF\xBB\xBF".to_vec(), Box::new(empty_input)),
        ("BOM and whitespace", b"\xEF\xBB\xBF \n".to_vec(), Box::new(empty_input)),
        ("100k-char single line", long_line, Box::new(long_line_outcome)),
        (
            "100k-char word",
            vec![b'a'; 100_000],
            Box::new(|o: &Outcome| {
                let report = ok(o)?;
                (report.text.len() == 100_000)
                    .then_some(())
                    .ok_or_else(|| format!("text is {} bytes", report.text.len()))
            }),
        ),
        ("deeply numbered headings", deep_numbering(), Box::new(deep_numbering_outcome)),
        (
            "numbers without titles",
            b"1.\n\n2.\n\n1.1.1.1.\n\nI.\n\n.\n".to_vec(),
            Box::new(keeps(&["1.1.1.1."])),
        ),
        ("Roman numerals everywhere", roman_everywhere(), Box::new(keeps(&["MCMXCIV"]))),
        ("UTF-16 with a lone surrogate", lone_surrogate(), Box::new(surrogate_outcome)),
        (
            "invalid UTF-8",
            b"De Raad \xff\xfe\xc3 besloot \xed\xa0\x80 niets.\n".to_vec(),
            Box::new(invalid_utf8_outcome),
        ),
        (
            "hostile HTML",
            b"I. Agenda <script>alert(1)</script>\n\nDe Raad <script>alert(1)</script> besprak <img src=x onerror=alert(2)> het voorstel.\n".to_vec(),
            Box::new(html_outcome),
        ),
        (
            "mixed line endings",
            b"I. Raad\r\rDe Raad besprak\r\nhet voorstel.\n\rII. Commissie\n\r\nTekst.".to_vec(),
            Box::new(keeps(&["besprak", "voorstel", "Tekst."])),
        ),
        (
            "combining marks, emoji and zero-width characters",
            "I. Re\u{301}sume\u{301} 😀\n\nDe\u{200b} Raad\u{a0}besprak 👍🏽 het voorstel\u{feff}.\n"
                .as_bytes()
                .to_vec(),
            Box::new(keeps(&["😀", "👍🏽", "besprak"])),
        ),
        (
            // Stray control characters, as PDF extraction leaves them, in an otherwise ordinary
            // report: few enough that no binary-file heuristic should refuse the file.
            "control characters",
            [
                &b"I. Raad\x07\x08\x1b[31m\n\nDe Raad\x0b besprak het voorstel.\x7f\n\n"[..],
                "De lidstaten wisselden van gedachten over de uitvoering. ".repeat(8).as_bytes(),
            ]
            .concat(),
            Box::new(keeps(&["besprak", "uitvoering"])),
        ),
        (
            "a heading at the very end",
            b"Tekst vooraf.\n\nII. Slot".to_vec(),
            Box::new(keeps(&["Tekst vooraf."])),
        ),
        (
            "hyphen at the end of the file",
            b"De Raad besprak het voor-".to_vec(),
            Box::new(keeps(&["besprak"])),
        ),
        (
            "PNG header",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0".to_vec(),
            Box::new(refused),
        ),
        ("NUL bytes only", vec![0; 64], Box::new(refused)),
        (
            // A property test's find: a body named for its country ran into a role's span.
            "a role and a body that share a word",
            b"Minister van WWWWWWWWWWWW- Duitsland\n".to_vec(),
            Box::new(keeps(&["Duitsland"])),
        ),
    ]
}

fn run(
    name: &str,
    bytes: &[u8],
    check: &dyn Fn(&Outcome) -> Result<(), String>,
) -> Result<(), String> {
    let outcome = analyze(bytes, &Config::default());
    if let Ok(report) = &outcome {
        invariants::check(report, bytes.len()).map_err(|e| format!("{name}: {e}"))?;
    }
    check(&outcome).map_err(|e| format!("{name}: {e}"))
}

#[test]
fn corpus_of_nasty_inputs() {
    let failures: Vec<String> = corpus()
        .iter()
        .filter_map(|(name, bytes, check)| run(name, bytes, check.as_ref()).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every file in `fuzz/corpus-regressions/` must analyse without a panic and keep the invariants.
#[test]
fn fuzz_regressions_replay() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus-regressions");
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut replayed = 0;
    let mut failures = Vec::new();
    for entry in entries {
        let path = entry.unwrap().path();
        if !path.is_file() || path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Err(e) = run(&name, &bytes, &|_| Ok(())) {
            failures.push(e);
        }
        replayed += 1;
    }
    assert!(
        replayed > 0,
        "no regression inputs found in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
