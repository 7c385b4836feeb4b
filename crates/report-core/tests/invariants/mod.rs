//! The promises the model's documentation makes about every report, checked in one place and
//! shared by the property tests, the no-panic corpus and the fuzz-regression replay.
//!
//! Each check returns a message instead of panicking, so a property test can shrink on it and a
//! corpus test can name the input.

use report_core::{Report, Section, Span, SCHEMA_VERSION};
use std::collections::HashSet;

/// Checks every documented invariant of `report`, analysed from `input_len` bytes.
pub fn check(report: &Report, input_len: usize) -> Result<(), String> {
    if report.schema_version != SCHEMA_VERSION {
        return Err(format!("schema_version {:?}", report.schema_version));
    }
    if report.source.bytes != input_len {
        return Err(format!(
            "source.bytes {} but the input had {input_len}",
            report.source.bytes
        ));
    }
    let text = &report.text;
    let sections = report.sections();

    // Sections: ids are pre-order indices, ranges are well formed and nest.
    for (index, section) in sections.iter().enumerate() {
        let what = format!("section {index} {:?}", section.title);
        if section.id != index {
            return Err(format!(
                "{what}: id {} is not its pre-order index",
                section.id
            ));
        }
        span_ok(text, section.heading, &format!("{what} heading"))?;
        span_ok(text, section.range, &format!("{what} range"))?;
        if !section.range.contains(section.heading) {
            return Err(format!(
                "{what}: heading {:?} outside range {:?}",
                section.heading, section.range
            ));
        }
        for child in &section.children {
            if !section.range.contains(child.range) {
                return Err(format!(
                    "{what}: child {:?} range {:?} outside parent range {:?}",
                    child.title, child.range, section.range
                ));
            }
            if child.level <= section.level {
                return Err(format!(
                    "{what}: child {:?} has level {} <= parent level {}",
                    child.title, child.level, section.level
                ));
            }
        }
        for pair in section.children.windows(2) {
            if pair[0].range.end > pair[1].range.start {
                return Err(format!("{what}: children overlap or are out of order"));
            }
        }
    }
    for pair in report.outline.windows(2) {
        if pair[0].range.end > pair[1].range.start {
            return Err("top-level sections overlap or are out of order".to_string());
        }
    }
    if report.outline.iter().any(|s| s.level != 1) {
        return Err("a top-level section does not have level 1".to_string());
    }

    // Actors: unique ids, most mentioned first, mentions in document order and in their section.
    let mut ids = HashSet::new();
    for actor in &report.actors {
        if !ids.insert(actor.id.as_str()) {
            return Err(format!("actor id {:?} appears twice", actor.id));
        }
        for mention in &actor.mentions {
            let what = format!("mention {:?} of {}", mention.range, actor.id);
            span_ok(text, mention.range, &what)?;
            if report.slice(mention.range).trim().is_empty() {
                return Err(format!("{what}: names no words"));
            }
            innermost(&sections, mention.range, mention.section, &what)?;
        }
        if actor
            .mentions
            .windows(2)
            .any(|w| w[0].range.start > w[1].range.start)
        {
            return Err(format!(
                "mentions of {} are not in document order",
                actor.id
            ));
        }
    }
    if report
        .actors
        .windows(2)
        .any(|w| w[0].mentions.len() < w[1].mentions.len())
    {
        return Err("actors are not sorted most mentioned first".to_string());
    }
    // Two mentions are apart, or one lies wholly inside the other (an organisation named in a
    // person's apposition): the page marks the outer one and relies on no partial overlap.
    let mut spans: Vec<Span> = report
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().map(|m| m.range))
        .collect();
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut open: Vec<Span> = Vec::new();
    for span in spans {
        while open.last().is_some_and(|o| o.end <= span.start) {
            open.pop();
        }
        if let Some(outer) = open.last() {
            if span.end > outer.end {
                return Err(format!("mentions {outer:?} and {span:?} overlap in part"));
            }
        }
        open.push(span);
    }

    // Statements: by a known actor, in document order, inside their section.
    for statement in &report.statements {
        let what = format!("statement {:?}", report.slice(statement.range));
        if !ids.contains(statement.actor.as_str()) {
            return Err(format!("{what}: unknown actor {:?}", statement.actor));
        }
        span_ok(text, statement.range, &what)?;
        innermost(&sections, statement.range, statement.section, &what)?;
    }
    if report
        .statements
        .windows(2)
        .any(|w| w[0].range.start > w[1].range.start)
    {
        return Err("statements are not in document order".to_string());
    }
    Ok(())
}

/// A span lies inside the text, on character boundaries.
fn span_ok(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what}: span {span:?} outside text of {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what}: span {span:?} splits a character"));
    }
    Ok(())
}

/// `section` is the innermost section whose range contains `span`, or `None` when none does.
fn innermost(
    sections: &[&Section],
    span: Span,
    section: Option<usize>,
    what: &str,
) -> Result<(), String> {
    let expected = sections
        .iter()
        .filter(|s| s.range.contains(span))
        .max_by_key(|s| s.level)
        .map(|s| s.id);
    match section {
        Some(id) if id >= sections.len() => Err(format!("{what}: section id {id} does not exist")),
        Some(id) if !sections[id].range.contains(span) => Err(format!(
            "{what}: span {span:?} outside its section {id} range {:?}",
            sections[id].range
        )),
        _ if section != expected => Err(format!(
            "{what}: section {section:?} but the innermost section containing it is {expected:?}"
        )),
        _ => Ok(()),
    }
}
