//! Page furniture: running headers, footers and page numbers.
//!
//! With form feeds the pages are known and a line is furniture when its shape (digits masked) sits
//! at the top or bottom edge of at least half the pages. Without form feeds the pages are
//! inferred: a short line with a digit that recurs at least three times, never closer than
//! [`MIN_GAP`] lines apart, is a running header or footer, and a bare page number next to one goes
//! with it. Two repeats are enough for a line whose page number, set off by a wide gap, counts
//! up ("ANNUAL REPORT 2026          4"), and for a page number that says so ("Pagina 2 van 7");
//! one for the last page's number with the count ("Pagina 2 van 2"). A short line beside the
//! furniture at most page breaks (a footer's second line) goes with it.

use super::{Line, PrehashedState};
use std::collections::HashMap;

/// How many lines at each edge of a page may be furniture.
const EDGE: usize = 3;
/// How many lines at each edge of a page a run of repeated lines may reach: a footer that
/// pdftotext without `-layout` breaks into a line a cell (`14980/26` ⏎ `KM/ab` ⏎ `ECOFIN.1.B` ⏎
/// `LIMITE` ⏎ `1` ⏎ `EN`). Past [`EDGE`] only lines that recur on the pages go on the run.
const EDGE_RUN: usize = 7;
/// Repeats closer than this many lines are content (a table column), not page furniture.
const MIN_GAP: usize = 15;
/// Repeats of a line whose set-off number goes up by one may be this close (a short page).
const MIN_COUNTED_GAP: usize = 6;
/// Longer lines are never furniture.
const MAX_LEN: usize = 120;
/// Repeats further apart than this many lines are not on consecutive pages: a page of extracted
/// text is far shorter. Without this, a text made by repeating a document would lose every line
/// with a date or number as a "running header".
const MAX_PAGE: usize = 150;

/// Marks furniture lines, sets `break_before` after each run of them, and returns the distinct
/// furniture texts (at most 16) for metadata, which may find a reference in a running header.
#[inline(never)]
pub(super) fn mark(text: &str, lines: &mut [Line], form_feeds: bool) -> Vec<String> {
    if form_feeds {
        by_pages(text, lines);
    } else {
        by_repeats(text, lines);
    }
    side_column(text, lines);
    // A web page's menus are no running header: metadata never reads them.
    let chrome = web_chrome(text, lines);
    colophon(text, lines);
    let mut texts = Texts {
        seen: chrome,
        ..Texts::default()
    };
    for chunk in lines.chunks_mut(LINES_PART) {
        texts_and_breaks(text, chunk, &mut texts);
    }
    texts.texts
}

/// What [`texts_and_breaks`] carries from one part of the lines to the next.
#[derive(Default)]
struct Texts {
    seen: Vec<u64>,
    texts: Vec<String>,
    after_furniture: bool,
    seen_content: bool,
}

/// Collects the furniture texts of `lines` and sets `break_before` after each run of them.
#[inline(never)]
fn texts_and_breaks(text: &str, lines: &mut [Line], at: &mut Texts) {
    let Texts {
        seen,
        texts,
        after_furniture,
        seen_content,
    } = at;
    for line in lines.iter_mut() {
        if line.furniture {
            *after_furniture = true;
            // Only the first 16 distinct texts are kept: stop hashing once they are found.
            if texts.len() < 16 {
                let content = &text[line.start..line.end];
                let key = key(content);
                if !seen.contains(&key) && (!is_page_number(content) || document_number(content)) {
                    seen.push(key);
                    texts.push(content.to_string());
                }
            }
        } else if !line.blank() {
            // A header above the first page's text breaks nothing.
            if *after_furniture && *seen_content {
                line.break_before = true;
            }
            *seen_content = true;
            *after_furniture = false;
        }
    }
}

/// Whether a footer that reads as a page number is a Council document's number (`14812/26`,
/// a page of more than a hundred of fewer): metadata reads its reference there.
fn document_number(s: &str) -> bool {
    let s = s.trim();
    s.split_once('/').is_some_and(|(number, year)| {
        (3..=5).contains(&number.len())
            && year.len() == 2
            && number
                .bytes()
                .chain(year.bytes())
                .all(|b| b.is_ascii_digit())
    })
}

fn by_pages(text: &str, lines: &mut [Line]) {
    let pages = lines.last().map_or(0, |l| l.page + 1);
    if pages < 2 {
        return;
    }
    // Non-blank line indices per page, as ranges into one Vec.
    let content: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank()).collect();
    let mut bounds = Vec::with_capacity(pages);
    let mut i = 0;
    for page in 0..pages {
        let start = i;
        while i < content.len() && lines[content[i]].page == page {
            i += 1;
        }
        bounds.push((start, i));
    }
    let edges = |(start, end): (usize, usize)| {
        let top = start..(start + EDGE).min(end);
        let bottom = end.saturating_sub(EDGE).max(top.end)..end;
        top.chain(bottom)
    };
    // The lines past the first [`EDGE`] ones, up to [`EDGE_RUN`], with their place counted
    // from the edge: a footer broken into a line a cell has each cell at the same place on
    // every page, where a speaker's label or a heading that recurs near the edges does not.
    let deep = |(start, end): (usize, usize)| {
        let inner = end.saturating_sub(EDGE).max(start);
        let top = (start + EDGE).min(inner)..(start + EDGE_RUN).min(inner);
        let bottom = end.saturating_sub(EDGE_RUN).max(start + EDGE).min(inner)..inner;
        top.map(move |k| (k, k - start, 0))
            .chain(bottom.map(move |k| (k, EDGE_RUN + end - k, 1)))
    };
    let mut deep_counts: HashMap<u64, usize, PrehashedState> = HashMap::default();
    // Each line's keys in the top and in the bottom run (a short page's lines are in both).
    let mut deep_keys = vec![[0u64; 2]; content.len()];
    let mut counts: HashMap<u64, usize, PrehashedState> = HashMap::default();
    let mut on_page: Vec<u64> = Vec::with_capacity(2 * EDGE);
    let mut used_pages = 0usize;
    // The key of each edge line, by content index: hashing is the cost of this pass, so the
    // second look at the edges reuses the first.
    let mut keys = vec![0u64; content.len()];
    for &b in &bounds {
        if b.0 == b.1 {
            continue;
        }
        used_pages += 1;
        on_page.clear();
        for k in edges(b) {
            let line = &lines[content[k]];
            if line.end - line.start > MAX_LEN {
                continue;
            }
            let h = furniture_key(&text[line.start..line.end]).0;
            keys[k] = h;
            if !on_page.contains(&h) {
                on_page.push(h);
                *counts.entry(h).or_default() += 1;
            }
        }
        for (k, place, side) in deep(b) {
            let line = &lines[content[k]];
            if line.end - line.start > MAX_LEN {
                continue;
            }
            let h = furniture_key(&text[line.start..line.end])
                .0
                .wrapping_add((place as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15))
                | 1;
            deep_keys[k][side] = h;
            *deep_counts.entry(h).or_default() += 1;
        }
    }
    let threshold = 2.max(used_pages.div_ceil(2));
    let counted = |s: &str| {
        counts
            .get(&furniture_key(s).0)
            .is_some_and(|&n| n >= threshold)
    };
    let is_furniture = |lines: &[Line], k: usize| {
        let line = &lines[content[k]];
        let s = &text[line.start..line.end];
        s.len() <= MAX_LEN
            && (is_page_number(s)
                || counts.get(&keys[k]).is_some_and(|&n| n >= threshold)
                || labelled_footer(s).is_some_and(counted))
    };
    // Past the edge's first lines a run goes on only over lines that recur.
    let recurs = |k: usize| {
        deep_keys[k]
            .iter()
            .any(|h| *h != 0 && deep_counts.get(h).is_some_and(|&n| n >= threshold))
    };
    for &(start, end) in &bounds {
        let mut k = start;
        while k < end
            && ((k < start + EDGE && is_furniture(lines, k))
                || (k >= start + EDGE && k < start + EDGE_RUN && recurs(k)))
        {
            lines[content[k]].furniture = true;
            k += 1;
        }
        let mut k = end;
        while k > start
            && ((k + EDGE > end && is_furniture(lines, k - 1))
                || (k + EDGE <= end && k + EDGE_RUN > end && recurs(k - 1)))
        {
            lines[content[k - 1]].furniture = true;
            k -= 1;
        }
    }
}

