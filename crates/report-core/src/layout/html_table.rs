//! HTML tables in a Markdown text, as converters write them (docling, markitdown, pandoc for a
//! table with merged cells): `<table><tr><th>Name</th>…</tr><tr><td>…</td></tr></table>`, on
//! one line or many. Each becomes a Markdown pipe table, a row a line, the first row its header
//! under a delimiter row, so that the passes after read it as they read any table (rows kept
//! apart, a cell under a `Name` header a person, with the role and country of its row) and its
//! tags are not in the text. A text without `<table` costs one `memmem` search.
//!
//! The rewrite comes before the layout proper; it keeps a map of its own from the rewritten
//! text back to the text (each piece copied, and each word of a cell), which the layout's map
//! is composed with, so that a name in a cell points at the name between its tags.

use super::offsets::OffsetMap;
use std::borrow::Cow;

/// The most bytes of one table; a `<table` not closed within them is left as written.
const MAX_TABLE: usize = 256 * 1024;

/// `text` with each HTML table that opens a line written as a pipe table, or `text` itself.
#[cfg(test)]
pub(crate) fn rewrite(text: &str) -> Cow<'_, str> {
    rewrite_mapped(text).0
}

/// [`rewrite`], and the map from the rewritten text to `text` when it was rewritten.
pub(crate) fn rewrite_mapped(text: &str) -> (Cow<'_, str>, Option<OffsetMap>) {
    let mut map = OffsetMap::default();
    let bytes = text.as_bytes();
    let finder = memchr::memmem::Finder::new(b"<table");
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(at) = finder.find(&bytes[from..]).map(|k| from + k) {
        from = at + 6;
        // Only a table that opens its line (after spaces) is a block of the Markdown.
        let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        if !bytes[line_start..at]
            .iter()
            .all(|&b| b == b' ' || b == b'\t')
            || !matches!(bytes.get(at + 6), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r'))
        {
            continue;
        }
        let limit = (at + MAX_TABLE).min(bytes.len());
        let Some(close) = memchr::memmem::find(&bytes[at..limit], b"</table>").map(|k| at + k)
        else {
            continue;
        };
        let rows = rows(&text[at..close]);
        if rows.is_empty() {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        map.push(out.len(), copied, line_start - copied);
        out.push_str(&text[copied..line_start]);
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        for (k, row) in rows.iter().enumerate() {
            out.push('|');
            for c in 0..width {
                out.push(' ');
                if let Some((cell, body)) = row.get(c) {
                    // Each word of the cell maps to where it stands in its HTML, found in
                    // order (a word that was an entity, `&amp;`, is not found and maps to
                    // the end of the word before it).
                    let (mut from, end) = (at + body.0, at + body.1);
                    for word in cell.split(' ') {
                        if let Some(k) = memchr::memmem::find(&bytes[from..end], word.as_bytes()) {
                            map.push(out.len(), from + k, word.len());
                            from += k + word.len();
                        }
                        out.push_str(word);
                        out.push(' ');
                    }
                    out.pop();
                }
                out.push_str(" |");
            }
            out.push('\n');
            if k == 0 {
                super::offsets::push_header_rule(out, width);
            }
        }
        let after = close + "</table>".len();
        // What follows the table on its line is a paragraph of its own.
        let rest = text[after..].trim_start_matches([' ', '\t']);
        if !rest.starts_with(['\n', '\r']) && !rest.is_empty() {
            out.push('\n');
        }
        copied = text.len() - rest.len();
        from = copied;
    }
    map.finish(text, out, copied)
}

/// The rows of the table `html` (from `<table` to before `</table>`), each its cells' text.
/// A cell that spans columns (`colspan="2"`) is repeated, as converters repeat a merged header.
/// With each cell, where its body starts and ends in `html`.
fn rows(html: &str) -> Vec<Vec<(String, (usize, usize))>> {
    let mut rows = Vec::new();
    for row in html.split("<tr").skip(1) {
        let mut cells = Vec::new();
        let mut rest = row;
        let base = row.as_ptr() as usize - html.as_ptr() as usize;
        while let Some(k) = next_cell(rest) {
            let cell = &rest[k..];
            let Some(open_end) = cell.find('>') else {
                break;
            };
            let attributes = &cell[..open_end];
            let body = &cell[open_end + 1..];
            let end = next_cell(body)
                .into_iter()
                .chain(body.find("</t"))
                .min()
                .unwrap_or(body.len());
            let text = cell_text(&body[..end]);
            let span = colspan(attributes).clamp(1, 32);
            let from = base + (body.as_ptr() as usize - row.as_ptr() as usize);
            let place = (from, from + end);
            for _ in 1..span {
                cells.push((text.clone(), place));
            }
            cells.push((text, place));
            rest = &body[end..];
        }
        if !cells.is_empty() {
            rows.push(cells);
        }
    }
    rows
}

/// Where the next `<td` or `<th` opens in `s`.
fn next_cell(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'<', &bytes[from..]).map(|k| from + k) {
        if bytes.get(k + 1) == Some(&b't')
            && matches!(bytes.get(k + 2), Some(b'd' | b'h'))
            && matches!(bytes.get(k + 3), Some(b'>' | b' ' | b'\t' | b'\n' | b'\r'))
        {
            return Some(k);
        }
        from = k + 1;
    }
    None
}

/// The `colspan` of a cell's attributes, 1 without one.
fn colspan(attributes: &str) -> usize {
    let Some(k) = attributes.find("colspan=") else {
        return 1;
    };
    attributes[k + 8..]
        .trim_start_matches(['"', '\''])
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0usize, |n, d| n * 10 + usize::from(d - b'0'))
}

/// A cell's text: its tags left out (a `<br>` a space), the common entities read, white space
/// made one space, and a pipe, which would end the cell, a slash.
fn cell_text(html: &str) -> String {
    let mut plain = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(k) = rest.find('<') {
        plain.push_str(&rest[..k]);
        match rest[k..].find('>') {
            Some(e) => {
                plain.push(' ');
                rest = &rest[k + e + 1..];
            }
            None => {
                rest = &rest[k..];
                break;
            }
        }
    }
    plain.push_str(rest);
    let plain = if plain.contains('&') {
        plain
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    } else {
        plain
    };
    plain
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "/")
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn a_table_becomes_pipe_rows_under_a_header() {
        let text = "Text.\n\n<table><tr><th>Name</th><th colspan=\"2\">Role</th></tr>\n\
                    <tr><td>Ana <b>Ruiz</b></td><td>Chair</td><td>A &amp; B | C</td></tr></table>\n\nMore.\n";
        assert_eq!(
            rewrite(text),
            "Text.\n\n| Name | Role | Role |\n|---|---|---|\n| Ana Ruiz | Chair | A & B / C |\n\n\nMore.\n"
        );
        // Not at a line's start, or never closed: left as written.
        for text in ["See <table> here.\n", "<table><tr><td>a\n"] {
            assert_eq!(rewrite(text), text);
        }
    }
}
