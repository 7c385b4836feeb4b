//! Text → sentences, and positions → sections.
//!
//! The splitter is one linear scan over the bytes. A full stop ends a sentence only when it is
//! followed by white space and then a capital, a digit, a quote or a bracket, and when the word it
//! closes is not an abbreviation (`Dhr.`, `o.a.`, `bijv.`, `e.g.`) or an initial (`J.W.`). A blank
//! line always ends a sentence, so headings and list items stand alone. `unicode-segmentation`
//! would not know Dutch abbreviations and would cost the wasm bundle its tables.

use crate::model::{Section, Span};

/// Words that a full stop follows without ending the sentence, lower case, without their final
/// stop. Inner stops are kept (`o.a`, `e.g`).
const ABBREVIATIONS: &[&str] = &[
    // Dutch
    "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "o.a", "bijv", "bv", "nr", "nrs",
    "art", "artt", "blz", "jl", "resp", "ca", "m.b.t", "i.v.m", "t.a.v", "n.a.v", "t.z.t", "c.q",
    "d.w.z", "m.n", "a.s", "e.a", "vgl", "zgn", "evt", "incl", "excl", "ong", "min", "lid", "st",
    "z.s.m", "i.h.k.v", "m.i.v", "o.b.v", "p.m", "e.d", "etc", "par", "hfst", "pag", "bijl", "mln",
    "mld", "mrd", "o.m", "m.u.v", "t.b.v", "i.p.v", "t.o.v", "i.o.m", "a.g.v", "n.v.t",
    // English
    "mr", "mrs", "ms", "e.g", "i.e", "no", "nos", "vs", "cf", "para", "paras", "fig", "vol",
    "approx", "dept", "jr", "sr", "st", "u.s", "u.k", "p", "pp", "ch", "sec", "doc", "docs",
];

/// Abbreviations that close a phrase (`op 5 december jl.`, `a.s.`, `etc.`): a capital after
/// them starts a new sentence (`… 5 december jl. In dat debat …`), since no name follows them
/// inside one.
const CLOSING_ABBREVIATIONS: &[&str] = &["jl", "a.s", "etc"];

/// The length of the longest of [`ABBREVIATIONS`].
const MAX_ABBREVIATION: usize = 7;

/// Splits `text` into sentences, in order; the spans are trimmed of surrounding white space.
///
/// For example `Dhr. Jansen sprak. Hij ging weg.` is two sentences, not three.
#[inline(never)]
pub fn split(text: &str) -> Vec<Span> {
    split_with(text, is_boundary)
}

/// [`split`], deciding with `is_boundary` whether a mark ends a sentence.
#[inline(always)]
fn split_with(text: &str, is_boundary: fn(&str, usize, usize, usize) -> bool) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Reports have a sentence every 100-odd bytes: room for that many at once, so that the
    // list of a big text is not grown (copied) step by step.
    let mut out = Vec::with_capacity(text.len() / 128 + 16);
    let mut at = SplitAt {
        start: 0,
        i: 0,
        next_mark: None,
        next_break: None,
    };
    while split_part(text, is_boundary, &mut at, &mut out) {}
    push(text, at.start, bytes.len(), &mut out);
    out
}

/// Where [`split_with`] stands between two parts.
#[derive(Clone, Copy)]
struct SplitAt {
    /// The start of the open sentence.
    start: usize,
    /// Where the search for its end goes on.
    i: usize,
    /// The next stop mark and the next line break at or after `i`, found with memchr and
    /// cached (`usize::MAX` when there is none): the bytes between them are never looked at
    /// one by one.
    next_mark: Option<usize>,
    next_break: Option<usize>,
}

/// Bytes of text per call of [`split_part`].
const SPLIT_PART: usize = 32 * 1024;