/// The rest of a footer line that an annex's pages open with their label (`ANNEX` ⇥ `COMPET.1`
/// ⇥ `LIMITE` ⇥ `EN`, `ANNEX II   JAI.2   EN`): a short word in capitals, perhaps with a roman
/// or arabic number, set off by a tab or a gap of two spaces. The rest is furniture when the
/// other pages' footer is.
fn labelled_footer(s: &str) -> Option<&str> {
    // Most lines open otherwise: one byte test turns them away.
    if !s.trim_start().starts_with("ANNEX") && !s.trim_start().starts_with("ADD") {
        return None;
    }
    let s = s.trim_start();
    let gap = s
        .find('\t')
        .into_iter()
        .chain(s.find("  "))
        .min()
        .filter(|&g| g <= 12)?;
    let label = &s[..gap];
    if !label
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ')
    {
        return None;
    }
    let rest = s[gap..].trim();
    (!rest.is_empty()).then_some(rest)
}

/// Where a line recurs.
struct Repeats {
    count: usize,
    last: usize,
    min_gap: usize,
    max_gap: usize,
    /// The page number set off at the line's end or start at its last repeat.
    last_page: Option<u32>,
    /// Whether every repeat has had such a number, each above the one before.
    counting: bool,
    /// Whether each such number is the one before plus one.
    consecutive: bool,
}

impl Repeats {
    /// At least three times, at page-like distances: never closer than [`MIN_GAP`] lines and
    /// roughly regular (pages differ in length, but not threefold), which a heading or a table
    /// row that happens to recur does not do.
    fn paged(&self) -> bool {
        self.count >= 3
            && self.min_gap >= MIN_GAP
            && self.max_gap <= MAX_PAGE
            && self.max_gap <= 3 * self.min_gap
    }

    /// Twice is enough for a line that counts pages: the same words with a page number set
    /// off by a wide gap, higher each time ("ANNUAL REPORT 2026          4"), at page-like
    /// distances. A short document has too few pages for three repeats.
    /// Short pages (a letter's last, a text with few lines a page) bring the repeats closer:
    /// numbers that go up by one each time need only [`MIN_COUNTED_GAP`] lines between them.
    /// So may they when the line recurs three times or more with numbers that go up, though a
    /// page in between is unnumbered (an outcome's contents page).
    fn counted(&self) -> bool {
        let close_ok = self.consecutive || self.count >= 3;
        let gap_ok = self.min_gap >= MIN_GAP || (close_ok && self.min_gap >= MIN_COUNTED_GAP);
        self.count >= 2 && self.counting && gap_ok && self.max_gap <= MAX_PAGE
    }
}

/// The page number set off from a running header's words by three spaces or a tab, at the
/// line's end or start ("REPORT 2026        4", "5        REPORT 2026"), and the words without
/// it: what a header printed with its page number on the outer edge ("4      REPORT 2026" on even pages, "REPORT 2026      5" on odd ones) has
/// on every page.
fn set_off(s: &str) -> Option<(u32, &str)> {
    let b = s.as_bytes();
    let wide = |gap: &[u8]| gap == b"   " || gap.first() == Some(&b'\t');
    let trailing = b.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let at_end = (trailing > 0)
        .then(|| {
            let rest = &b[..b.len() - trailing];
            let tail = &rest[rest.len().saturating_sub(3)..];
            (wide(tail) || rest.ends_with(b"\t"))
                .then(|| (&b[b.len() - trailing..], &s[..rest.len()]))
        })
        .flatten();
    // "4      REPORT 2026": a year at the end is no page number; the one at the start may be.
    let (digits, words) = at_end.or_else(|| {
        let leading = b.iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = &b[leading..];
        (leading > 0 && wide(&rest[..rest.len().min(3)])).then(|| (&b[..leading], &s[leading..]))
    })?;
    if digits.len() > 4 {
        return None;
    }
    let n = digits
        .iter()
        .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'));
    Some((n, words))
}

/// The key of a line that may be page furniture: [`key`] of its words without a set-off page
/// number, so that a header whose number changes sides from page to page has one key; not
/// the key of the same words without a number (the title line "ANNUAL REPORT 2026" above the
/// header "ANNUAL REPORT 2026      2").
fn furniture_key(s: &str) -> (u64, Option<u32>) {
    match set_off(s) {
        Some((n, words)) => (key(words).rotate_left(17) ^ 0x9e37_79b9_7f4a_7c15, Some(n)),
        None => (key(s), None),
    }
}

