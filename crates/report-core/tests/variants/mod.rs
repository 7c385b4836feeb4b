//! Variants of a report for the checks that read every fixture again in another layout
//! (`lead_s22.rs`, `layout_s23.rs`): what a reader sees of a report, the difference between
//! two readings, every fixture's path, and the repaired text wrapped as a mail sets it.

use report_core::Report;

/// What a reader sees of a report, without ranges (which move with the layout): the outline,
/// the metadata, each actor with its role and number of mentions, and each statement.
pub fn digest(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = report
        .sections()
        .into_iter()
        .map(|s| format!("section {} [{:?}] {}", s.level, s.number, s.title))
        .collect();
    let m = &report.metadata;
    out.push(format!(
        "metadata {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        m.kind,
        m.language,
        m.title,
        m.letter_date,
        m.meeting_dates,
        m.place,
        m.reference,
        m.addressee,
        m.signatories
    ));
    let mut actors: Vec<String> = report
        .actors
        .iter()
        .map(|a| {
            format!(
                "actor {} {} {:?} {:?} {}",
                a.id,
                a.name,
                a.role,
                a.affiliation,
                a.mentions.len()
            )
        })
        .collect();
    actors.sort();
    out.extend(actors);
    out.extend(
        report
            .statements
            .iter()
            .map(|s| format!("statement {} {} {:?}", s.actor, s.verb, s.stance)),
    );
    out
}

/// The lines of `variant` that are not in `base` and the other way round, as `+`/`-` lines.
pub fn difference(base: &[String], variant: &[String], keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for l in base.iter().filter(|l| keep(l) && !variant.contains(l)) {
        out.push_str(&format!("  - {l}\n"));
    }
    for l in variant.iter().filter(|l| keep(l) && !base.contains(l)) {
        out.push_str(&format!("  + {l}\n"));
    }
    out
}

/// Fixtures whose tables of participants keep their columns in the repaired text, with blank
/// lines between rows, and run rows and columns together without blank lines: they read
/// differently in every variant of the layout, and are left out of those checks.
#[allow(dead_code)]
pub const TABLES_KEEP_COLUMNS: [(&str, &str); 9] = [
    (
        "s16/cp1252-outcome-environment-en.txt",
        "participants table",
    ),
    ("s17/outcome-fac-trade-en.txt", "participants table"),
    ("s18/outcome-jha-pdftotext-en.txt", "participants table"),
    (
        "s20/pdftotext-concurrentievermogensraad-nl.txt",
        "two-column table",
    ),
    (
        "s26/nl-kamerstuk-landbouwraad-deelnemerstabel.txt",
        "participants table",
    ),
    // A table of decisions in three columns whose cells wrap (`Herziening richtlijn` ⏎
    // `energiebelastingen`): wrapped or flat, a cell alone on its line heads a section.
    (
        "s26/nl-kamerbrief-bijlage-ecofin-pdftotext-layout.txt",
        "decision table",
    ),
    // A table of dossiers in three columns (`Dossier | Stand van zaken | Nederlandse inzet`)
    // read record by record: each cell a paragraph of its own, and a short one (`Instemmen
    // met het resultaat`) read again heads a section.
    (
        "s28/nl-stand-van-zaken-dossiertabel-pdftotext-layout.txt",
        "dossier table",
    ),
    (
        "s33/en-outcome-energy-council-layout-participants-table.txt",
        "participants table",
    ),
    // An overview of the items in three columns (`Agendapunt | Besluitvorming | Nederlandse
    // inzet`) whose cells wrap: wrapped or flat, the header's last cell heads a section, and
    // the addressee beside the side column is read as a name.
    (
        "s34/nl-verslag-telecomraad-pdftotext-layout-tabel-inzet.txt",
        "agenda table",
    ),
];

/// Every fixture's path under `tests/fixtures/`, sorted.
pub fn fixtures() -> Vec<String> {
    let root = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(&root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                let relative = path.strip_prefix(&root).expect("under root");
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// `text` with every line longer than 100 characters (a paragraph of the repaired text) wrapped
/// at `width` columns, as a word processor or a mail program sets it.
pub fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.chars().count() <= 100 {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push('\n');
    }
    out
}