/// [`split_with`] from `at` until [`SPLIT_PART`] bytes on; `false` once the text is done. One
/// call over a whole text would run in WebAssembly's slow baseline code throughout: V8 swaps in
/// optimised code for a function only when it is called again.
#[inline(never)]
fn split_part(
    text: &str,
    is_boundary: fn(&str, usize, usize, usize) -> bool,
    at: &mut SplitAt,
    out: &mut Vec<Span>,
) -> bool {
    let bytes = text.as_bytes();
    let SplitAt {
        mut start,
        mut i,
        mut next_mark,
        mut next_break,
    } = *at;
    let stop = i.saturating_add(SPLIT_PART);
    let more = loop {
        if i >= stop {
            break true;
        }
        if next_mark.is_none_or(|p| p < i) {
            // No mark left is cached too (as `usize::MAX`): searching again at every line
            // break of a text without full stops (a long table, a list) made it quadratic.
            next_mark = bytes
                .get(i..)
                .and_then(|rest| memchr::memchr3(b'.', b'!', b'?', rest))
                .map(|k| i + k)
                .or(Some(usize::MAX));
        }
        if next_break.is_none_or(|p| p < i) {
            next_break = bytes
                .get(i..)
                .and_then(|rest| memchr::memchr(b'\n', rest))
                .map(|k| i + k)
                .or(Some(usize::MAX));
        }
        let Some(at) = next_mark.into_iter().chain(next_break).min() else {
            break false;
        };
        if at.min(bytes.len()) - start > MAX_SENTENCE {
            // No end in sight (a text without full stops or blank lines: a table, a page saved
            // as one line): cut at a space. Every statement carries its sentence's text, so one
            // sentence the size of the text made the report grow with the square of it.
            let cut = forced_cut(text, start);
            push(text, start, cut, out);
            start = cut;
            i = i.max(cut);
            continue;
        }
        if at >= bytes.len() {
            break false;
        }
        i = at;
        if bytes[i] == b'\n' {
            // A blank line (possibly with spaces on it) ends the sentence.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push(text, start, i, out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        } else {
            // Closing quotes and brackets belong to the sentence they close.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')' | b']') {
                end += 1;
            }
            if let Some(close) = closing_quote_len(&bytes[end..]) {
                end += close;
            }
            // So does a Markdown footnote's mark after it: `verscherpen.[^2] De Inspectie`,
            // or Word's as it saves it as text: `blijven.[2] Frankrijk`.
            if bytes[end..].starts_with(b"[^") {
                if let Some(k) = bytes[end..].iter().take(16).position(|&b| b == b']') {
                    end += k + 1;
                }
            } else if bytes.get(end) == Some(&b'[') {
                let digits = bytes[end + 1..]
                    .iter()
                    .take(4)
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if (1..=3).contains(&digits) && bytes.get(end + 1 + digits) == Some(&b']') {
                    end += digits + 2;
                }
            }
            if is_boundary(text, start, i, end) {
                push(text, start, end, out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    };
    *at = SplitAt {
        start,
        i,
        next_mark,
        next_break,
    };
    more
}

/// The longest sentence [`split`] gives, in bytes: some six hundred words. No statement's
/// sentence in the fixtures reaches 700 characters.
pub const MAX_SENTENCE: usize = 4096;

/// Where a sentence begun at `start` and longer than [`MAX_SENTENCE`] is cut: after the last
/// space in its second half, or else at the last character boundary within the limit.
fn forced_cut(text: &str, start: usize) -> usize {
    let limit = start + MAX_SENTENCE;
    let bytes = text.as_bytes();
    if let Some(k) = memchr::memrchr(b' ', &bytes[start + MAX_SENTENCE / 2..limit]) {
        return start + MAX_SENTENCE / 2 + k + 1;
    }
    (start + 1..=limit)
        .rev()
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(limit)
}

/// Length of a typographic closing quote (`”`, `’`, `»`) at the start of `rest`.
fn closing_quote_len(rest: &[u8]) -> Option<usize> {
    for q in ["”", "’", "»"] {
        if rest.starts_with(q.as_bytes()) {
            return Some(q.len());
        }
    }
    None
}

/// Whether `c` is a footnote's mark in superscript (`¹`, `²`, `⁴`), which opens a footnote.
fn note_mark(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}')
}

/// Whether the mark at `mark` (its clause running to `end`) ends the sentence begun at `start`.
fn is_boundary(text: &str, start: usize, mark: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // What follows must be white space and then something that can start a sentence.
    let mut j = end;
    if j >= bytes.len() {
        return true;
    }
    if !bytes[j].is_ascii_whitespace() {
        return false;
    }
    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    let Some(next) = text.get(j..).and_then(|s| s.chars().next()) else {
        return true;
    };
    let starts_sentence = next.is_uppercase()
        || next.is_ascii_digit()
        || note_mark(next)
        || matches!(
            next,
            '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '•' | '-' | '–'
        );
    if !starts_sentence {
        return false;
    }
    if quotation_goes_on(text, start, end) {
        return false;
    }
    if bytes[mark] != b'.' {
        return true;
    }
    // The word that the full stop closes.
    let word = &text[word_start(text, start, mark)..mark];
    if word.is_empty() {
        return true;
    }
    // An initial: one capital, or capitals with stops (`J.W`).
    let mut chars = word.chars();
    if let (Some(first), rest) = (chars.next(), chars.as_str()) {
        if first.is_uppercase() && (rest.is_empty() || is_initials(rest)) {
            return false;
        }
    }
    // Most words are longer than any abbreviation: one comparison instead of seventy.
    word.len() > MAX_ABBREVIATION
        || !is_abbreviation(word)
        || next.is_uppercase()
            && CLOSING_ABBREVIATIONS
                .iter()
                .chain(ANSWER_WORDS)
                .any(|a| a.eq_ignore_ascii_case(word))
}

/// Abbreviations of a number that are also a word on their own (`No. 396/2005`, `doc. 14876/26`,
/// but `No. The Commissioner presented …`, an answer): before a capital, the stop ends a sentence.
const ANSWER_WORDS: &[&str] = &["no", "nos", "doc", "docs"];

/// How far a quotation is followed for the `,"` that hands it to its speaker, and how long a
/// sentence may be to be looked into for an open quotation: both bound the work per stop.
const QUOTE_REACH: usize = 400;

/// Whether the stop ending at `end` stands inside a quotation opened in the sentence begun at
/// `start` that closes later in its paragraph with a comma and a word in lower case (`"We
/// must act. Now," said the Minister`): the quotation is one statement of its speaker, so its
/// sentences stay one.
fn quotation_goes_on(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(head) = bytes.get(start..end).filter(|h| h.len() <= 4 * QUOTE_REACH) else {
        return false;
    };
    // Few sentences hold a quotation mark: one pass of memchr turns the rest away.
    if memchr::memchr2(b'"', 0xE2, head).is_none() {
        return false;
    }
    let straight = memchr::memchr_iter(b'"', head).count();
    let opened = count_of(head, "“".as_bytes()) > count_of(head, "”".as_bytes());
    if straight.is_multiple_of(2) && !opened {
        return false;
    }
    let mut limit = text.len().min(end + QUOTE_REACH);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = &text[end..limit];
    let rest = rest
        .get(..rest.find("\n\n").unwrap_or(rest.len()))
        .unwrap_or(rest);
    let close = if opened { "”" } else { "\"" };
    let Some(at) = rest.find(close) else {
        return false;
    };
    rest[..at].ends_with(',')
        && rest[at + close.len()..]
            .strip_prefix([' ', '\n'])
            .is_some_and(|after| after.starts_with(|c: char| c.is_lowercase()))
}

/// How often `needle` occurs in `hay`.
fn count_of(hay: &[u8], needle: &[u8]) -> usize {
    memchr::memmem::find_iter(hay, needle).count()
}

/// Where the word that ends at `mark` starts: after the last white space, `(`, `"` or `*` since
/// `start`. Bytes are looked at first, since almost every word is ASCII; a non-ASCII byte
/// (perhaps a no-break space) hands over to the character walk.
fn word_start(text: &str, start: usize, mark: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = mark;
    while i > start {
        match bytes[i - 1] {
            // What `char::is_whitespace` says of ASCII, the two marks, and Markdown's emphasis
            // (`**drs. H.J. Bakker**`).
            b' ' | b'\t'..=b'\r' | b'(' | b'"' | b'*' => return i,
            b if b >= 0x80 => return word_start_by_chars(text, start, i),
            _ => i -= 1,
        }
    }
    start
}

/// [`word_start`] by characters, for the part from `start` to `end` (a character boundary).
fn word_start_by_chars(text: &str, start: usize, end: usize) -> usize {
    text[start..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '*'))
        .map(|(p, c)| start + p + c.len_utf8())
        .unwrap_or(start)
}