fn by_repeats(text: &str, lines: &mut [Line]) {
    // key → (count, last line index, smallest and largest gap between repeats). Only lines with a
    // digit are
    // hashed: a running header without a number or date is rare, and this keeps the pass cheap.
    let mut keys: Vec<Option<u64>> = Vec::with_capacity(lines.len());
    let mut stats: HashMap<u64, Repeats, PrehashedState> = HashMap::default();
    let mut labelled = Vec::new();
    for (part, chunk) in lines.chunks(LINES_PART).enumerate() {
        count_repeats(
            text,
            chunk,
            part * LINES_PART,
            &mut keys,
            &mut stats,
            &mut labelled,
        );
    }
    // A page number that says so ("Pagina 2 van 7") is furniture as soon as a second one
    // shows the document counts its pages: no text says that twice on a line of its own.
    // One is enough for the last page's number with the count ("Pagina 2 van 2"): a ministry
    // letter numbers its pages from the second, so a two-page letter has only that one; and
    // for a later page's ("Pagina 4 van 5"). A lone "Pagina 1 van 2" proves nothing.
    let mut marked = false;
    for &i in &labelled {
        let once = last_page_of_pages(&text[lines[i].start..lines[i].end]);
        if once || keys[i].is_some_and(|k| stats.get(&k).is_some_and(|r| r.count >= 2)) {
            lines[i].furniture = true;
            marked = true;
        }
    }
    // A running header or footer is on most pages: a paged line much rarer than the most
    // frequent one is content that recurs (a date in a document that is repeated).
    let most = stats
        .values()
        .filter(|r| r.paged() || r.counted())
        .map(|r| r.count)
        .max()
        .unwrap_or(0);
    if most == 0 {
        // A ministry's side column under the page number ("Pagina 2 van 3" ⏎ "Datum" ⏎
        // "13 maart 2026" ⏎ "Onze referentie" ⏎ "BZ2611874") recurs on too few pages to
        // count, but goes with the page number that says so.
        if marked {
            mark_beside(text, lines, 0);
        }
        return;
    }
    let furniture_key = |r: &Repeats| (r.paged() && 2 * r.count >= most) || r.counted();
    let is_candidate = |line: &Line, k: &Option<u64>| {
        let Some(k) = k else { return false };
        let s = &text[line.start..line.end];
        // A heading may recur like a header; one that counts pages is none, even in capitals.
        // A Council document's number reads as a page number (`13207/26`), but with the page
        // counted beside it on every page (pdftotext without form feeds) it is the footer.
        stats.get(k).is_some_and(|r| {
            (!is_page_number(s) || (r.counted() && document_number(s)))
                && furniture_key(r)
                && (r.counted() || super::cue(s).is_none() || is_reference_number(s))
        })
    };
    // Furniture sits at page edges, so its lines come in one cluster per page break (a footer
    // and the next header side by side). Candidates scattered through the pages are content.
    let mut clusters = 0usize;
    let mut last: Option<usize> = None;
    let mut content_index = 0usize;
    for (line, k) in lines.iter().zip(&keys) {
        if line.blank() {
            continue;
        }
        if is_candidate(line, k) {
            if last.is_none_or(|l| content_index - l > 2 * EDGE) {
                clusters += 1;
            }
            last = Some(content_index);
        }
        content_index += 1;
    }
    if clusters > most + 2 {
        return;
    }
    for (i, k) in keys.iter().enumerate() {
        if is_candidate(&lines[i], k) {
            lines[i].furniture = true;
            marked = true;
        }
    }
    if !marked {
        return;
    }
    // A page number goes with the header or footer next to it; then the short lines beside
    // either (a footer's `EN` under its page number, as pdftotext sets it without form feeds).
    let content: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank()).collect();
    // The Council document's number that opens the footers (`14602/24      XX/yy      3`).
    let footer_number = content
        .iter()
        .map(|&i| &lines[i])
        .filter(|l| l.furniture)
        .find_map(|l| {
            let first = text[l.start..l.end].split_whitespace().next()?;
            document_number(first).then_some(first)
        });
    for w in 0..content.len() {
        let i = content[w];
        let s = &text[lines[i].start..lines[i].end];
        // The cover's footer without the desk's codes (`14602/24            1`): that number
        // and a page number set off, as no line of text is.
        if !lines[i].furniture
            && footer_number
                .is_some_and(|n| set_off(s.trim()).is_some_and(|(_, words)| words.trim() == n))
        {
            lines[i].furniture = true;
            // Its language under it (`EN`).
            if let Some(&n) = content.get(w + 1) {
                let below = text[lines[n].start..lines[n].end].trim();
                if below.len() == 2 && below.bytes().all(|b| b.is_ascii_uppercase()) {
                    lines[n].furniture = true;
                }
            }
            continue;
        }
        if lines[i].furniture || !is_page_number(s) {
            continue;
        }
        let prev = w.checked_sub(1).map(|p| lines[content[p]].furniture);
        let next = content.get(w + 1).map(|&n| lines[n].furniture);
        if prev == Some(true) || next == Some(true) {
            lines[i].furniture = true;
        }
    }
    mark_beside(text, lines, clusters);
}

/// The labels of a ministry's side column that it repeats on every page, beside the text.
const SIDE_LABELS: [&str; 6] = [
    "datum",
    "ons kenmerk",
    "onze referentie",
    "uw kenmerk",
    "uw referentie",
    "kenmerk",
];

/// The longest line that may be a side column's label and its value on one line.
const MAX_SIDE_LINE: usize = 48;

/// Which of [`SIDE_LABELS`] opens `s`, and the rest of the line after it (empty when `s` is the
/// label alone, a colon after it allowed).
fn side_label(s: &str) -> Option<(usize, &str)> {
    let b = s.as_bytes();
    // Lengths and the first letter first: this is asked of every short line.
    if b.len() > MAX_SIDE_LINE || !matches!(b.first(), Some(b'D' | b'O' | b'U' | b'K')) {
        return None;
    }
    SIDE_LABELS.iter().enumerate().find_map(|(k, l)| {
        let head = b.get(..l.len())?;
        if !head.eq_ignore_ascii_case(l.as_bytes()) {
            return None;
        }
        let rest = &s[l.len()..];
        let value = rest.trim_start_matches(':').trim_start();
        (rest.is_empty() || rest.starts_with([':', ' ', '\t'])).then_some((k, value))
    })
}

/// How many lines of text may stand between a side column's label and its value when
/// `pdftotext` read the column and the text line by line, one of each in turn.
const SIDE_VALUE_REACH: usize = 3;

/// A ministry's side column repeated on each page ("Datum" ⏎ "24 februari 2027" ⏎ "Ons
/// kenmerk" ⏎ "BZ2714583"), which `pdftotext` may set between the lines of the text, one line
/// of each in turn: a label alone on its line that the letter head has already given, with the
/// letter head's value for it a few lines below, is furniture, and so is that value. The letter
/// head's own value of a reference stays, even when the repeats made it furniture: it is the
/// letter's reference.
fn side_column(text: &str, lines: &mut [Line]) {
    let content: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank()).collect();
    // The letter head's value of each label, and where it stands.
    let mut first: [Option<(usize, &str)>; SIDE_LABELS.len()] = [None; SIDE_LABELS.len()];
    let mut later = Vec::new();
    for (w, &i) in content.iter().enumerate() {
        let s = &text[lines[i].start..lines[i].end];
        let Some((k, value)) = side_label(s) else {
            continue;
        };
        match (first[k], value.is_empty()) {
            (None, true) => {
                // The value on the next line of all (not of the short ones only).
                let next = (i + 1..lines.len()).find(|&j| !lines[j].blank());
                if let Some(j) = next {
                    first[k] = Some((w, &text[lines[j].start..lines[j].end]));
                    if lines[j].furniture && !lines[i].furniture && k > 0 {
                        lines[j].furniture = false;
                    }
                }
            }
            (None, false) => first[k] = Some((w, value)),
            (Some(_), true) => later.push((w, k)),
            (Some(_), false) => {}
        }
    }
    for (w, k) in later {
        let Some((_, value)) = first[k] else { continue };
        let found = content
            .iter()
            .enumerate()
            .skip(w + 1)
            .take(SIDE_VALUE_REACH)
            .find(|&(_, &j)| &text[lines[j].start..lines[j].end] == value);
        if let Some((_, &j)) = found {
            lines[content[w]].furniture = true;
            lines[j].furniture = true;
        }
    }
    head_lines_under_page_numbers(text, lines, &content);
}

