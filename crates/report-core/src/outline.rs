//! Blocks → the outline tree. (A first cut: short blocks that start with a Roman or arabic number.)

use crate::layout::Layout;
use crate::model::{Section, Span};
use regex::Regex;
use std::sync::OnceLock;

fn heading_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"^(?P<num>[IVXLC]+|\d+(?:\.\d+)*)\.?\s+(?P<title>\p{Lu}.{0,200})$")
            .expect("valid regex")
    })
}

/// Numbering schemes, in the order they are first met; the index is the nesting level.
fn scheme(number: &str) -> &'static str {
    if number.chars().all(|c| "IVXLC".contains(c)) {
        "roman"
    } else if number.contains('.') {
        "decimal"
    } else {
        "arabic"
    }
}

/// Builds the outline from the layout's blocks.
pub fn build(layout: &Layout) -> Vec<Section> {
    let mut schemes: Vec<&str> = Vec::new();
    let mut flat: Vec<(u32, String, String, Span)> = Vec::new();
    for block in &layout.blocks {
        let text = &layout.text[block.span.start..block.span.end];
        if block.lines > 3 || text.ends_with(['.', ':', ';', ',']) {
            continue;
        }
        let Some(caps) = heading_pattern().captures(text) else {
            continue;
        };
        let number = caps["num"].to_string();
        let kind = scheme(&number);
        let level = match schemes.iter().position(|s| *s == kind) {
            Some(i) => {
                schemes.truncate(i + 1);
                i + 1
            }
            None => {
                schemes.push(kind);
                schemes.len()
            }
        };
        flat.push((
            level as u32,
            number,
            caps["title"].trim().to_string(),
            block.span,
        ));
    }
    nest(&flat, layout.text.len())
}

/// Turns a flat list of (level, number, title, heading) into a tree with ranges and pre-order ids.
fn nest(flat: &[(u32, String, String, Span)], text_len: usize) -> Vec<Section> {
    let mut roots: Vec<Section> = Vec::new();
    for (i, (level, number, title, heading)) in flat.iter().enumerate() {
        let end = flat[i + 1..]
            .iter()
            .find(|(l, ..)| l <= level)
            .map(|(_, _, _, h)| h.start)
            .unwrap_or(text_len);
        let section = Section {
            id: i,
            level: *level,
            number: Some(number.clone()),
            title: title.clone(),
            heading: *heading,
            range: Span::new(heading.start, end),
            children: Vec::new(),
        };
        insert(&mut roots, section);
    }
    roots
}

/// Puts `section` under the last open section of a lower level.
fn insert(siblings: &mut Vec<Section>, section: Section) {
    match siblings.last_mut() {
        Some(last) if last.level < section.level => insert(&mut last.children, section),
        _ => siblings.push(section),
    }
}
