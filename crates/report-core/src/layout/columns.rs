//! A letter head set in two columns, as pdftotext's layout mode gives it: the addressee on the
//! left, the sender's side column on the right ("Aan de Voorzitter van de Tweede Kamer
//! Bezuidenhoutseweg 73" ⏎ "der Staten-Generaal        2594 AC Den Haag" ⏎ "      Datum").
//! Read line by line, the columns interleave and glue into one paragraph. Here the lines of
//! such a head are cut at the column and put in reading order: the left column's lines, then
//! the right column's, as lines of their own that the blocks are built from. Only the
//! content order changes: the repaired text copies the same pieces of the source, and the
//! offset map, sorted by repaired offset, points each back.

use super::Line;

/// The content lines looked at for a letter head: it opens the document.
const HEAD_LINES: usize = 60;

/// The widest gap inside a line of one column is narrower than this: the gap of a table of
/// fields ("Datum       2 juni 2027") too.
const MIN_GAP: usize = 8;

/// A side column starts at least this far right.
const MIN_COLUMN: usize = 36;

/// How far a line of the right column may stand from the column's start.
const SLACK: usize = 2;

/// The most lines a head in two columns spans.
const MAX_RUN: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// Text in both columns: the byte offset (in the line's content) where the right starts,
    /// the end of the left part, and the right column's position.
    Both {
        right: usize,
        left_end: usize,
        column: usize,
    },
    /// Only the right column, at this position.
    Right(usize),
    /// Only the left column (or a line of one column).
    Left,
}

fn shape(text: &str, line: &Line) -> Shape {
    let s = &text[line.start..line.end];
    if line.indent >= MIN_COLUMN {
        return Shape::Right(line.indent);
    }
    let bytes = s.as_bytes();
    let Some(at) = memchr::memmem::find(bytes, &[b' '; MIN_GAP]) else {
        return Shape::Left;
    };
    let right = at + bytes[at..].iter().take_while(|&&b| b == b' ').count();
    let column = line.indent + s[..right].chars().count();
    if right >= bytes.len() || column < MIN_COLUMN {
        return Shape::Left;
    }
    Shape::Both {
        right,
        left_end: at,
        column,
    }
}

/// Puts the first head in two columns among the first content lines in reading order:
/// `content` lists the left column's lines (cut at the column) and then the right column's,
/// which are added to `lines`. A run needs two lines with text in both columns at the same
/// column and one with text in the right column only, so that a table of fields, an indented
/// quotation or a table of rows is not taken for one.
pub(super) fn split(text: &str, lines: &mut Vec<Line>, content: &mut Vec<usize>) {
    let head = content.len().min(HEAD_LINES);
    let shapes: Vec<Shape> = content[..head]
        .iter()
        .map(|&i| shape(text, &lines[i]))
        .collect();
    let Some(first) = shapes.iter().position(|s| matches!(s, Shape::Both { .. })) else {
        return;
    };
    let Shape::Both { column, .. } = shapes[first] else {
        return;
    };
    let at_column = |s: &Shape| match *s {
        Shape::Both { column: c, .. } | Shape::Right(c) => c.abs_diff(column) <= SLACK,
        Shape::Left => false,
    };
    let page = lines[content[first]].page;
    let same_page = |w: usize| lines[content[w]].page == page && !lines[content[w]].break_before;
    // The right column may start above the first line with both: the sender's name.
    let mut start = first;
    while start > 0 && matches!(shapes[start - 1], Shape::Right(_)) && at_column(&shapes[start - 1])
    {
        if !same_page(start - 1) {
            break;
        }
        start -= 1;
    }
    // It ends at its last line within reach; lines of the left column alone may stand between.
    let mut end = first + 1;
    let mut w = first + 1;
    while w < head && w - start < MAX_RUN && same_page(w) {
        match shapes[w] {
            Shape::Left => {}
            ref s if at_column(s) => end = w + 1,
            _ => break,
        }
        w += 1;
    }
    let both = shapes[start..end]
        .iter()
        .filter(|s| matches!(s, Shape::Both { .. }) && at_column(s))
        .count();
    // A side column runs longer than the addressee beside it; a table, whose rows must stay
    // rows, fills both columns on every line.
    let right_only = shapes[start..end]
        .iter()
        .any(|s| matches!(s, Shape::Right(_)));
    if both < 2 || !right_only {
        return;
    }
    let mut left = Vec::with_capacity(end - start);
    let mut right = Vec::with_capacity(end - start);
    for w in start..end {
        let i = content[w];
        let line = lines[i];
        match shapes[w] {
            Shape::Both {
                right: r, left_end, ..
            } => {
                lines[i].end = line.start + left_end;
                right.push(Line {
                    start: line.start + r,
                    indent: line.indent + r,
                    break_before: false,
                    ..line
                });
            }
            Shape::Right(_) => right.push(Line {
                break_before: false,
                ..line
            }),
            Shape::Left => left.push(i),
        }
        if matches!(shapes[w], Shape::Both { .. }) {
            left.push(i);
        }
    }
    // The right column's lines follow one another in `lines`, after every other line: the
    // blocks see them as consecutive lines, set off from the left column as after a blank.
    let mut order = Vec::with_capacity(content.len() + right.len());
    order.extend_from_slice(&content[..start]);
    order.extend(left);
    for line in right {
        order.push(lines.len());
        lines.push(line);
    }
    order.extend_from_slice(&content[end..]);
    *content = order;
}
