//! Text set in two columns side by side, as `pdftotext -layout` gives a two-column page or a
//! letter head with the sender's details beside the addressee. Read line by line, each row
//! glues the end of a left-column sentence to the start of a right-column one. Here the rows of
//! such a block become two runs of lines, the left column's and then the right column's, so
//! that wrapped lines join within their own column. The new lines are ranges of the source
//! lines, so the offset map still leads back to the source.
//!
//! Where the right column starts is found by vote: the character column at which text most
//! often follows a run of spaces. A block is the rows between a line that crosses that column
//! and the next one. A block is split only when it looks like columns rather than a table: the
//! left parts fill their column (wrapped running text), or the right column has lines of its
//! own with nothing on their left (a side block). A table's short cells stay in their rows.

use super::Line;

/// The fewest spaces between two columns.
const GAP: usize = 3;

/// The right column starts at this character column or later: text after a shorter indent is a
/// list item or a field value, not a column.
const MIN_COLUMN: usize = 16;

/// The fewest lines with text in the right column for a block to be columns.
const MIN_RIGHT: usize = 3;

/// The deepest indent of a line in the right column (a paragraph's first line).
const MAX_INDENT: usize = 8;

/// Widest line (in characters) looked at: a longer one is no page of columns.
const MAX_COLUMN: usize = 400;

/// How a line lies against the right column's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Blank, or ends before the right column.
    Left,
    /// Text in both columns: the right part starts at this byte of the line's raw text.
    Both(usize),
    /// Text only in the right column, from this byte.
    Right(usize),
    /// Text runs across the column's start, or the line is literal or furniture elsewhere.
    Across,
    /// Furniture set in the right column only (the sender's "Ons kenmerk" repeated on every
    /// page): it is dropped later, so it neither ends a block nor counts in one.
    Aside,
}

/// Splits the two-column blocks among `lines[from..]` into their columns, page by page.
pub(super) fn split(text: &str, lines: &mut Vec<Line>, from: usize) {
    // Columns are set apart by runs of spaces: a text without one has none.
    if super::find_three_spaces(text.as_bytes()).is_none() {
        return;
    }
    let mut out: Option<Vec<Line>> = None;
    let mut i = from;
    while i < lines.len() {
        let page = lines[i].page;
        let mut j = i;
        while j < lines.len() && lines[j].page == page {
            j += 1;
        }
        let page_lines = &lines[i..j];
        match gutter(text, page_lines).and_then(|r| split_page(text, page_lines, r)) {
            Some(mut split) => {
                let out = out.get_or_insert_with(|| lines[..i].to_vec());
                out.append(&mut split);
            }
            None => {
                if let Some(out) = out.as_mut() {
                    out.extend_from_slice(page_lines);
                }
            }
        }
        i = j;
    }
    if let Some(out) = out {
        *lines = out;
    }
}

/// The raw text of a line: from its line start (indent included) to its content's end.
fn raw<'t>(text: &'t str, line: &Line) -> &'t str {
    &text[line.start - line.indent..line.end]
}

/// The character column where the right column of `lines` starts, if text follows a run of
/// spaces at one column on at least [`MIN_RIGHT`] lines.
fn gutter(text: &str, lines: &[Line]) -> Option<usize> {
    let mut votes = vec![0u32; MAX_COLUMN + 1];
    let mut any = false;
    for line in lines {
        if line.blank() || line.furniture || line.literal {
            continue;
        }
        let raw = raw(text, line);
        if super::find_three_spaces(raw.as_bytes()).is_none() {
            continue;
        }
        let mut spaces = 0;
        for (col, c) in raw.chars().enumerate() {
            if col > MAX_COLUMN {
                break;
            }
            if c == ' ' {
                spaces += 1;
                continue;
            }
            if spaces >= GAP && col >= MIN_COLUMN {
                votes[col] += 1;
                any = true;
            }
            spaces = 0;
        }
    }
    if !any {
        return None;
    }
    let (col, &n) = votes.iter().enumerate().rev().max_by_key(|&(_, n)| *n)?;
    (n as usize >= MIN_RIGHT).then_some(col)
}

