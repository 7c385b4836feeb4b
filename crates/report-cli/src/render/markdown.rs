//! A briefing per agenda item: the section heading, who said what, then who was mentioned.

use super::{json_name, report_title, section_label};
use report_core::{Report, Statement};
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// Writes one report.
pub fn write(out: &mut impl Write, path: &str, report: &Report) -> io::Result<()> {
    writeln!(out, "# {}\n", inline(report_title(path, report)))?;
    writeln!(out, "{}\n", facts(path, report))?;

    let sections = report.sections();
    // Slot `sections.len()` holds what stands before (or outside) every section.
    let outside = sections.len();
    let mut said: Vec<Vec<&Statement>> = vec![Vec::new(); outside + 1];
    for statement in &report.statements {
        let slot = statement
            .section
            .filter(|&id| id < outside)
            .unwrap_or(outside);
        said[slot].push(statement);
    }
    // Per slot: actor index → mentions there; actor order is the report's, most mentioned first.
    let mut mentioned: Vec<BTreeMap<usize, usize>> = vec![BTreeMap::new(); outside + 1];
    for (index, actor) in report.actors.iter().enumerate() {
        for mention in &actor.mentions {
            let slot = mention
                .section
                .filter(|&id| id < outside)
                .unwrap_or(outside);
            *mentioned[slot].entry(index).or_default() += 1;
        }
    }
    let names: HashMap<&str, &str> = report
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();

    if !said[outside].is_empty() || !mentioned[outside].is_empty() {
        writeln!(out, "## Before the first heading\n")?;
        body(out, report, &names, &said[outside], &mentioned[outside])?;
    }
    for (id, section) in sections.iter().enumerate() {
        let depth = (section.level as usize + 1).clamp(2, 6);
        writeln!(
            out,
            "{} {}\n",
            "#".repeat(depth),
            inline(&section_label(section))
        )?;
        body(out, report, &names, &said[id], &mentioned[id])?;
    }

    if !report.diagnostics.is_empty() {
        writeln!(out, "## Diagnostics\n")?;
        for d in &report.diagnostics {
            writeln!(
                out,
                "- {} `{}`: {}",
                json_name(&d.severity),
                d.code,
                inline(&d.message)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// One line of what is known about the document.
fn facts(path: &str, report: &Report) -> String {
    let meta = &report.metadata;
    let mut facts = vec![
        format!("`{}`", path.replace('`', "'")),
        format!("{} bytes", report.source.bytes),
        report.source.encoding.clone(),
        json_name(&meta.kind).replace('_', " "),
    ];
    if !meta.meeting_dates.is_empty() {
        facts.push(format!("meeting {}", meta.meeting_dates.join(", ")));
    }
    if let Some(place) = &meta.place {
        facts.push(inline(place));
    }
    if let Some(reference) = &meta.reference {
        let number = reference
            .number
            .as_deref()
            .map(|n| format!(" nr. {n}"))
            .unwrap_or_default();
        facts.push(inline(&format!("{}{number}", reference.dossier)));
    }
    facts.join(" · ")
}

fn body(
    out: &mut impl Write,
    report: &Report,
    names: &HashMap<&str, &str>,
    said: &[&Statement],
    mentioned: &BTreeMap<usize, usize>,
) -> io::Result<()> {
    for statement in said {
        let name = names
            .get(statement.actor.as_str())
            .copied()
            .unwrap_or(&statement.actor);
        writeln!(
            out,
            "- **{}** _{}_: “{}”",
            inline(name),
            inline(&statement.verb),
            inline(&statement.text)
        )?;
    }
    if !said.is_empty() {
        writeln!(out)?;
    }
    if !mentioned.is_empty() {
        let list: Vec<String> = mentioned
            .iter()
            .filter_map(|(&index, &count)| report.actors.get(index).map(|a| (a, count)))
            .map(|(actor, count)| format!("{} ({count})", inline(&actor.name)))
            .collect();
        writeln!(out, "Actors mentioned: {}\n", list.join(", "))?;
    }
    Ok(())
}

/// Text made safe for one line of Markdown: whitespace runs (line breaks too) become one space,
/// and characters that Markdown or HTML would act on are escaped, so a report holding
/// `<script>` shows it instead of running it.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::inline;

    #[test]
    fn inline_escapes() {
        let rows = [
            ("plain words", "plain words"),
            ("  two\n lines\t", "two lines"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            (
                "*bold* _it_ [link](x) a|b #1",
                "\\*bold\\* \\_it\\_ \\[link\\](x) a\\|b \\#1",
            ),
            ("AT&T", "AT&amp;T"),
        ];
        for (text, expected) in rows {
            assert_eq!(inline(text), expected, "{text:?}");
        }
    }
}