/// How many content lines open a letter at most: its head, where a ministry's side column first
/// stands (before the first page number).
const LETTER_HEAD: usize = 40;

/// The side column's other lines repeated under a page number ("Pagina 2 van 4" ⏎ "Directie
/// Integratie Europa" ⏎ "Datum" …), which `pdftotext` may set inside a sentence that runs on
/// over the page break: a line right under the page number, or under another such line, that
/// stands as a line of its own in the letter head is furniture. A line of the text that only
/// happens to repeat the head stands under no page number.
fn head_lines_under_page_numbers(text: &str, lines: &mut [Line], content: &[usize]) {
    let line = |i: usize| text[lines[i].start..lines[i].end].trim();
    let page_number = |lines: &[Line], i: usize| lines[i].furniture && is_page_number(line(i));
    let head_end = content
        .iter()
        .take(LETTER_HEAD)
        .take_while(|&&i| !page_number(lines, i))
        .count();
    let head: Vec<&str> = content[..head_end]
        .iter()
        .map(|&i| line(i))
        .filter(|s| s.len() <= MAX_SIDE_LINE)
        .collect();
    let mut marks = Vec::new();
    for (w, &i) in content.iter().enumerate().skip(head_end) {
        if !page_number(lines, i) {
            continue;
        }
        for &j in content.iter().skip(w + 1).take(SIDE_COLUMN) {
            if lines[j].furniture {
                continue;
            }
            if !head.contains(&line(j)) {
                break;
            }
            marks.push(j);
        }
    }
    for j in marks {
        lines[j].furniture = true;
    }
}

/// How many lines of a ministry's side column may stand under its page number.
const SIDE_COLUMN: usize = 6;

/// Marks the short lines that recur beside the furniture ([`beside_furniture`]) and returns
/// the indices of the content lines. Pass after pass: a ministry's side column repeats a block
/// of lines at the top of each page ("Directie Europese en" ⏎ "Internationale Zaken" under
/// "Pagina 2 van 4"; "Datum" ⏎ "13 maart 2026" ⏎ "Onze referentie" ⏎ "BZ2611874"), each line
/// beside the one before only once that is furniture.
fn mark_beside(text: &str, lines: &mut [Line], clusters: usize) -> Vec<usize> {
    let content: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank()).collect();
    for _ in 0..SIDE_COLUMN {
        if !beside_furniture(text, lines, &content, clusters) {
            break;
        }
    }
    content
}

/// Lines of more words beside furniture are never taken for a part of it.
const MAX_BESIDE_WORDS: usize = 8;

/// Marks a short line that stands beside the furniture at at least two page breaks and half of
/// them: a footer's second line ("GIP.B   EN" under "16610/24  TX/cb  2"), which
/// [`count_repeats`] never hashes when it has no digit (it takes only lines with one, to stay
/// cheap) and [`by_repeats`] keeps when it is in capitals ("TREE.2.C  EN"), for a heading may
/// recur. A heading does not recur beside the furniture at every page break.
/// Only the lines next to furniture are hashed here.
/// Returns whether it marked any.
fn beside_furniture(text: &str, lines: &mut [Line], content: &[usize], clusters: usize) -> bool {
    let beside = |lines: &[Line], w: usize| {
        let i = content[w];
        let s = &text[lines[i].start..lines[i].end];
        let next_to = |v: Option<usize>| {
            v.and_then(|v| content.get(v))
                .is_some_and(|&j| lines[j].furniture)
        };
        // A numbered heading at the top of each page ("Chapter 2", "Chapter 3") is content.
        !lines[i].furniture
            && s.len() <= MAX_LEN
            && s.split_ascii_whitespace().count() <= MAX_BESIDE_WORDS
            && (next_to(w.checked_sub(1)) || next_to(Some(w + 1)))
            && super::cue(s).is_none_or(|c| c.scheme == super::Scheme::AllCaps)
    };
    // Compared as written, digits and all: few lines stand beside furniture, and a footer's
    // second line does not change from page to page.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut found: Vec<(usize, &str)> = Vec::new();
    for (w, &i) in content.iter().enumerate() {
        if beside(lines, w) {
            let s = &text[lines[i].start..lines[i].end];
            *counts.entry(s).or_default() += 1;
            found.push((i, s));
        }
    }
    let mut marked = false;
    for (i, s) in found {
        if counts.get(s).is_some_and(|&n| n >= 2 && 2 * n >= clusters) {
            lines[i].furniture = true;
            marked = true;
        }
    }
    marked
}

/// A line in capitals that holds a number of five digits or more ("DGEIZ / 27198344"): a
/// registration number repeated on each page, not a heading that recurs.
fn is_reference_number(s: &str) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run >= 5
    })
}

/// "Pagina 2 van 2", "Page 3 of 3": the last page's number with the count ("Pagina 1 van 1" of
/// a one-page letter too); or a later page's but the last ("Pagina 4 van 5"), which no text
/// but a page's furniture writes on a line of its own, though `pdftotext` may have kept only
/// that one (a first page's "Pagina 1 van 2" may be a title page's line and proves nothing).
fn last_page_of_pages(s: &str) -> bool {
    let mut numbers = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(|w| w.parse::<u32>().unwrap_or(u32::MAX));
    let starts_with_word = ["pagina ", "page "]
        .iter()
        .any(|p| s.len() > p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
    let counts = s
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("van") || w.eq_ignore_ascii_case("of"));
    match (numbers.next(), numbers.next(), numbers.next()) {
        (Some(n), Some(of), None) => {
            starts_with_word && counts && n >= 1 && (n == of || n >= 2 && n < of)
        }
        _ => false,
    }
}

/// Lines per call of [`count_repeats`] and [`texts_and_breaks`]. One call over all the lines of
/// a big text would run in WebAssembly's slow baseline code throughout: V8 swaps in optimised
/// code for a function only when it is called again.
const LINES_PART: usize = 4096;

