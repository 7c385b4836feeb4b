//! Pandoc's simple and multiline tables, as pandoc writes a table from a Word file into
//! Markdown: columns under runs of dashes, no bars.
//!
//! ```text
//!   Indicator                    2024    2025
//!   --------------------------- ------- -------
//!   Inspecties waterkeringen      318     344
//!   Handhavingsbesluiten           27      31
//! ```
//!
//! A multiline table opens and closes with a line of dashes alone, its header's and its rows'
//! text going on over several lines, the rows apart by a blank line. Each becomes a Markdown pipe
//! table, a row a line, so that the passes after read it as any table (rows kept apart, the
//! first cell the row's speaker) and do not join its lines into one paragraph of figures. A
//! text without `---` costs one search for it.
//!
//! The rewrite comes after the grid tables' (see `grid_table`); it keeps a map from the
//! rewritten text back to its text, word by word in the cells.

use super::offsets::OffsetMap;
use std::borrow::Cow;

/// The most lines of one table.
const MAX_LINES: usize = 2000;

/// The most lines of a multiline table's rows: its bottom border comes within them.
const MAX_MULTILINE: usize = 400;

/// The columns of a line of runs of dashes (`  ------ ----- ---`), as `(start, end)` in
/// characters, if it is one: two runs of three dashes at least, or one of ten at least (`full`
/// then) for a multiline table's border.
fn dash_runs(line: &str) -> Option<(Vec<(usize, usize)>, bool)> {
    let t = line.trim_end();
    if !t.trim_start().starts_with("---") || !t.bytes().all(|b| b == b'-' || b == b' ') {
        return None;
    }
    let mut runs = Vec::new();
    let mut start = None;
    for (i, b) in t
        .bytes()
        .enumerate()
        .chain(std::iter::once((t.len(), b' ')))
    {
        match (b, start) {
            (b'-', None) => start = Some(i),
            (b' ', Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if runs.iter().any(|&(s, e)| e - s < 3) {
        return None;
    }
    match runs.len() {
        1 if runs[0].1 - runs[0].0 >= 10 => Some((runs, true)),
        n if n >= 2 => Some((runs, false)),
        _ => None,
    }
}

/// The words of each column of `line`, cut at the ends of `runs` (in characters): a column's
/// text ends where its dashes end, the last one at the line's end.
fn cut<'a>(line: &'a str, runs: &[(usize, usize)], row: &mut [Vec<&'a str>]) {
    let mut column = 0;
    let mut from = 0;
    for (chars, (i, _)) in line.char_indices().enumerate() {
        while column + 1 < runs.len() && chars >= runs[column].1 {
            row[column].extend(line[from..i].split_whitespace());
            from = i;
            column += 1;
        }
    }
    row[column].extend(line[from..].split_whitespace());
}

/// The lines of `text` from `at` on, each with its offset, without their line ends: at most
/// [`MAX_LINES`].
fn lines_from(text: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut k = at;
    std::iter::from_fn(move || {
        if k >= bytes.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &bytes[k..]).map_or(bytes.len(), |e| k + e);
        let line = text[k..end].strip_suffix('\r').unwrap_or(&text[k..end]);
        let item = (k, line);
        k = end + 1;
        Some(item)
    })
    .take(MAX_LINES)
}

/// A table found: where its first line starts, where its last line ends, and its rows' words.
struct Table<'a> {
    start: usize,
    end: usize,
    width: usize,
    rows: Vec<Vec<Vec<&'a str>>>,
}

/// The simple table whose dash line starts at `dash` (header line right above it, after a
/// blank line or the start), or the multiline table whose top border does.
fn table_at<'a>(text: &'a str, dash: usize, line: &str) -> Option<Table<'a>> {
    let (runs, full) = dash_runs(line)?;
    if full {
        return multiline(text, dash);
    }
    // The header: the line before, after a blank line or the text's start.
    let header_end = dash.checked_sub(1)?;
    let header_start = text[..header_end].rfind('\n').map_or(0, |n| n + 1);
    let header = text[header_start..header_end].trim_end_matches('\r');
    if header.trim().is_empty() || dash_runs(header).is_some() {
        return None;
    }
    if header_start > 0 {
        let before = text[..header_start - 1].trim_end_matches('\r');
        let prev = before.rfind('\n').map_or(before, |n| &before[n + 1..]);
        if !prev.trim().is_empty() {
            return None;
        }
    }
    let width = runs.len();
    let mut rows = Vec::new();
    let mut head = vec![Vec::new(); width];
    cut(header, &runs, &mut head);
    rows.push(head);
    let mut end = dash + line.len();
    for (k, l) in lines_from(text, dash).skip(1) {
        if l.trim().is_empty() || dash_runs(l).is_some() {
            break;
        }
        let mut row = vec![Vec::new(); width];
        cut(l, &runs, &mut row);
        rows.push(row);
        end = k + l.len();
    }
    (rows.len() >= 2).then_some(Table {
        start: header_start,
        end,
        width,
        rows,
    })
}

/// The multiline table whose top border (a line of dashes alone) starts at `top`: header
/// lines, a line of runs of dashes, rows apart by blank lines, a bottom border.
fn multiline(text: &str, top: usize) -> Option<Table<'_>> {
    let mut lines = lines_from(text, top).skip(1);
    let mut header = Vec::new();
    let runs = loop {
        let (_, l) = lines.next()?;
        if l.trim().is_empty() {
            return None;
        }
        match dash_runs(l) {
            Some((runs, false)) => break runs,
            Some((_, true)) => return None,
            None => header.push(l),
        }
    };
    let width = runs.len();
    let mut rows = Vec::new();
    if !header.is_empty() {
        let mut head = vec![Vec::new(); width];
        for l in header {
            cut(l, &runs, &mut head);
        }
        rows.push(head);
    }
    let mut open: Option<Vec<Vec<&str>>> = None;
    let mut blank = false;
    for (k, l) in lines.take(MAX_MULTILINE) {
        if let Some((_, true)) = dash_runs(l) {
            rows.extend(open.take());
            return (rows.len() >= 2).then_some(Table {
                start: top,
                end: k + l.len(),
                width,
                rows,
            });
        }
        if l.trim().is_empty() {
            // Two blank lines in a row end the text of any table.
            if blank {
                return None;
            }
            blank = true;
            rows.extend(open.take());
            continue;
        }
        blank = false;
        cut(
            l,
            &runs,
            open.get_or_insert_with(|| vec![Vec::new(); width]),
        );
    }
    None
}

/// `text` with each pandoc simple or multiline table written as a pipe table, and the map from
/// the rewritten text to `text` when one was.
pub(crate) fn rewrite_mapped(text: &str) -> (Cow<'_, str>, Option<OffsetMap>) {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut map = OffsetMap::default();
    let mut copied = 0;
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&bytes[from..], b"---").map(|k| from + k) {
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |n| n + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |e| at + e);
        from = end;
        // Only spaces before the dashes; a table starts after what was rewritten.
        if start < copied || !bytes[start..at].iter().all(|&b| b == b' ') {
            continue;
        }
        let line = text[start..end]
            .strip_suffix('\r')
            .unwrap_or(&text[start..end]);
        let Some(table) = table_at(text, start, line) else {
            continue;
        };
        if table.start < copied {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        map.push(out.len(), copied, table.start - copied);
        out.push_str(&text[copied..table.start]);
        map.push_pipe_table(out, text, &table.rows, table.width);
        copied = table.end;
        from = from.max(table.end);
    }
    map.finish(text, out, copied)
}