/// Where `line` lies against a right column starting at character column `r`.
fn place(text: &str, line: &Line, r: usize) -> Place {
    if line.literal {
        return Place::Across;
    }
    if line.blank() {
        return Place::Left;
    }
    // A row of a Markdown table (`| Name   | Role   |`) is one row, however wide its cells
    // are padded: its pipes say where the cells are.
    // So is a row of a table drawn in box characters (`│ Spain   │ Supported │`).
    if text.as_bytes()[line.start] == b'|' || super::box_drawn(&text[line.start..line.end]) {
        return Place::Across;
    }
    let raw = raw(text, line);
    let Some((mut at, _)) = raw.char_indices().nth(r) else {
        return if line.furniture {
            Place::Across
        } else {
            Place::Left
        };
    };
    // The two characters before the column must be spaces (or the line's indent).
    if !raw[..at].ends_with("  ") {
        // Or the text starts one character left of the column, after a gap: pdftotext rounds
        // a line set in a smaller or bolder font (a side column's label) to the column before.
        match raw[..at].char_indices().next_back() {
            Some((p, c)) if c != ' ' && raw[..p].ends_with("   ") => at = p,
            _ => return Place::Across,
        }
    }
    let before = &raw[..at];
    // Text that starts well right of the column (a right-aligned running header, a centred
    // title) is not set in it.
    let indent = raw[at..].bytes().take_while(|&b| b == b' ').count();
    if indent > MAX_INDENT {
        // But a corrigendum or addendum right-aligned under its document's code (`14325/26
        // AGRI 512` ⏎ `          + COR 1`) is in the agenda's column of codes.
        let cell = raw[at..].trim_start();
        if !line.furniture
            && cell.starts_with("+ ")
            && raw[..at].bytes().all(|b| b == b' ')
            && is_document_code(cell)
        {
            return Place::Right(at);
        }
        return Place::Across;
    }
    match (before.bytes().all(|b| b == b' '), line.furniture) {
        (true, true) => Place::Aside,
        (true, false) => Place::Right(at),
        (false, false) => Place::Both(at),
        (false, true) => Place::Across,
    }
}