/// The keys of `lines` (which start at line index `first`) for [`by_repeats`], and where each
/// key recurs.
#[inline(never)]
fn count_repeats(
    text: &str,
    lines: &[Line],
    first: usize,
    keys: &mut Vec<Option<u64>>,
    stats: &mut HashMap<u64, Repeats, PrehashedState>,
    labelled: &mut Vec<usize>,
) {
    for (j, (i, line)) in (first..).zip(lines).enumerate() {
        let s = &text[line.start..line.end];
        if !line.digit || s.len() > MAX_LEN {
            keys.push(None);
            continue;
        }
        if s.len() <= 24 && is_labelled_page_number(s) {
            labelled.push(i);
        }
        let (k, mut page) = furniture_key(s);
        if page.is_none() && s.len() <= 40 {
            page = page_beside(text, lines, j);
        }
        keys.push(Some(k));
        let entry = stats.entry(k).or_insert(Repeats {
            count: 0,
            last: i,
            min_gap: usize::MAX,
            max_gap: 0,
            last_page: page,
            counting: page.is_some(),
            consecutive: page.is_some(),
        });
        // `EUCO 7/26` on the cover, then over each page number in the footers: the cover's
        // line is the reference, the repeats that count the pages start after it.
        if entry.count == 1 && entry.last_page.is_none() && page.is_some() {
            *entry = Repeats {
                count: 0,
                last: i,
                min_gap: usize::MAX,
                max_gap: 0,
                last_page: page,
                counting: true,
                consecutive: true,
            };
        }
        if entry.count > 0 {
            entry.min_gap = entry.min_gap.min(i - entry.last);
            entry.max_gap = entry.max_gap.max(i - entry.last);
            entry.counting &= matches!((entry.last_page, page), (Some(a), Some(b)) if b > a);
            entry.consecutive &=
                matches!((entry.last_page, page), (Some(a), Some(b)) if b == a + 1);
            entry.last_page = page;
        }
        entry.count += 1;
        entry.last = i;
    }
}

/// The bare page number on the line right after a short line, or else right before it: a
/// running footer of a PDF whose page number the extraction put on a line of its own
/// ("14602/24 EN" ⏎ "2"). It counts the pages like a number set off on the line itself.
fn page_beside(text: &str, lines: &[Line], j: usize) -> Option<u32> {
    let bare = |n: usize| -> Option<u32> {
        let l = lines.get(n)?;
        let b = &text.as_bytes()[l.start..l.end];
        if b.is_empty() || b.len() > 3 || !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(b.iter().fold(0u32, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    bare(j + 1).or_else(|| j.checked_sub(1).and_then(bare))
}

/// FNV-1a over the line with digits masked and white space dropped, so that "Page 3" and
/// "Page 4" share a key.
///
/// The kept bytes are gathered eight at a time and mixed once per eight: a multiply per byte
/// made this the costliest part of furniture detection. Whether a byte is kept is a select,
/// not a branch: spaces come every few bytes, at no pattern a predictor could learn.
fn key(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut acc = 0u64;
    let mut kept = 0u32;
    for &b in s.as_bytes() {
        let keep = b != b' ' && b != b'\t';
        let b = if b.is_ascii_digit() { b'#' } else { b };
        acc = if keep { (acc << 8) | u64::from(b) } else { acc };
        kept += u32::from(keep);
        if keep && kept & 7 == 0 {
            h = (h.rotate_left(5) ^ acc).wrapping_mul(K);
            acc = 0;
        }
    }
    let mut h = (h.rotate_left(5) ^ acc ^ (u64::from(kept) << 56)).wrapping_mul(K);
    h ^= h >> 29;
    h
}

/// [`key`] as it was, with a branch per byte: the reference.
#[cfg(test)]
/// FNV-1a over the line with digits masked and white space dropped, so that "Page 3" and
/// "Page 4" share a key.
///
/// The kept bytes are gathered eight at a time and mixed once per eight: a multiply per byte
/// made this the costliest part of furniture detection.
fn key_by_match(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut acc = 0u64;
    let mut kept = 0u32;
    for &b in s.as_bytes() {
        let b = match b {
            b'0'..=b'9' => b'#',
            b' ' | b'\t' => continue,
            _ => b,
        };
        acc = (acc << 8) | u64::from(b);
        kept += 1;
        if kept & 7 == 0 {
            h = (h.rotate_left(5) ^ acc).wrapping_mul(K);
            acc = 0;
        }
    }
    let mut h = (h.rotate_left(5) ^ acc ^ (u64::from(kept) << 56)).wrapping_mul(K);
    h ^= h >> 29;
    h
}

/// A page number with a word that makes it one: "Pagina 2 van 7", "Page 3 of 10", "blz. 4";
/// a bare "12" may be a table's cell.
fn is_labelled_page_number(s: &str) -> bool {
    let starts_with_word = ["pagina", "page", "blz."]
        .iter()
        .any(|p| s.len() > p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
    let counts_pages = s
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("van") || w.eq_ignore_ascii_case("of"));
    (starts_with_word || counts_pages) && is_page_number(s)
}

/// "12", "- 12 -", "Page 3", "Pagina 3 van 10", "3/12", "blz. 4".
pub(crate) fn is_page_number(s: &str) -> bool {
    if s.len() > 24 {
        return false;
    }
    // Runs on many short lines: compare prefixes without allocating a lower-case copy.
    let mut rest = s;
    for prefix in ["pagina", "page", "blz.", "p."] {
        if s.len() >= prefix.len()
            && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        {
            rest = &s[prefix.len()..];
            break;
        }
    }
    let mut digits = 0;
    for word in rest.split_whitespace() {
        if word.eq_ignore_ascii_case("of") || word.eq_ignore_ascii_case("van") {
            continue;
        }
        for c in word.chars() {
            match c {
                '0'..='9' => digits += 1,
                '-' | '–' | '/' | '|' | '(' | ')' => {}
                _ => return false,
            }
        }
    }
    (1..=8).contains(&digits)
}

/// How many content lines at each end of a text may be a saved web page's chrome.
const WEB_EDGE: usize = 40;

/// The furniture of a Kamerstuk that is printed once in a short paper, so that no repeat finds
/// it: the colophon at the foot of the first page ("kst-21501-07-2100" ⏎ "ISSN 0921 - 7371" ⏎
/// "'s-Gravenhage 2026") and the running header of a second page ("Tweede Kamer, vergaderjaar
/// 2025–2026, 21 501-07, nr. 2100 2"). Their lines have shapes no sentence has; the place and
/// year beside a code, and a page number beside a header, go with them.
fn colophon(text: &str, lines: &mut [Line]) {
    let line = |l: &Line| &text[l.start..l.end];
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            matches!(
                text.as_bytes().get(lines[i].start),
                Some(b'k' | b'I' | b'a' | b'h' | b's' | b'b' | b'T' | b'E' | b'\'' | b'D' | 0xE2)
            )
        })
        .filter(|&i| {
            let s = line(&lines[i]).trim();
            is_colophon_code(s) || is_kamer_header(s) || is_place_and_kamer_header(s)
        })
        .collect();
    for i in found {
        lines[i].furniture = true;
        let header = is_kamer_header(line(&lines[i]).trim());
        // Up to two content lines either side.
        let before = (0..i).rev().filter(|&j| !lines[j].blank()).take(2);
        let after = (i + 1..lines.len()).filter(|&j| !lines[j].blank()).take(2);
        let beside: Vec<usize> = before.chain(after).collect();
        for j in beside {
            let s = line(&lines[j]).trim();
            if header && is_page_number(s) || !header && is_place_and_year(s) {
                lines[j].furniture = true;
            }
        }
    }
}

/// The running header of a Kamerstuk: `Tweede Kamer, vergaderjaar 2025–2026, 21 501-07, nr.
/// 2100`, a page number after it or not.
fn is_kamer_header(s: &str) -> bool {
    s.len() <= 100
        && ["Tweede Kamer, vergaderjaar ", "Eerste Kamer, vergaderjaar "]
            .iter()
            .any(|p| s.starts_with(p))
        && s.contains(", nr. ")
        && s.ends_with(|c: char| c.is_ascii_digit())
}

/// The foot of a Kamerstuk's first page as pdftotext sets it on one line: the place and year,
/// a wide gap, the running header and the page number (`'s-Gravenhage 2026      Tweede Kamer,
/// vergaderjaar 2025–2026, 21 501-08, nr. 1012      1`).
fn is_place_and_kamer_header(s: &str) -> bool {
    if s.len() > 160 || !s.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(gap) = s.find("   ") else {
        return false;
    };
    is_place_and_year(&s[..gap]) && is_kamer_header(s[gap..].trim_start())
}

/// A publication code of the Staten-Generaal (`kst-21501-07-2100`, `stb-2026-41`,
/// `ah-tk-20252026-1234`) or an ISSN (`ISSN 0921 - 7371`), alone on its line.
fn is_colophon_code(s: &str) -> bool {
    if let Some(number) = s.strip_prefix("ISSN ") {
        return number.len() <= 16
            && number.bytes().filter(u8::is_ascii_digit).count() >= 7
            && number
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'X'));
    }
    const SERIES: [&str; 7] = [
        "kst-", "stb-", "stcrt-", "blg-", "ah-tk-", "ah-ek-", "h-tk-",
    ];
    SERIES.iter().any(|p| {
        s.strip_prefix(p).is_some_and(|code| {
            (4..=40).contains(&code.len())
                && code.bytes().any(|b| b.is_ascii_digit())
                && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    })
}

/// A place and a year alone on a line: `'s-Gravenhage 2026`, `Den Haag 2026`.
fn is_place_and_year(s: &str) -> bool {
    let Some((place, year)) = s.rsplit_once(' ') else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && place.split(' ').count() <= 2
        && place.chars().any(char::is_uppercase)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}'))
}

