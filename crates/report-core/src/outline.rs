//! Blocks → the outline tree.
//!
//! Layout marks blocks that look like headings, using the same line predicate
//! ([`crate::layout::cue`]) that outline uses here to read the number and title. Outline then
//! decides which of them are sections:
//!
//! - The front matter is not a section: in a letter, everything up to the closing (signature)
//!   and the report title right after it; in any document with numbered or Markdown headings,
//!   unnumbered heading-like lines before the first of them (a title page).
//! - Numbering schemes nest in the order the document first uses them ("I." then "1." then
//!   "a)"), not by a fixed table; Markdown headings nest by their number of `#`.
//! - Each section's range runs to the next section of the same or a higher level.

use crate::layout::{cue, BlockKind, Layout, Scheme};
use crate::model::{Section, Span};

/// A heading found in the text, before nesting.
struct Heading {
    /// Index of its block in the layout.
    block: usize,
    key: Key,
    number: Option<String>,
    title: String,
    span: Span,
}

/// What decides a heading's level: its scheme, or a fixed Markdown depth.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    Scheme(Scheme),
    Unnumbered,
    Markdown(u8),
}

/// Index of the first block after the letter part: after the last closing block that comes
/// before the first numbered heading, plus the report title right after it.
pub(crate) fn body_start(layout: &Layout) -> usize {
    let first_numbered = layout
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Heading && numbered(&layout.text, b.span))
        .unwrap_or(layout.blocks.len());
    let Some(closing) = layout.blocks[..first_numbered]
        .iter()
        .rposition(|b| b.kind == BlockKind::Closing)
    else {
        return 0;
    };
    let mut start = closing + 1;
    // The report's own title follows the signature in a letter that carries a report.
    if let Some(title) = layout.blocks.get(start) {
        let text = &layout.text[title.span.start..title.span.end];
        if start < first_numbered && title.lines <= 3 && !text.ends_with('.') {
            start += 1;
        }
    }
    start
}

fn numbered(text: &str, span: Span) -> bool {
    let s = &text[span.start..span.end];
    cue(s).is_some_and(|c| !matches!(c.scheme, Scheme::AllCaps | Scheme::Bullet))
}

/// Builds the outline from the layout's blocks.
pub fn build(layout: &Layout) -> Vec<Section> {
    let start = body_start(layout);
    let mut headings: Vec<Heading> = Vec::new();
    for (index, block) in layout.blocks.iter().enumerate().skip(start) {
        if block.kind != BlockKind::Heading {
            continue;
        }
        let text = &layout.text[block.span.start..block.span.end];
        let mut heading = read_heading(text, block.span);
        heading.block = index;
        headings.push(heading);
    }
    // A lone top `#` heading that opens the body is the document's title, not a section.
    if let Some(Key::Markdown(depth)) = headings.first().map(|h| h.key) {
        let opens_body = layout
            .blocks
            .get(start)
            .is_some_and(|b| b.span == headings[0].span);
        let alone = !headings[1..]
            .iter()
            .any(|h| matches!(h.key, Key::Markdown(d) if d <= depth));
        if opens_body && alone && headings.len() > 1 {
            headings.remove(0);
        }
    }
    // Unnumbered lines before the first numbered heading are a title page, not sections;
    // except one that directly precedes a numbered heading: a part title ("HOME AFFAIRS")
    // over the numbered items.
    if let Some(first) = headings.iter().position(|h| h.key != Key::Unnumbered) {
        let next_is_numbered = |h: &Heading| {
            layout
                .blocks
                .get(h.block + 1)
                .is_some_and(|b| b.kind == BlockKind::Heading && numbered(&layout.text, b.span))
        };
        let mut i = 0;
        headings.retain(|h| {
            i += 1;
            i > first || h.key != Key::Unnumbered || next_is_numbered(h)
        });
    } else if layout
        .blocks
        .get(start)
        .is_some_and(|b| b.kind == BlockKind::Heading)
        && !headings.is_empty()
    {
        // Without any numbering, the document's first line is its title.
        headings.remove(0);
    }
    nest(&headings, layout.text.len())
}

fn read_heading(text: &str, span: Span) -> Heading {
    let trim_title = |s: &str| s.trim().trim_end_matches([':', '.']).trim().to_string();
    match cue(text) {
        Some(c) if c.scheme == Scheme::AllCaps => Heading {
            block: 0,
            key: Key::Unnumbered,
            number: None,
            title: trim_title(text),
            span,
        },
        Some(c) => {
            let title = &text[c.title_start..];
            if let Scheme::Markdown(depth) = c.scheme {
                // "## 2. Finances": the number belongs to the Markdown heading.
                let inner = cue(title).filter(|i| {
                    !matches!(
                        i.scheme,
                        Scheme::AllCaps | Scheme::Bullet | Scheme::Markdown(_)
                    )
                });
                let (number, title) = match inner {
                    Some(i) => (
                        Some(title[i.number.0..i.number.1].to_string()),
                        &title[i.title_start..],
                    ),
                    None => (None, title),
                };
                return Heading {
                    block: 0,
                    key: Key::Markdown(depth),
                    number,
                    title: trim_title(title.trim_end_matches('#')),
                    span,
                };
            }
            Heading {
                block: 0,
                key: Key::Scheme(c.scheme),
                // "Agendapunt: Title" has a scheme but no number.
                number: (c.number.0 < c.number.1).then(|| text[c.number.0..c.number.1].to_string()),
                title: trim_title(title),
                span,
            }
        }
        None => Heading {
            block: 0,
            key: Key::Unnumbered,
            number: None,
            title: trim_title(text),
            span,
        },
    }
}

/// Gives each heading a level and turns the flat list into a tree with ranges and pre-order ids.
fn nest(headings: &[Heading], text_len: usize) -> Vec<Section> {
    let mut stack: Vec<Key> = Vec::new();
    let mut levels = Vec::with_capacity(headings.len());
    for h in headings {
        let level = match h.key {
            Key::Markdown(d) => {
                // A `##` goes under the nearest shallower `#`, however many levels it skips.
                let keep = stack
                    .iter()
                    .position(|k| !matches!(k, Key::Markdown(x) if *x < d))
                    .unwrap_or(stack.len());
                stack.truncate(keep);
                stack.push(h.key);
                stack.len()
            }
            key => match stack.iter().position(|k| *k == key) {
                Some(i) => {
                    stack.truncate(i + 1);
                    i + 1
                }
                None => {
                    stack.push(key);
                    stack.len()
                }
            },
        };
        levels.push(level as u32);
    }
    let mut roots: Vec<Section> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        let level = levels[i];
        let end = levels[i + 1..]
            .iter()
            .position(|&l| l <= level)
            .map_or(text_len, |j| headings[i + 1 + j].span.start);
        let section = Section {
            id: i,
            level,
            number: h.number.clone(),
            title: h.title.clone(),
            heading: h.span,
            range: Span::new(h.span.start, end),
            children: Vec::new(),
        };
        insert(&mut roots, section);
    }
    roots
}

/// Puts `section` under the last open section of a lower level.
fn insert(siblings: &mut Vec<Section>, section: Section) {
    let mut siblings = siblings;
    loop {
        match siblings.last() {
            Some(last) if last.level < section.level => {
                // The loop walks down one level per step; recursion depth is not input-bound.
                let len = siblings.len();
                siblings = &mut siblings[len - 1].children;
            }
            _ => break,
        }
    }
    siblings.push(section);
}