/// An ASCII word of up to eight bytes as a number (bytes lower-cased, zero-padded), `None`
/// for a longer or non-ASCII one: a comparison of two of these is one instruction.
const fn packed(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    let mut i = 0;
    while i < word.len() {
        if word[i] >= 0x80 || word[i] == 0 {
            return None;
        }
        key |= (word[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    Some(key)
}

/// [`ABBREVIATIONS`], [`packed`].
static PACKED_ABBREVIATIONS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        keys[i] = match packed(ABBREVIATIONS[i].as_bytes()) {
            Some(key) => key,
            None => panic!("an abbreviation is longer than eight bytes or not ASCII"),
        };
        i += 1;
    }
    keys
};

/// Whether `word` is one of [`ABBREVIATIONS`], ASCII case ignored.
fn is_abbreviation(word: &str) -> bool {
    packed(word.as_bytes()).is_some_and(|key| PACKED_ABBREVIATIONS.contains(&key))
}

/// Whether `rest` is `.W` or `.W.K` (the tail of initials after the first letter).
fn is_initials(rest: &str) -> bool {
    let mut expect_dot = true;
    for c in rest.chars() {
        if expect_dot {
            if c != '.' {
                return false;
            }
        } else if !c.is_uppercase() {
            return false;
        }
        expect_dot = !expect_dot;
    }
    // Ends after a capital, so expecting a stop again.
    !rest.is_empty() && expect_dot
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let mut trimmed_start = slice.len() - slice.trim_start().len();
    let mut trimmed = slice.trim();
    // A rule of underscores over the footnotes (`_______________ ¹ Hungary does not associate
    // itself …`, its line joined to the next) is no part of the first footnote.
    if trimmed.starts_with("_____") {
        let rest = trimmed.trim_start_matches('_');
        if rest.starts_with(char::is_whitespace) {
            trimmed_start += trimmed.len() - rest.trim_start().len();
            trimmed = rest.trim_start();
        }
    }
    if !trimmed.is_empty() {
        let s = start + trimmed_start;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

/// Finds the innermost section that contains a position, by binary search over a flat table of
/// the points where the innermost section changes (built in one pass with a stack).
#[derive(Clone, Debug, Default)]
pub struct SectionIndex {
    /// `(position, innermost section from here on)`, sorted by position.
    points: Vec<(usize, Option<usize>)>,
}

impl SectionIndex {
    /// Builds the index; `sections` are in pre-order, `sections[i].id == i`.
    pub fn new(sections: &[&Section]) -> SectionIndex {
        let mut points = vec![(0, None)];
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for section in sections {
            let Span { start, end } = section.range;
            while let Some(&(_, top_end)) = stack.last() {
                if top_end > start {
                    break;
                }
                stack.pop();
                points.push((top_end, stack.last().map(|t| t.0)));
            }
            stack.push((section.id, end));
            points.push((start, Some(section.id)));
        }
        while let Some((_, top_end)) = stack.pop() {
            points.push((top_end, stack.last().map(|t| t.0)));
        }
        // Well-formed outlines give sorted points already; a stable sort keeps a malformed one
        // from breaking the binary search.
        points.sort_by_key(|p| p.0);
        SectionIndex { points }
    }

    /// The innermost section that contains `pos`, by a search: the reference for
    /// [`SectionIndex::lookup_from`], which the passes use.
    #[cfg(test)]
    pub fn lookup(&self, pos: usize) -> Option<usize> {
        let i = self.points.partition_point(|p| p.0 <= pos);
        i.checked_sub(1).and_then(|i| self.points[i].1)
    }

    /// [`SectionIndex::lookup`] for positions that mostly grow: `cursor` (0 at first) keeps
    /// how far the points have been passed, so the next position, usually near, costs a step
    /// or two instead of a search. A far position is searched for from the cursor on, and one
    /// before the last is still answered right, by a search of all points.
    pub fn lookup_from(&self, cursor: &mut usize, pos: usize) -> Option<usize> {
        let passed = cursor.checked_sub(1).and_then(|i| self.points.get(i));
        if passed.is_none_or(|p| p.0 > pos) {
            *cursor = self.points.partition_point(|p| p.0 <= pos);
        }
        // A few steps cover the usual case, a near position; a far one is searched for.
        let mut steps = 0;
        while self.points.get(*cursor).is_some_and(|p| p.0 <= pos) {
            *cursor += 1;
            steps += 1;
            if steps == 8 {
                let rest = self.points.get(*cursor..).unwrap_or_default();
                *cursor += rest.partition_point(|p| p.0 <= pos);
                break;
            }
        }
        cursor.checked_sub(1).and_then(|i| self.points[i].1)
    }

    /// Where the innermost section next changes after the position last looked up with
    /// `cursor`: the end of the section it lies in, or the start of a section inside it.
    pub fn next_change(&self, cursor: usize) -> Option<usize> {
        self.points.get(cursor).map(|p| p.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_text_without_ends_is_cut_into_sentences_at_spaces() {
        // A page saved as one line, without full stops: every piece is within the limit,
        // ends at a word, and together they hold the whole text.
        let text = "Nederland steunde het voorstel, ".repeat(1000);
        let pieces = sentences(&text);
        assert_eq!(pieces.len(), 8, "{} bytes", text.len());
        assert!(pieces.iter().all(|p| p.len() <= MAX_SENTENCE));
        assert!(pieces.iter().all(|p| p.ends_with(',')), "{pieces:?}");
        assert_eq!(pieces.join(" "), text.trim_end());
        // Without a space, the cut falls on a character boundary: `é` is two bytes.
        let word = "é".repeat(3000);
        let pieces = sentences(&word);
        assert_eq!(
            pieces.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [4096, 1904]
        );
        assert_eq!(pieces.concat(), word);
        // A text with ends is not touched; neither is a sentence just within the limit.
        let long = format!("{}.", "a ".repeat(MAX_SENTENCE / 2 - 1));
        assert_eq!(sentences(&format!("{long} {long}")), [&long, &long]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let table: &[(&str, &[&str])] = &[
            // A report's references and amounts: paragraph, chapter, page, annex, millions.
            (
                "Duitsland wees op blz. 12 resp. par. 3.2 en hfst. 4, pag. 7 en bijl. 2. \
                 Het kost 5 mln. euro t.o.v. 2 mrd. i.p.v. 3 mld. euro. Spanje stemde in.",
                &[
                    "Duitsland wees op blz. 12 resp. par. 3.2 en hfst. 4, pag. 7 en bijl. 2.",
                    "Het kost 5 mln. euro t.o.v. 2 mrd. i.p.v. 3 mld. euro.",
                    "Spanje stemde in.",
                ],
            ),
            (
                "Dhr. Díaz sprak. Hij ging weg.",
                &["Dhr. Díaz sprak.", "Hij ging weg."],
            ),
            // A phrase's closing abbreviation before a capital ends the sentence; before a
            // small letter it does not.
            (
                "De Raad van 5 december jl. In dat debat sprak Italië. Op 9 mei a.s. volgt meer.",
                &[
                    "De Raad van 5 december jl.",
                    "In dat debat sprak Italië.",
                    "Op 9 mei a.s. volgt meer.",
                ],
            ),
            (
                "Dit geldt o.a. voor België. Ook bijv. Frankrijk.",
                &["Dit geldt o.a. voor België.", "Ook bijv. Frankrijk."],
            ),
            // `No.` before a number abbreviates it; before a capital it is an answer.
            (
                "Regulation No. 396/2005 applies. Was it late? No. The Commissioner spoke.",
                &[
                    "Regulation No. 396/2005 applies.",
                    "Was it late?",
                    "No.",
                    "The Commissioner spoke.",
                ],
            ),
            (
                "Minister J.W. van der Berg stelde dat. Zie art. 5 en nr. 3.",
                &[
                    "Minister J.W. van der Berg stelde dat.",
                    "Zie art. 5 en nr. 3.",
                ],
            ),
            (
                "K.L. Vermaat stelde dat. A.B.C. Jansen ook.",
                &["K.L. Vermaat stelde dat.", "A.B.C. Jansen ook."],
            ),
            (
                "Mr. Smith said so, e.g. in Annex 2.1 of the report. Then he left!",
                &[
                    "Mr. Smith said so, e.g. in Annex 2.1 of the report.",
                    "Then he left!",
                ],
            ),
            (
                "Kop zonder punt\n\nEerste zin. Tweede zin?",
                &["Kop zonder punt", "Eerste zin.", "Tweede zin?"],
            ),
            (
                "Een zin (met haakjes.) Nog een.",
                &["Een zin (met haakjes.)", "Nog een."],
            ),
            (
                "zegt «we have to». en dan. Klaar",
                &["zegt «we have to». en dan.", "Klaar"],
            ),
            ("", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(&sentences(text), expected, "{text}");
        }
    }

    /// [`is_boundary`] as it was, on characters and a comparison with each abbreviation: the
    /// reference.
    fn is_boundary_reference(text: &str, start: usize, mark: usize, end: usize) -> bool {
        let bytes = text.as_bytes();
        let mut j = end;
        if j >= bytes.len() {
            return true;
        }
        if !bytes[j].is_ascii_whitespace() {
            return false;
        }
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let Some(next) = text.get(j..).and_then(|s| s.chars().next()) else {
            return true;
        };
        let starts_sentence = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(
                next,
                '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '•' | '-' | '–'
            );
        if !starts_sentence {
            return false;
        }
        if bytes[mark] != b'.' {
            return true;
        }
        let word_start = text[start..mark]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '*'))
            .map(|(p, c)| start + p + c.len_utf8())
            .unwrap_or(start);
        let word = &text[word_start..mark];
        if word.is_empty() {
            return true;
        }
        let mut chars = word.chars();
        if let (Some(first), rest) = (chars.next(), chars.as_str()) {
            if first.is_uppercase() && (rest.is_empty() || is_initials(rest)) {
                return false;
            }
        }
        word.len() > MAX_ABBREVIATION
            || !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
            || next.is_uppercase()
                && CLOSING_ABBREVIATIONS
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(word))
    }

    #[test]
    fn splits_agree_with_the_reference_splitter() {
        let pieces = [
            "Dhr", "dhr", "DHR", "o.a", "O.A", "e.g", "J", "J.W", "jw", "Raad", "2022", "st",
            "etc", "abcdefgh", "é", "\u{a0}", "\u{2003}", "\u{85}", "ß", ".", ". ", "! ", "? ",
            " ", "  ", "\t", "\u{b}", "\u{c}", "\n", "\n\n", "\n \n", "(", "\"", ")", "”", "’",
            "»", "«", "Zij", "zij", "3", "-", "•",
        ];
        let mut seed = 11u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed >> 59) + 1 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(
                split(&text),
                split_with(&text, is_boundary_reference),
                "{text:?}"
            );
        }
    }

    #[test]
    fn abbreviations_are_found_in_any_case() {
        for a in ABBREVIATIONS {
            assert!(is_abbreviation(a), "{a}");
            assert!(is_abbreviation(&a.to_uppercase()), "{a}");
        }
        for w in ["", "dhrx", "o.b", "e.g.", "Raad", "mé", "abcdefghi"] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_maximum() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= MAX_ABBREVIATION));
    }

    #[test]
    fn section_index_finds_the_innermost_section() {
        let child = Section {
            id: 1,
            level: 2,
            range: Span::new(10, 20),
            ..Section::default()
        };
        let parent = Section {
            id: 0,
            level: 1,
            range: Span::new(5, 30),
            ..Section::default()
        };
        let next = Section {
            id: 2,
            level: 1,
            range: Span::new(30, 40),
            ..Section::default()
        };
        let index = SectionIndex::new(&[&parent, &child, &next]);
        let table = [
            (0, None),
            (5, Some(0)),
            (10, Some(1)),
            (19, Some(1)),
            (20, Some(0)),
            (30, Some(2)),
            (40, None),
        ];
        for (pos, expected) in table {
            assert_eq!(index.lookup(pos), expected, "{pos}");
        }
        // The cursor gives the same answers, forwards, with repeats, and after a step back.
        let mut cursor = 0;
        for pos in [0, 0, 4, 5, 9, 10, 10, 25, 12, 31, 3, 39, 40, 41, 1000] {
            assert_eq!(
                index.lookup_from(&mut cursor, pos),
                index.lookup(pos),
                "{pos}"
            );
        }
        // After a lookup, the next change is where the innermost section ends or another opens.
        for (pos, next) in [
            (0, Some(5)),
            (7, Some(10)),
            (12, Some(20)),
            (25, Some(30)),
            (45, None),
        ] {
            let mut cursor = 0;
            index.lookup_from(&mut cursor, pos);
            assert_eq!(index.next_change(cursor), next, "{pos}");
        }
    }
}