/// A government web page saved as text keeps its navigation: a breadcrumb trail above the title
/// ("Home > Documenten > Kamerstukken"), a row of share buttons ("Delen: Facebook Twitter"), and
/// at the end a download list and a cookie notice with its buttons. They are no part of the
/// report. Only the first and last [`WEB_EDGE`] content lines are looked at. Returns the keys
/// of the lines it made furniture.
fn web_chrome(text: &str, lines: &mut [Line]) -> Vec<u64> {
    // A short page's first and last lines are the same lines: each is taken once, else the
    // foot's lines would run on into the head's (`Hebt u gevonden wat u zocht?` ⏎ `Ga direct
    // naar inhoud`).
    let mut content: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].blank() && !lines[i].furniture)
        .take(WEB_EDGE)
        .collect();
    let head_end = content.last().map_or(0, |&i| i + 1);
    let mut tail: Vec<usize> = (head_end..lines.len())
        .rev()
        .filter(|&i| !lines[i].blank() && !lines[i].furniture)
        .take(WEB_EDGE)
        .collect();
    tail.reverse();
    content.extend(tail);
    let line = |l: &Line| &text[l.start..l.end];
    let mut cookie_from = None;
    // Whether the lines since a share label ("Delen") were its networks, one a line.
    let mut sharing = false;
    for (k, &i) in content.iter().enumerate() {
        let s = line(&lines[i]);
        if s.len() > 300 {
            sharing = false;
            continue;
        }
        if is_breadcrumb(s)
            || is_share_row(s)
            || is_download_entry(s)
            || is_skip_link(s)
            || is_update_stamp(s)
        {
            lines[i].furniture = true;
        }
        // "Delen" ⏎ "Facebook" ⏎ "LinkedIn": a share row copied one link a line.
        if sharing && is_share_network(s.trim()) {
            lines[i].furniture = true;
        } else {
            sharing = is_share_label(s.trim());
        }
        // The cookie notice comes last, with only its buttons after it.
        if k >= content.len().saturating_sub(4)
            && cookie_from.is_none()
            && (s.contains("cookie") || s.contains("Cookie"))
        {
            cookie_from = Some(k);
        }
    }
    if let Some(k) = cookie_from {
        let rest = &content[k + 1..];
        let buttons = rest.iter().all(|&i| {
            line(&lines[i]).split_whitespace().count() <= 4 && !line(&lines[i]).ends_with('.')
        });
        if buttons {
            for &i in &content[k..] {
                lines[i].furniture = true;
            }
        }
    }
    // "Downloads" over download entries only, each perhaps under its file's title.
    for w in 0..content.len().saturating_sub(1) {
        let (i, n) = (content[w], content[w + 1]);
        let s = line(&lines[i]);
        // `Download 'Verslag van de Raad …'` ⏎ `PDF document | 6 pagina's | 312 kB`: a link
        // named after its file, over the file's entry.
        let named = s.len() > 10
            && s.as_bytes()[..9].eq_ignore_ascii_case(b"download ")
            && matches!(s.as_bytes()[9], b'\'' | b'"' | 0xE2);
        if named && is_download_entry(line(&lines[n])) {
            lines[i].furniture = true;
            continue;
        }
        if !(s.eq_ignore_ascii_case("downloads") || s.eq_ignore_ascii_case("download")) {
            continue;
        }
        if is_download_entry(line(&lines[n])) {
            lines[i].furniture = true;
        } else if let Some(&e) = content
            .get(w + 2)
            .filter(|&&e| is_download_entry(line(&lines[e])))
        {
            for i in [i, n, e] {
                lines[i].furniture = true;
            }
        }
    }
    page_menus(text, lines, &content);
    markdown_end_matter(text, lines, &content);
    // The keys of the lines made furniture here: none was before.
    content
        .iter()
        .filter(|&&i| lines[i].furniture)
        .map(|&i| key(&text[lines[i].start..lines[i].end]))
        .collect()
}