/// The lines of one page with its two-column blocks split, or `None` when it has none.
fn split_page(text: &str, lines: &[Line], r: usize) -> Option<Vec<Line>> {
    let places: Vec<Place> = lines.iter().map(|l| place(text, l, r)).collect();
    let mut out = Vec::with_capacity(lines.len() + lines.len() / 2);
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        if places[i] == Place::Across {
            out.push(lines[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < lines.len() && places[j] != Place::Across {
            j += 1;
        }
        match block(text, &lines[i..j], &places[i..j], r) {
            Some((a, b, kind)) => {
                // The left column goes on under the right one's last line: on a page of running
                // text to the foot of the page, beside a side block to the end of its paragraph.
                let c = match kind {
                    Kind::Running | Kind::Codes => j,
                    Kind::Records(_) => i + b + 1,
                    Kind::Side => {
                        let mut c = i + b + 1;
                        while c < j && places[c] == Place::Left && !lines[c].blank() {
                            c += 1;
                        }
                        c
                    }
                };
                out.extend_from_slice(&lines[i..i + a]);
                let rows = (&lines[i + a..c], &places[i + a..c]);
                if kind == Kind::Codes {
                    emit_without_codes(text, rows, &mut out);
                } else if let Kind::Records(third) = kind {
                    emit_records(text, rows, third, &mut out);
                } else {
                    emit_columns(text, rows, b + 1 - a, kind, &mut out);
                }
                out.extend_from_slice(&lines[c..j]);
                changed = true;
            }
            None => out.extend_from_slice(&lines[i..j]),
        }
        i = j;
    }
    changed.then_some(out)
}

/// The first and last line with right-column text in a run of lines that no line crosses, if
/// the run reads as columns (see the module's comment).
fn block(text: &str, lines: &[Line], places: &[Place], r: usize) -> Option<(usize, usize, Kind)> {
    let right = |p: &Place| matches!(p, Place::Both(_) | Place::Right(_));
    let a = places.iter().position(right)?;
    let b = places.iter().rposition(right)?;
    if codes_beside(text, lines, places) {
        return Some((a, b, Kind::Codes));
    }
    if let Some((header, third)) = records_header(text, lines, places, a, b) {
        return Some((header, b, Kind::Records(third)));
    }
    let (mut both, mut full, mut right_only, mut left_only) = (0, 0, 0, 0);
    // Rows whose left part is itself two cells (`Belgium      Mr Vincent Van Peteghem` before
    // `Minister of Finance`): a table of three columns, whose rows stay rows.
    let mut celled = 0;
    // Rows whose left part is one word (`Nederland       tegen`): a narrow table's cells,
    // which fill a column near the margin without being running text.
    let mut single = 0;
    for (line, place) in lines.iter().zip(places) {
        match *place {
            Place::Both(at) => {
                both += 1;
                let left = raw(text, line)[..at].trim_end();
                // Or whose right part is (`Richtlijn rijbewijzen      algemene oriëntatie
                // steun`): a column of running text holds no gap of three spaces.
                if left.trim_start().contains("   ") || raw(text, line)[at..].trim().contains("   ")
                {
                    celled += 1;
                }
                if !left.trim_start().contains(' ') {
                    single += 1;
                }
                if left.chars().count() * 10 >= (r - GAP) * 6 {
                    full += 1;
                }
            }
            Place::Right(_) => right_only += 1,
            Place::Left if !line.blank() => left_only += 1,
            Place::Left | Place::Across | Place::Aside => {}
        }
    }
    // Four rows at least, two in three of them filled: a letter head's few address lines
    // beside the sender's are no running text.
    let running_text =
        both > MIN_RIGHT && full * 3 >= both * 2 && celled * 2 <= both && single * 2 < both;
    // A side block stands beside something: lines that all start at the column with nothing
    // on their left are text indented that far (a Kamerstuk's body under its left margin, on
    // a page of its own after a footer), and a page break inside a paragraph there still joins
    // its halves.
    //
    // Right-column runs that each open on a row of both columns, with lines of the left column
    // alone between them, are the rows of a table whose cells wrap: `Belgium:` ⏎ `Ms X   Minister
    // for …` ⏎ `   … Agriculture` in a list of participants. Its rows stay rows.
    let side_block = right_only >= 2
        && both + right_only > MIN_RIGHT
        && both + left_only > 0
        && !wrapped_table(text, &lines[a..=b], &places[a..=b]);
    if running_text {
        Some((a, b, Kind::Running))
    } else {
        side_block.then_some((a, b, Kind::Side))
    }
}

/// Whether the runs of right-column lines among `places` (which start and end on one) each open
/// on a row with text in both columns, and at least [`MIN_RIGHT`] of them follow a line of the
/// left column alone.
///
/// Or, with no line of the left column alone: at least [`MIN_RIGHT`] rows of both columns,
/// each left cell opening with a capital (`Niamh Gallagher      minister van Landbouw,` ⏎
/// `      voorzitter)`), whose right cells wrap onto one or two rows of their own before the
/// next row of both: a list of participants, names beside their offices. A letter head's
/// sender column runs on alone for more rows, or beside an address that starts in small
/// letters or digits.
fn wrapped_table(text: &str, lines: &[Line], places: &[Place]) -> bool {
    let (mut apart, mut left_since) = (0, false);
    let mut previous_right = false;
    // The rows of both columns, the right-only runs closed by one, the length of the run now.
    let (mut rows, mut closed, mut run, mut capitals) = (0, 0, 0, true);
    // Whether a right-only run ended at a blank row: a blank between the rows of a table set
    // with space (`Belgium      Ms X` ⏎ `             Minister for …` ⏎ blank ⏎ `Bulgaria  …`)
    // closes it as the next row does.
    let mut ended = false;
    for (line, place) in lines.iter().zip(places) {
        match *place {
            Place::Both(at) => {
                if left_since {
                    apart += 1;
                }
                left_since = false;
                previous_right = true;
                rows += 1;
                closed += usize::from(run > 0 || ended);
                (run, ended) = (0, false);
                capitals &= raw(text, line)[..at]
                    .trim_start()
                    .starts_with(char::is_uppercase);
            }
            Place::Right(_) if !previous_right => return false,
            Place::Right(_) => {
                run += 1;
                capitals &= run <= 2;
            }
            Place::Left if !line.blank() => {
                left_since = true;
                previous_right = false;
                capitals = false;
                ended = false;
            }
            // A blank row ends a run: the next must open on both columns again.
            Place::Left | Place::Across => {
                previous_right = false;
                ended |= run > 0 && line.blank();
                run = 0;
            }
            // Furniture beside the table is dropped later: it changes nothing.
            Place::Aside => {}
        }
    }
    apart >= MIN_RIGHT || (capitals && rows >= MIN_RIGHT && closed >= 1)
}

/// What a block of columns holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Running text that flows from the foot of the left column to the top of the right one.
    Running,
    /// Short lines beside each other (an address and the sender's details): no sentence runs
    /// from one column into the other.
    Side,
    /// A table of two columns under a header row (`Onderwerp      Resultaat`), whose right
    /// cells wrap over rows of their own: each row is a topic and its text. Or of three
    /// (`Dossier      Stand van zaken      Nederlandse inzet`), the third column starting at
    /// the character column held here: each row is a topic and its two texts.
    Records(Option<usize>),
    /// A Council agenda's column of document codes beside its items (`Approval of the list of
    /// A items        15104/26`, `14325/26 AGRI 512` ⏎ `CODEC 1893` ⏎ `+ COR 1`): the codes
    /// are left out, so that an item's title and the line under it (`Progress report`) read
    /// as written, not joined to the codes or cut by them.
    Codes,
}

/// The most words of a cell in a column of document codes (`PE-CONS 61/26 PECHE 371`).
const MAX_CODE_WORDS: usize = 6;

/// Whether `cell` is a Council document's code or a line of them: words of capitals
/// (`AGRI`, `PE-CONS`, `CODEC`, `COR`, `ADD`), numbers (`512`, `14325/26`) and `+`, one of
/// them a number.
pub(super) fn is_document_code(cell: &str) -> bool {
    let (mut words, mut digits) = (0, false);
    for word in cell.split_whitespace() {
        words += 1;
        let b = word.as_bytes();
        let ok = word == "+"
            || (b.len() >= 2 && b.iter().all(|&c| c.is_ascii_uppercase() || c == b'-'))
            || (b.len() <= 10
                && b[0].is_ascii_digit()
                && b.iter().all(|&c| c.is_ascii_digit() || c == b'/'));
        if !ok || words > MAX_CODE_WORDS {
            return false;
        }
        digits |= b[0].is_ascii_digit();
    }
    digits
}

/// Whether every right-column cell of a run (at least [`MIN_RIGHT`] of them, beside text in
/// the left column) is a document's code (see [`is_document_code`]), one at least a numbered
/// document's (`15104/26`): a Council agenda's column of codes, not a column of text.
fn codes_beside(text: &str, lines: &[Line], places: &[Place]) -> bool {
    let (mut cells, mut numbered, mut left) = (0, false, false);
    for (line, place) in lines.iter().zip(places) {
        let cell = match *place {
            Place::Both(at) => {
                left = true;
                &raw(text, line)[at..]
            }
            Place::Right(at) => &raw(text, line)[at..],
            Place::Left => {
                left |= !line.blank();
                continue;
            }
            Place::Across | Place::Aside => continue,
        };
        if !is_document_code(cell) {
            return false;
        }
        cells += 1;
        numbered |= cell.split_whitespace().any(|w| {
            w.find('/')
                .is_some_and(|k| k > 0 && w[k + 1..].bytes().all(|c| c.is_ascii_digit()))
                && w.len() > 3
        });
    }
    cells >= MIN_RIGHT && numbered && left
}

/// Pushes the lines of a run beside a column of codes (see [`Kind::Codes`]) without their
/// codes: a row of both its left part, a row of codes alone a blank line, which ends the
/// paragraph above it as the codes set it apart.
fn emit_without_codes(text: &str, (lines, places): (&[Line], &[Place]), out: &mut Vec<Line>) {
    // The left column's lines are wrapped at its width, not the page's.
    let width = |part: &str| part.trim_end().chars().count().min(usize::from(u16::MAX)) as u16;
    let wrap = lines
        .iter()
        .zip(places)
        .map(|(line, place)| match *place {
            Place::Both(at) => width(&raw(text, line)[..at]),
            Place::Left => width(raw(text, line)),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    for (line, place) in lines.iter().zip(places) {
        let line_start = line.start - line.indent;
        out.push(match *place {
            Place::Both(at) => {
                let end = line_start + raw(text, line)[..at].trim_end().len();
                let digit = text.as_bytes()[line_start..end]
                    .iter()
                    .any(u8::is_ascii_digit);
                Line {
                    break_before: line.break_before,
                    wrap,
                    ..Line::new(text, line_start, end, line.page, digit)
                }
            }
            Place::Right(_) => Line::new(text, line.start, line.start, line.page, false),
            Place::Left if !line.blank() => Line { wrap, ..*line },
            Place::Left | Place::Across | Place::Aside => *line,
        });
    }
}

/// The most words in a cell of a [`Kind::Records`] table's header row.
const MAX_HEADER_WORDS: usize = 2;

/// The most words in a cell of a header row of three cells (`Stand van zaken`): three labels
/// side by side are a table's head, not an address beside a sender's name.
const MAX_HEADER_WORDS_OF_THREE: usize = 3;

/// The index of the header row of a table of records among `lines` (see [`Kind::Records`]),
/// whose rows with right-column text run from `a` to `b`: the first of them holds a label of
/// one or two words in each column, and at least two rows under it open a record (a left cell
/// starting with a capital beside text), one of whose right cells wraps onto a row of its own.
/// A header row whose right part is two labels (of up to three words each) three spaces or
/// more apart heads a table of three columns: the character column of the third is returned
/// too.
fn records_header(
    text: &str,
    lines: &[Line],
    places: &[Place],
    a: usize,
    b: usize,
) -> Option<(usize, Option<usize>)> {
    let Place::Both(at) = places[a] else {
        return None;
    };
    let raw_a = raw(text, &lines[a]);
    let label = |cell: &str, most: usize| {
        let cell = cell.trim();
        let words = cell.split_whitespace().count();
        (1..=most).contains(&words)
            && cell.starts_with(char::is_uppercase)
            && cell
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '(' || c == ')')
    };
    let right = raw_a[at..].trim_end();
    let third = match right.find("   ") {
        Some(gap) => {
            let spaces = right[gap..].bytes().take_while(|&b| b == b' ').count();
            let (second, last) = (&right[..gap], &right[gap + spaces..]);
            if !label(second, MAX_HEADER_WORDS_OF_THREE)
                || !label(last, MAX_HEADER_WORDS_OF_THREE)
                || last.contains("   ")
            {
                return None;
            }
            Some(raw_a[..at + gap + spaces].chars().count())
        }
        None => None,
    };
    if !label(&raw_a[..at], MAX_HEADER_WORDS)
        || (third.is_none() && !label(&raw_a[at..], MAX_HEADER_WORDS))
    {
        return None;
    }
    let (mut records, mut wrapped) = (0, false);
    for (line, place) in lines[a + 1..=b].iter().zip(&places[a + 1..=b]) {
        match *place {
            Place::Both(at) if raw(text, line)[..at].trim().starts_with(char::is_uppercase) => {
                records += 1;
            }
            Place::Right(_) => wrapped = true,
            _ => {}
        }
    }
    (records >= 2 && wrapped).then_some((a, third))
}

/// Pushes a table of records (see [`Kind::Records`]): its header row as it stands, then each
/// record's left cell as a block of its own over its right cell's lines. A left cell that
/// goes on in small letters on the next row (`Verordening inzake` ⏎ `betaalachterstanden`)
/// is the same record's. In a table of three columns (`third`, the character column where the
/// third starts) the right cell is the middle one's lines, then the third's, each a block.
fn emit_records(
    text: &str,
    (lines, places): (&[Line], &[Place]),
    third: Option<usize>,
    out: &mut Vec<Line>,
) {
    let Some((header, rows)) = lines.split_first() else {
        return;
    };
    out.push(*header);
    let width = |part: &str| part.trim_end().chars().count().min(usize::from(u16::MAX)) as u16;
    let blank = |line: &Line| Line::new(text, line.start, line.start, line.page, false);
    let part = |line: &Line, start: usize, end: usize, wrap: u16| {
        let digit = text.as_bytes()[start..end].iter().any(u8::is_ascii_digit);
        Line {
            wrap,
            ..Line::new(text, start, end, line.page, digit)
        }
    };
    // Where the third cell starts in a row (from `at`, the middle one's start): at the
    // third column, after two spaces at least; else the row has none.
    let third_at = |line: &Line, at: usize| {
        let raw = raw(text, line);
        third
            .and_then(|c| raw.char_indices().nth(c))
            .map(|(k, _)| k)
            .filter(|&k| k > at && raw[..k].ends_with("  "))
    };
    if third.is_some() {
        // The head's labels are no record's.
        out.push(blank(header));
    }
    let (mut right_wrap, mut third_wrap) = (0, 0);
    for (line, place) in rows.iter().zip(&places[1..]) {
        if let Place::Both(at) | Place::Right(at) = *place {
            let raw = raw(text, line);
            let k = third_at(line, at).unwrap_or(raw.len());
            right_wrap = right_wrap.max(width(&raw[at..k]));
            third_wrap = third_wrap.max(width(&raw[k..]));
        }
    }
    let mut k = 0;
    while k < rows.len() {
        // One record: its first row, then the rows that go on with it.
        let mut end = k + 1;
        while end < rows.len() {
            let goes_on = match places[1 + end] {
                Place::Right(_) => true,
                Place::Both(at) => !raw(text, &rows[end])[..at]
                    .trim()
                    .starts_with(char::is_uppercase),
                // The left cell alone, going on in small letters (`gebouwen` under
                // `energieprestatie van`).
                Place::Left => {
                    !rows[end].blank()
                        && text[rows[end].start..rows[end].end].starts_with(char::is_lowercase)
                }
                _ => false,
            };
            if !goes_on {
                break;
            }
            end += 1;
        }
        let record = &rows[k..end];
        let record_places = &places[1 + k..1 + end];
        let mut any_left = false;
        for (line, place) in record.iter().zip(record_places) {
            let line_start = line.start - line.indent;
            match *place {
                Place::Both(at) => {
                    any_left = true;
                    out.push(Line {
                        break_before: line.break_before,
                        ..part(line, line_start, line_start + at, 0)
                    });
                }
                Place::Left | Place::Across | Place::Aside => {
                    any_left |= !line.blank();
                    out.push(*line);
                }
                Place::Right(_) => {}
            }
        }
        if any_left {
            out.push(blank(&record[0]));
        }
        let mut thirds = false;
        for (line, place) in record.iter().zip(record_places) {
            if let Place::Both(at) | Place::Right(at) = *place {
                let line_start = line.start - line.indent;
                let end = third_at(line, at).map_or(line.end, |k| line_start + k);
                thirds |= end < line.end;
                let middle = part(line, line_start + at, end, right_wrap);
                if !middle.blank() {
                    out.push(middle);
                }
            }
        }
        if thirds {
            out.push(blank(&record[record.len() - 1]));
            for (line, place) in record.iter().zip(record_places) {
                if let Place::Both(at) | Place::Right(at) = *place {
                    if let Some(k) = third_at(line, at) {
                        let line_start = line.start - line.indent;
                        out.push(part(line, line_start + k, line.end, third_wrap));
                    }
                }
            }
        }
        out.push(blank(&record[record.len() - 1]));
        k = end;
    }
}

/// Pushes the left parts of `lines`, then the right parts of the first `rights` of them: a row
/// with nothing in a column is a blank line in that column.
fn emit_columns(
    text: &str,
    (lines, places): (&[Line], &[Place]),
    rights: usize,
    kind: Kind,
    out: &mut Vec<Line>,
) {
    // Columns are at most `MAX_COLUMN` characters wide, so a width fits in 16 bits.
    let width = |part: &str| part.trim_end().chars().count().min(usize::from(u16::MAX)) as u16;
    let (mut left_wrap, mut right_wrap) = (0, 0);
    for (line, place) in lines.iter().zip(places) {
        let raw = raw(text, line);
        match *place {
            Place::Both(at) => {
                left_wrap = left_wrap.max(width(&raw[..at]));
                right_wrap = right_wrap.max(width(&raw[at..]));
            }
            Place::Right(at) => right_wrap = right_wrap.max(width(&raw[at..])),
            Place::Left if !line.blank() => left_wrap = left_wrap.max(width(raw)),
            _ => {}
        }
    }
    let part = |line: &Line, start: usize, end: usize, wrap: u16| {
        let digit = text.as_bytes()[start..end].iter().any(u8::is_ascii_digit);
        Line {
            wrap,
            literal: line.literal,
            ..Line::new(text, start, end, line.page, digit)
        }
    };
    let blank = |line: &Line| Line::new(text, line.start, line.start, line.page, false);
    for (line, place) in lines.iter().zip(places) {
        let line_start = line.start - line.indent;
        out.push(match *place {
            Place::Both(at) => Line {
                break_before: line.break_before,
                ..part(line, line_start, line_start + at, left_wrap)
            },
            Place::Right(_) => blank(line),
            Place::Left if line.blank() => *line,
            Place::Aside => *line,
            Place::Left | Place::Across => Line {
                wrap: left_wrap,
                ..*line
            },
        });
    }
    // Running text goes on from the foot of the left column as onto the next page (joined
    // only where a sentence runs on), if the left column reaches as low as the right one; if
    // it ends higher, the blank rows under it end its last paragraph. Side blocks are set
    // apart.
    let left_text = |(line, place): (&Line, &Place)| match place {
        Place::Both(_) => true,
        Place::Left => !line.blank(),
        Place::Right(_) | Place::Across | Place::Aside => false,
    };
    let lowest = lines.iter().zip(places).rposition(left_text);
    let mut first = kind == Kind::Running && lowest.is_some_and(|k| k + 1 >= rights);
    if let (Kind::Side, Some(last)) = (kind, lines.last()) {
        out.push(blank(last));
    }
    for (line, place) in lines.iter().zip(places).take(rights) {
        let line_start = line.start - line.indent;
        out.push(match *place {
            Place::Both(at) | Place::Right(at) => Line {
                break_before: std::mem::take(&mut first),
                ..part(line, line_start + at, line.end, right_wrap)
            },
            _ => blank(line),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::repair;

    fn paragraphs(text: &str) -> Vec<String> {
        let layout = repair(text);
        layout
            .blocks
            .iter()
            .map(|b| layout.text[b.span.start..b.span.end].to_string())
            .collect()
    }

    /// Two columns of running text, four rows, then two more after a blank row.
    const RUNNING: &str = "\
The Agency supported the member states in          The Management Board met four times in
the year with inspections and training. The        the year. The Board adopted the work
Executive Director stressed that the number        programme and the budget. Germany and
of inspections rose by ten per cent.               France called for more training.

The Commission welcomed the results and            The Board also welcomed the new
asked the Agency to report on its costs.           cooperation with the other agencies.
";

    #[test]
    fn two_columns_of_running_text_are_read_one_after_the_other() {
        let text = RUNNING;
        assert_eq!(
            paragraphs(text),
            [
                "The Agency supported the member states in the year with inspections and \
                 training. The Executive Director stressed that the number of inspections \
                 rose by ten per cent.",
                "The Commission welcomed the results and asked the Agency to report on its \
                 costs.",
                "The Management Board met four times in the year. The Board adopted the work \
                 programme and the budget. Germany and France called for more training.",
                "The Board also welcomed the new cooperation with the other agencies.",
            ]
        );
    }

    #[test]
    fn a_side_block_beside_an_address_is_a_column_of_its_own() {
        let text = "\
Aan de Voorzitter van de Tweede Kamer              Directie Europese Zaken
der Staten-Generaal                                Postbus 20401
Postbus 20018                                      2500 EK Den Haag
2500 EA DEN HAAG
                                                   Ons kenmerk
                                                   DEZ / 12345

Datum       3 maart 2027
Betreft     Verslag van de Raad

Geachte voorzitter,
";
        let found = paragraphs(text);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("Aan de Voorzitter van de Tweede Kamer")
                    && !p.contains("Directie")),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("Directie Europese Zaken")),
            "{found:#?}"
        );
        assert!(
            found.iter().all(|p| !p.contains("Kamer Directie")),
            "{found:#?}"
        );
        let datum = found
            .iter()
            .position(|p| p.starts_with("Datum"))
            .expect("Datum");
        let side = found
            .iter()
            .position(|p| p.contains("DEZ / 12345"))
            .expect("side");
        assert!(side < datum, "{found:#?}");
    }

    #[test]
    fn a_side_column_beside_the_body_follows_it() {
        let text = "\
Geachte voorzitter,                                     Datum
                                                        12 maart 2027
Hierbij bied ik u het verslag aan van de Raad           Kenmerk
Buitenlandse Zaken. De minister sprak er over           BZ-2027-118
de toestand in het oosten van het land en de            Uw kenmerk
gevolgen van de sancties voor de handel met             2027Z04411
de buurlanden.

Hoogachtend,
";
        let found = paragraphs(text);
        assert!(
            found.iter().any(|p| {
                p
                == "Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken. De minister \
                    sprak er over de toestand in het oosten van het land en de gevolgen van \
                    de sancties voor de handel met de buurlanden."
            }),
            "{found:#?}"
        );
        assert!(
            found.iter().any(|p| p.starts_with("Datum 12 maart 2027")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_table_keeps_its_rows() {
        let text = "\
Stemming over het voorstel:
Lidstaat                 Stem
Duitsland                voor
Frankrijk                tegen
Polen                    onthouding
";
        let found = paragraphs(text).join("\n");
        assert!(found.contains("Duitsland"), "{found}");
        let de = found.find("Duitsland").expect("row");
        let voor = found.find(" voor ").expect("cell");
        let fr = found.find("Frankrijk").expect("row");
        assert!(de < voor && voor < fr, "{found}");
    }

    #[test]
    fn the_offsets_of_a_right_column_lead_back_to_its_source() {
        let text = RUNNING;
        let layout = repair(text);
        let at = layout.text.find("Germany").expect("Germany");
        let source = layout.offsets.to_source(at);
        assert_eq!(&text[source..source + 7], "Germany");
    }
}
