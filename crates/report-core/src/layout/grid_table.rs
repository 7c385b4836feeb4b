//! Grid tables, as pandoc and reStructuredText write a table whose cells wrap: rows between
//! `+-----+-----+` borders (the header's under a `+=====+=====+` one), a cell's text going on
//! over the lines of its row:
//!
//! ```text
//! +-------------+------+--------------+
//! | Indicator   | 2025 | Toelichting  |
//! +=============+======+==============+
//! | Inspecties  | 1538 | Meer         |
//! |             |      | controles    |
//! +-------------+------+--------------+
//! ```
//!
//! Each becomes a Markdown pipe table, a row a line, each cell's lines joined, so that the
//! passes after read it as any table (rows kept apart, the first cell the row's speaker) and
//! its borders are not in the text. A text without a line opening with `+-` or `+=` costs one
//! `memchr` search for `+`.
//!
//! The rewrite comes before the layout proper, after the HTML tables' (see `html_table`); it
//! keeps a map from the rewritten text back to its text, word by word in the cells.

use super::offsets::OffsetMap;
use std::borrow::Cow;

/// The most lines of one table.
const MAX_ROWS: usize = 2000;

/// Whether `line` is a grid table's border: `+`, then runs of `-` or `=` (a `:` may mark the
/// alignment) between `+`, ending in `+`.
fn border(line: &str) -> bool {
    let b = line.trim_end().as_bytes();
    b.len() >= 3
        && b[0] == b'+'
        && b[b.len() - 1] == b'+'
        && matches!(b[1], b'-' | b'=' | b':')
        && b.iter().all(|c| matches!(c, b'+' | b'-' | b'=' | b':'))
}

/// How many columns a border has.
fn columns(line: &str) -> usize {
    line.trim_end().bytes().filter(|&b| b == b'+').count() - 1
}

/// The cells of a row's line (`| a | b |`): the text between its bars, or `None` when it is
/// not a row's line of `width` cells.
fn cells(line: &str, width: usize) -> Option<Vec<&str>> {
    let inner = line.trim_end().strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').collect();
    (cells.len() == width).then_some(cells)
}

/// `text` with each grid table written as a pipe table, and the map from the rewritten text to
/// `text` when one was.
pub(crate) fn rewrite_mapped(text: &str) -> (Cow<'_, str>, Option<OffsetMap>) {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut map = OffsetMap::default();
    let mut copied = 0;
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'+', &bytes[from..]).map(|k| from + k) {
        from = at + 1;
        if (at > 0 && bytes[at - 1] != b'\n') || !matches!(bytes.get(at + 1), Some(b'-' | b'=')) {
            continue;
        }
        let mut lines = Vec::new();
        let mut k = at;
        while k < bytes.len() && lines.len() < MAX_ROWS {
            let end = memchr::memchr(b'\n', &bytes[k..]).map_or(bytes.len(), |e| k + e);
            let line = text[k..end].strip_suffix('\r').unwrap_or(&text[k..end]);
            if !(border(line) || line.starts_with('|')) {
                break;
            }
            lines.push((k, line));
            k = end + 1;
        }
        let Some(table) = table(&lines) else {
            // None of these lines opens a table either: the search goes on after them, so
            // that a long run of such lines is read once.
            from = from.max(k.min(bytes.len()));
            continue;
        };
        let (last_start, last_line) = lines[table.last];
        let table_end = last_start + last_line.len();
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        map.push(out.len(), copied, at - copied);
        out.push_str(&text[copied..at]);
        map.push_pipe_table(out, text, &table.rows, table.width);
        copied = table_end;
        from = table_end;
    }
    map.finish(text, out, copied)
}

/// A grid table's rows, each its cells' words.
struct Table<'a> {
    width: usize,
    /// The index of its last border among the lines.
    last: usize,
    rows: Vec<Vec<Vec<&'a str>>>,
}

/// The table of `lines` (each with its offset), which open with a border: `None` unless every
/// line is a border of as many columns or a row's line of as many cells, the last is a border,
/// and there are two rows at least.
fn table<'a>(lines: &[(usize, &'a str)]) -> Option<Table<'a>> {
    let (_, first) = lines.first()?;
    if !border(first) {
        return None;
    }
    let width = columns(first);
    let mut rows: Vec<Vec<Vec<&'a str>>> = Vec::new();
    let mut open: Option<Vec<Vec<&'a str>>> = None;
    let mut last = 0;
    for (k, &(_, line)) in lines.iter().enumerate() {
        if border(line) {
            if columns(line) != width {
                break;
            }
            rows.extend(open.take());
            last = k;
            continue;
        }
        let Some(cells) = cells(line, width) else {
            break;
        };
        let row = open.get_or_insert_with(|| vec![Vec::new(); width]);
        for (c, cell) in cells.into_iter().enumerate() {
            row[c].extend(cell.split_whitespace());
        }
    }
    (rows.len() >= 2 && last > 0 && width > 0).then_some(Table { width, last, rows })
}