/// A web page copied from the browser rather than saved: every link of its menus on a line of
/// its own. At the top, the links from the skip link or a "U bent hier:" label on, up to the
/// page's title; at the foot, the feedback question ("Vond u dit nuttig?") and the short lines
/// after it, and a list of related pages ("Gerelateerde documenten") with their dates.
fn page_menus(text: &str, lines: &mut [Line], content: &[usize]) {
    let line = |i: usize| &text[lines[i].start..lines[i].end];
    let mut chrome: Vec<usize> = Vec::new();
    let head = content.len().min(WEB_EDGE);
    let opens = content[..head]
        .iter()
        .position(|&i| is_skip_link(line(i)) || is_you_are_here(line(i)));
    if let Some(k) = opens {
        let mut k = k;
        while k < head {
            let i = content[k];
            let s = line(i);
            // The title has the page's kind and date under it ("Kamerstuk: Kamerbrief |
            // 20-02-2026"): it is the first line that is no menu's.
            let titled = content
                .get(k + 1)
                .is_some_and(|&n| is_kind_and_date(line(n)));
            if !(is_skip_link(s) || is_you_are_here(s) || is_menu_link(s)) || titled {
                break;
            }
            chrome.push(i);
            k += 1;
        }
    }
    let tail = &content[content.len().saturating_sub(WEB_EDGE)..];
    let short = |i: usize| word_total(line(i)) <= 8 && !line(i).ends_with('.');
    let feedback = tail.iter().position(|&i| is_feedback_question(line(i)));
    // A press office's page ends with its contacts (`Press contacts` ⏎ a name ⏎ `Press
    // officer` ⏎ phone numbers and e-mail addresses), on a page that showed its menus.
    // On any page, a contacts label over a few short lines with an e-mail address
    // (`Contact` ⏎ `Jan Vermeulen` ⏎ `Press officer` ⏎ `press@…`) ends it so.
    let feedback = feedback.or_else(|| {
        if opens.is_some() {
            return tail.iter().position(|&i| is_contacts_label(line(i)));
        }
        let label = tail.iter().position(|&i| {
            let s = line(i).trim();
            is_contacts_label(s) || s.eq_ignore_ascii_case("contact")
        })?;
        let after = &tail[label + 1..];
        ((1..=8).contains(&after.len()) && after.iter().any(|&i| is_email_line(line(i))))
            .then_some(label)
    });
    if let Some(f) = feedback {
        if tail[f + 1..].iter().all(|&i| short(i)) {
            chrome.extend_from_slice(&tail[f..]);
            // A box of links right above it (`Meeting information` ⏎ `Background brief` ⏎
            // `List of participants`): short lines back to the body's last sentence.
            let mut k = f;
            while k > 0 && short(tail[k - 1]) && !line(tail[k - 1]).ends_with([':', ';', ',']) {
                k -= 1;
            }
            if f - k >= 2 && k > 0 {
                chrome.extend_from_slice(&tail[k..f]);
            }
        }
    }
    // The site's footer: from a share label or a footer's link ("Over ons") on, the last
    // lines all links or the cookie notice and its buttons; what stands before it in that run
    // (a signatory's name) stays.
    // A page saved without its menus still shows its breadcrumb trail or the kind and date
    // under its title ("Kamerstuk | 12-03-2026").
    let web = opens.is_some()
        || feedback.is_some()
        || content[..head]
            .iter()
            .any(|&i| is_breadcrumb(line(i)) || is_kind_and_date(line(i)));
    let mut footer = tail.len();
    if web && feedback.is_none() {
        let run = tail
            .iter()
            .rev()
            .take_while(|&&i| {
                let s = line(i);
                is_menu_link(s)
                    || (s.len() <= 300 && (s.contains("cookie") || s.contains("Cookie")))
            })
            .count();
        let run = tail.len() - run;
        if let Some(f) = tail[run..].iter().position(|&i| {
            let s = line(i).trim();
            is_footer_link(s) || is_share_label(s)
        }) {
            footer = run + f;
            chrome.extend_from_slice(&tail[footer..]);
        }
    }
    // Only on a page that showed its menus, trail or feedback: a report may end on "See also".
    let end = feedback.unwrap_or(footer);
    let related = tail[..end]
        .iter()
        .position(|&i| web && is_related_label(line(i)));
    if let Some(r) = related {
        let listed = |i: usize| {
            let s = line(i);
            is_kind_and_date(s) || (word_total(s) <= 14 && !s.ends_with(['.', ':', ';']))
        };
        if tail[r + 1..end].iter().all(|&i| listed(i)) {
            chrome.extend_from_slice(&tail[r..end]);
        }
    }
    for i in chrome {
        lines[i].furniture = true;
    }
}

/// A Markdown page's end matter, as a static-site generator or a web page's export writes it:
/// the last sections, each under a heading that is a share label (`## Share this page`), a
/// list of related pages (`## Related documents`) or the contacts (`## Contact`), with short
/// lines under them (links, an address), none a sentence. The plain text of a web page loses
/// these lines as its chrome (see [`page_menus`]); under Markdown headings they were read as
/// the report's last sections.
fn markdown_end_matter(text: &str, lines: &mut [Line], content: &[usize]) {
    let tail = &content[content.len().saturating_sub(WEB_EDGE)..];
    let line = |i: usize| &text[lines[i].start..lines[i].end];
    // The title of an ATX heading: `## Contact` is `Contact`.
    let heading = |i: usize| {
        let s = line(i).trim_end();
        let hashes = s.bytes().take_while(|&b| b == b'#').count();
        ((1..=6).contains(&hashes) && s.as_bytes().get(hashes) == Some(&b' '))
            .then(|| s[hashes..].trim().trim_end_matches('#').trim())
    };
    let end_label = |t: &str| {
        is_share_label(t) || is_related_label(t) || is_contacts_label(t) || is_footer_link(t)
    };
    // From the end back: the run of end-matter sections.
    let mut from = None;
    for (k, &i) in tail.iter().enumerate().rev() {
        match heading(i) {
            Some(t) if end_label(t) => from = Some(k),
            Some(_) => break,
            None => {
                let s = line(i);
                if word_total(s) > 20
                    || s.trim_end().ends_with(['.', ':', ';']) && word_total(s) > 6
                {
                    break;
                }
            }
        }
    }
    let Some(from) = from else {
        return;
    };
    // The run must reach the end: every line after its first heading is its.
    let run = &tail[from..];
    if run
        .iter()
        .any(|&i| heading(i).is_some_and(|t| !end_label(t)))
    {
        return;
    }
    for &i in run {
        lines[i].furniture = true;
    }
}

