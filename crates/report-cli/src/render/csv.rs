//! One row per mention, RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
//! comma, a quote or a line break, quotes doubled.

use super::json_name;
use report_core::Report;
use std::io::{self, Write};

const COLUMNS: [&str; 9] = [
    "file",
    "actor_id",
    "actor_name",
    "kind",
    "section_number",
    "section_title",
    "start",
    "end",
    "text",
];

/// Writes the header row.
pub fn header(out: &mut impl Write) -> io::Result<()> {
    row(out, COLUMNS.iter().copied())
}

/// Writes the mentions of one report, in document order.
pub fn rows(out: &mut impl Write, path: &str, report: &Report) -> io::Result<()> {
    let sections = report.sections();
    let mut mentions: Vec<_> = report
        .actors
        .iter()
        .flat_map(|actor| actor.mentions.iter().map(move |m| (actor, m)))
        .collect();
    mentions.sort_by_key(|(actor, m)| (m.range.start, m.range.end, &actor.id));
    for (actor, mention) in mentions {
        let section = mention.section.and_then(|id| sections.get(id));
        let start = mention.range.start.to_string();
        let end = mention.range.end.to_string();
        let kind = json_name(&actor.kind);
        row(
            out,
            [
                path,
                &actor.id,
                &actor.name,
                &kind,
                section.and_then(|s| s.number.as_deref()).unwrap_or(""),
                section.map(|s| s.title.as_str()).unwrap_or(""),
                &start,
                &end,
                &mention.text,
            ],
        )?;
    }
    Ok(())
}

fn row<'a>(out: &mut impl Write, fields: impl IntoIterator<Item = &'a str>) -> io::Result<()> {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(quote(field).as_bytes())?;
    }
    out.write_all(b"\r\n")
}

/// Quotes a field when RFC 4180 requires it.
pub fn quote(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\"")).into()
    } else {
        field.into()
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting() {
        let rows = [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r", "\"cr\r\""),
            ("Oekraïne", "Oekraïne"),
        ];
        for (field, expected) in rows {
            assert_eq!(quote(field), expected, "{field:?}");
        }
    }
}
