//! A short outline and actor summary for people at a terminal.

use report_core::{json_name, Report};
use std::collections::HashMap;
use std::io::{self, Write};

/// Actors listed before the rest are summed up in one line.
const MAX_ACTORS: usize = 15;

/// Writes one report.
pub fn write(out: &mut impl Write, path: &str, report: &Report) -> io::Result<()> {
    let meta = &report.metadata;
    writeln!(out, "{}", report.title_or(path))?;
    writeln!(
        out,
        "  {path}: {} bytes, {}, {}, language {}",
        report.source.bytes,
        report.source.encoding,
        json_name(&meta.kind),
        json_name(&meta.language)
    )?;
    if !meta.meeting_dates.is_empty() || meta.place.is_some() {
        writeln!(
            out,
            "  meeting: {} {}",
            meta.meeting_dates.join(", "),
            meta.place.as_deref().unwrap_or("")
        )?;
    }

    let sections = report.sections();
    writeln!(out, "\nOutline ({} sections)", sections.len())?;
    for section in &sections {
        let indent = "  ".repeat(section.level.max(1) as usize);
        writeln!(out, "{indent}{}", section.label())?;
    }

    let mentions: usize = report.actors.iter().map(|a| a.mentions.len()).sum();
    writeln!(
        out,
        "\nActors ({}, {mentions} mentions, {} statements)",
        report.actors.len(),
        report.statements.len()
    )?;
    let mut said: HashMap<&str, usize> = HashMap::new();
    for statement in &report.statements {
        *said.entry(statement.actor.as_str()).or_default() += 1;
    }
    for actor in report.actors.iter().take(MAX_ACTORS) {
        let said = said.get(actor.id.as_str()).copied().unwrap_or(0);
        writeln!(
            out,
            "  {} ({}): {} mentions, {said} statements",
            actor.name,
            json_name(&actor.kind),
            actor.mentions.len()
        )?;
    }
    if report.actors.len() > MAX_ACTORS {
        writeln!(out, "  … and {} more", report.actors.len() - MAX_ACTORS)?;
    }

    for diagnostic in &report.diagnostics {
        writeln!(
            out,
            "{}: {}: {}",
            json_name(&diagnostic.severity),
            diagnostic.code,
            diagnostic.message
        )?;
    }
    Ok(())
}