/// How many words a line has.
fn word_total(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A link of a web page's menu or breadcrumb trail copied as its own line: one to three words,
/// short, with no sentence's punctuation.
fn is_menu_link(s: &str) -> bool {
    s.len() <= 32 && (1..=3).contains(&word_total(s)) && !s.ends_with(['.', ',', ';', ':', '?'])
}

/// "U bent hier:", "You are here:": the label of a breadcrumb trail.
fn is_you_are_here(s: &str) -> bool {
    ["u bent hier:", "je bent hier:", "you are here:"]
        .iter()
        .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// "Vond u dit nuttig?", "Hebt u gevonden wat u zocht?", "Was this page useful?": a web page's
/// feedback question.
fn is_feedback_question(s: &str) -> bool {
    [
        "vond u dit nuttig?",
        "vond je dit nuttig?",
        "is deze informatie nuttig?",
        "hebt u gevonden wat u zocht?",
        "heeft u gevonden wat u zocht?",
        "heb je gevonden wat je zocht?",
        "did you find what you were looking for?",
        "was this page useful?",
        "was this page helpful?",
        "is this page useful?",
    ]
    .iter()
    .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// "Press contacts", "Perscontact": the label of a press office's contacts at a page's foot.
fn is_contacts_label(s: &str) -> bool {
    [
        "press contacts",
        "press contact",
        "contacts",
        "perscontact",
        "perscontacten",
        "contact presse",
    ]
    .iter()
    .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// A line that is an e-mail address, perhaps after a label (`E-mail: press@example.org`).
fn is_email_line(s: &str) -> bool {
    let word = s.trim().rsplit(' ').next().unwrap_or("");
    word.len() <= 80
        && word.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.ends_with('.')
        })
}

/// "Gerelateerde documenten", "Related documents": the heading of links to other pages.
fn is_related_label(s: &str) -> bool {
    [
        "gerelateerde documenten",
        "gerelateerde onderwerpen",
        "gerelateerd",
        "zie ook",
        "bekijk ook",
        "lees ook",
        "onderwerpen",
        "related documents",
        "related content",
        "see also",
        "meer informatie",
        "more information",
        "further information",
    ]
    .iter()
    .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// "Kamerstuk: Kamerbrief | 20-02-2026", "Nieuwsbericht | 12-03-2026": the kind and date a
/// government web page sets under a document's title.
pub(crate) fn is_kind_and_date(s: &str) -> bool {
    // The date's dashes first: asked of every line.
    let b = s.as_bytes();
    if b.len() < 14 || b.len() > 80 || b[b.len() - 5] != b'-' || b[b.len() - 8] != b'-' {
        return false;
    }
    let Some((kind, date)) = s.rsplit_once(" | ") else {
        return false;
    };
    let d = date.as_bytes();
    kind.len() <= 60
        && d.len() == 10
        && d[2] == b'-'
        && d[5] == b'-'
        && d.iter()
            .enumerate()
            .all(|(k, b)| k == 2 || k == 5 || b.is_ascii_digit())
}

/// "Home > Documenten > Kamerstukken > 2027": three or more steps, no sentence.
fn is_breadcrumb(s: &str) -> bool {
    s.len() <= 200
        && (s.matches(" > ").count() >= 2 || s.matches(" › ").count() >= 2)
        && !s.ends_with('.')
}

/// "Last updated: 21 March 2027", "Laatst gewijzigd op 3 maart 2027": the date a web page's
/// foot says it was changed, which dates no document.
fn is_update_stamp(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 60 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    [
        "last updated",
        "page last updated",
        "last modified",
        "laatst gewijzigd",
        "laatst bijgewerkt",
    ]
    .iter()
    .any(|p| {
        s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            && matches!(s.as_bytes().get(p.len()), Some(b':' | b' '))
    })
}

/// "Skip to main content", "Naar hoofdinhoud": a web page's first link, for screen readers.
fn is_skip_link(s: &str) -> bool {
    [
        "skip to main content",
        "skip to content",
        "naar hoofdinhoud",
        "ga direct naar inhoud",
        "ga direct naar de inhoud",
        "ga naar de inhoud",
        "naar de inhoud",
        "skip to main navigation",
    ]
    .iter()
    .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// The networks a share row names.
const SHARE_NETWORKS: [&str; 10] = [
    "facebook", "x", "twitter", "linkedin", "email", "e-mail", "whatsapp", "bluesky", "mastodon",
    "print",
];

/// "Delen: Facebook Twitter LinkedIn E-mail", "Share this page: X LinkedIn"; or set on two
/// lines, "Share this page" over "Facebook   X   LinkedIn   Email".
fn is_share_row(s: &str) -> bool {
    // One link a line: `Share on Facebook`, `Share on X`.
    if s.strip_prefix("Share on ")
        .is_some_and(|n| is_share_network(n.trim()))
    {
        return true;
    }
    if is_share_label(s.trim())
        || (s.split_whitespace().count() >= 2 && s.split_whitespace().all(is_share_network))
    {
        return true;
    }
    let Some((label, rest)) = s.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    [
        "delen",
        "deel deze pagina",
        "deel dit artikel",
        "share",
        "share this page",
    ]
    .contains(&label.as_str())
        && !rest.trim().is_empty()
        && rest.split_whitespace().count() <= 8
        && !rest.contains('.')
}

/// "Delen", "Share this page": the label of a share row, alone on its line.
fn is_share_label(l: &str) -> bool {
    ["delen", "deel deze pagina", "share", "share this page"]
        .iter()
        .any(|w| w.len() == l.len() && w.as_bytes().eq_ignore_ascii_case(l.as_bytes()))
}

/// One network of a share row: "Facebook", "E-mail".
fn is_share_network(w: &str) -> bool {
    SHARE_NETWORKS
        .iter()
        .any(|n| n.len() == w.len() && n.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
}

/// "Over ons", "Contact", "Privacy": a link of a web site's footer, which every page repeats.
fn is_footer_link(s: &str) -> bool {
    [
        "over ons",
        "contact",
        "privacy",
        "cookies",
        "toegankelijkheid",
        "sitemap",
        "copyright",
        "colofon",
        "disclaimer",
        "about us",
        "accessibility",
        "cookie policy",
        "privacy policy",
        "help",
        "over deze site",
        "about this site",
        "legal notice",
    ]
    .iter()
    .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// "Kamerbrief verslag … (PDF | 3 pagina's | 180 kB)", or under the file's title "PDF document
/// | 6 pagina's | 412 kB": a file offered for download.
fn is_download_entry(s: &str) -> bool {
    let sized = |t: &str| t.contains("kB") || t.contains("KB") || t.contains("MB");
    if ["PDF", "ODT", "DOCX", "XLSX"]
        .iter()
        .any(|f| s.starts_with(f))
        && s.contains(" | ")
    {
        return s.len() <= 60 && sized(s);
    }
    s.ends_with(')')
        && s.rfind('(').is_some_and(|open| {
            let inner = &s[open..];
            inner.contains('|')
                && ["PDF", "ODT", "DOCX", "XLSX"]
                    .iter()
                    .any(|f| inner.contains(f))
                && (inner.contains("kB") || inner.contains("KB") || inner.contains("MB"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_agrees_with_the_branching_key() {
        let pieces = [
            "Pagina", " ", "\t", "3", "12", "van", "-", "é", "Kenmerk", "2026-07", "|",
        ];
        let mut seed = 17u64;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(seed >> 59) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
            assert_eq!(key(&s), key_by_match(&s), "{s:?}");
        }
    }
}
