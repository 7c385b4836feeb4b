//! The line-level predicate shared by layout and outline: does a line open with a heading or list
//! marker ("II.", "2.3", "a)", "Agendapunt 3:", "## ", "•"), or is it written in capitals?
//!
//! Layout uses it to start a new block where pdftotext left no blank line; outline uses the same
//! function on the repaired heading text to read the number and the title. Keeping one predicate
//! means the two stages cannot disagree about what a heading looks like.

/// A numbering or marker scheme. Outline nests schemes in the order the document uses them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Scheme {
    /// `I.`, `IV)`.
    Roman,
    /// `ii.`, `iv)` (two letters or more; a lone `i` is a letter).
    RomanLower,
    /// `1.`, `12)`.
    Arabic,
    /// `2.1`, `2.3.4`: the number of components.
    Decimal(u8),
    /// `a)`, `b.`, `(c)`.
    LetterLower,
    /// `A.`, `B)`.
    LetterUpper,
    /// `Agendapunt 3:`, `Item 3:`.
    Agenda,
    /// `Chapter 2`, `Hoofdstuk 3: Title`, `Annex I`: a word that names the division.
    Chapter,
    /// `Part II`, `Deel 2`: a division above chapters.
    Part,
    /// Markdown `#` headings: the number of `#`.
    Markdown(u8),
    /// A line without lower-case letters.
    AllCaps,
    /// `•`, `-`, `–`, `*` list bullets.
    Bullet,
}

/// What [`cue`] found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The scheme.
    pub scheme: Scheme,
    /// Byte range of the number as written (`II`, `2.1`, `a`, `3`); empty for bullets, caps and
    /// Markdown.
    pub number: (usize, usize),
    /// Where the title starts.
    pub title_start: usize,
}

impl Cue {
    /// Whether the marker may open a heading (the title starts with a capital or a digit, and the
    /// marker is not a bullet).
    pub fn may_head(&self, line: &str) -> bool {
        if self.scheme == Scheme::Bullet {
            return false;
        }
        // "Chapter 2" alone on its line: its title is on the next.
        if self.bare() {
            return true;
        }
        let title = without_agenda_marks(&line[self.title_start..]);
        match title.chars().next() {
            Some(c) => {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || c == '"'
                    || c == '\u{201C}'
                    || small_letter_name(title)
            }
            None => false,
        }
    }
}

/// Whether `title` opens with a name written with a small letter before capitals (`eIDAS`,
/// `iOS`, `mRNA`, `eHealth`): one or two small letters, then a capital in the same word. A
/// sentence's small first word (`de Raad`, `van Dijk`) has no capital in it.
fn small_letter_name(title: &str) -> bool {
    let b = title.as_bytes();
    let small = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    (1..=2).contains(&small) && b.get(small).is_some_and(u8::is_ascii_uppercase)
}

/// The marks a Council agenda sets before an item's title, each followed by spaces: `(poss.)`
/// (an item that may be taken), `(LA)` (a legislative act to adopt).
const AGENDA_MARKS: [&str; 2] = ["(poss.)", "(LA)"];

/// `title` after the marks of [`AGENDA_MARKS`] that open it.
pub(crate) fn without_agenda_marks(mut title: &str) -> &str {
    // The first byte first: most titles open with a letter.
    loop {
        let b = title.as_bytes();
        let mark = match b.first() {
            Some(b'(') => AGENDA_MARKS
                .iter()
                .find(|m| title.starts_with(*m))
                .map_or(0, |m| m.len()),
            _ => 0,
        };
        if mark == 0 || b.get(mark) != Some(&b' ') {
            return title;
        }
        title = title[mark..].trim_start_matches(' ');
    }
}

/// `title` without a mark set after it at the right margin, past a gap of spaces: an outcome's
/// `(LS)` (a public session), an agenda's `(LD)`, `(PD)`, a bracket of one to four capitals.
pub(crate) fn without_trailing_mark(title: &str) -> &str {
    // The last byte first: most titles end in a letter.
    let Some(inner) = title.strip_suffix(')') else {
        return title;
    };
    let Some(open) = inner.rfind('(') else {
        return title;
    };
    let mark = &inner[open + 1..];
    if !(1..=4).contains(&mark.len()) || !mark.bytes().all(|b| b.is_ascii_uppercase()) {
        return title;
    }
    match inner[..open].strip_suffix("   ") {
        Some(head) if !head.trim().is_empty() => head.trim_end(),
        _ => title,
    }
}

/// Whether `line` is the bare label of a question or an answer in a paper of parliamentary
/// questions (`Vraag 1`, `Antwoord 3`, `Question 2`): a heading on its own line, whose text
/// follows as a paragraph.
pub(crate) fn is_question_label(line: &str) -> bool {
    cue(line).is_some_and(|c| {
        c.bare()
            && ["vraag", "antwoord", "question", "answer"].iter().any(|w| {
                line.get(..w.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(w))
            })
    })
}

impl Cue {
    /// Whether this is a division word and number with nothing after them ("Chapter 2",
    /// "Hoofdstuk 3"): the title is the next line.
    pub fn bare(&self) -> bool {
        matches!(self.scheme, Scheme::Chapter | Scheme::Part) && self.number.1 == self.title_start
    }
}

/// Words that name a document's divisions, compared without case, with their scheme. A line
/// that starts with one, a number (Arabic, or Roman in capitals) and then nothing or a title
/// in capitals is a heading: "Part 2 of the budget" is a sentence. The questions and answers
/// of a paper of parliamentary questions (`Vraag 1`, `Antwoord 1`) are its divisions too.
const DIVISION_WORDS: [(&str, Scheme); 13] = [
    ("chapter", Scheme::Chapter),
    ("hoofdstuk", Scheme::Chapter),
    ("annex", Scheme::Chapter),
    ("bijlage", Scheme::Chapter),
    ("appendix", Scheme::Chapter),
    ("part", Scheme::Part),
    ("deel", Scheme::Part),
    ("section", Scheme::Chapter),
    ("afdeling", Scheme::Chapter),
    ("vraag", Scheme::Chapter),
    ("antwoord", Scheme::Chapter),
    ("question", Scheme::Chapter),
    ("answer", Scheme::Chapter),
];

/// Division words whose numbers restart beside the chapters' (`Annex 1`, `Vraag 1`): the word
/// stays in the number, so that it does not read as a chapter's.
const WORD_IN_NUMBER: [&str; 7] = [
    "annex", "bijlage", "appendix", "vraag", "antwoord", "question", "answer",
];

/// `Chapter 2`, `Chapter 2: Title`, `Hoofdstuk 3 – Title`, `Annex II. Title`, `Part 1 Title`.
fn division(line: &str) -> Option<Cue> {
    let bytes = line.as_bytes();
    // Runs on most lines that start with a letter: decide on the first letter, the length of
    // a division word that starts with it, and the byte after that (a number) before
    // comparing words.
    let space = match bytes.first().map(|b| b | 0x20) {
        Some(b'c' | b'b' | b's') => 7,
        Some(b'h') => 9,
        Some(b'p' | b'd') => 4,
        Some(b'v') => 5,
        Some(b'q') => 8,
        Some(b'a') if bytes.get(5) == Some(&b' ') => 5,
        Some(b'a') if bytes.get(6) == Some(&b' ') => 6,
        Some(b'a') => 8,
        _ => return None,
    };
    if bytes.get(space) != Some(&b' ') {
        return None;
    }
    let after = *bytes.get(space + 1)?;
    if !after.is_ascii_uppercase() && !after.is_ascii_digit() {
        return None;
    }
    let (word, scheme) = DIVISION_WORDS
        .iter()
        .find(|(w, _)| w.len() == space && bytes[..space].eq_ignore_ascii_case(w.as_bytes()))?;
    let start = word.len() + 1;
    let annex = WORD_IN_NUMBER.contains(word);
    let arabic = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let roman = || {
        bytes[start..]
            .iter()
            .take_while(|b| b"IVXLC".contains(b))
            .count()
    };
    // Annexes and parts are lettered as often as numbered ("Annex A. Key figures", "Bijlage
    // B", "Part A — Achievements"): one capital that ends the word.
    let lettered = || {
        usize::from(
            (matches!(*word, "annex" | "bijlage" | "appendix") || *scheme == Scheme::Part)
                && after.is_ascii_uppercase()
                && !bytes.get(start + 1).is_some_and(u8::is_ascii_alphanumeric),
        )
    };
    let digits = if arabic > 0 {
        arabic
    } else {
        match roman() {
            0 => lettered(),
            n => n,
        }
    };
    if digits == 0 || digits > 4 {
        return None;
    }
    let number = (if annex { 0 } else { start }, start + digits);
    let mut i = start + digits;
    // An agency report's subdivided part (`Part II (a). Management`): the letter in brackets
    // goes with the number.
    if *scheme == Scheme::Part
        && bytes.get(i..i + 2) == Some(b" (")
        && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)
        && bytes.get(i + 3) == Some(&b')')
    {
        i += 4;
    }
    if i == bytes.len() {
        return Some(Cue {
            scheme: *scheme,
            number,
            title_start: i,
        });
    }
    let rest = &line[i..];
    let sep = [":", ".", " –", " -", " —", " "]
        .into_iter()
        .find(|s| rest.starts_with(s))?;
    i += sep.len();
    let title_start = if sep == " " {
        skip_spaces(bytes, i)
    } else {
        after_marker(bytes, i)?
    };
    let first = line[title_start..].chars().next()?;
    (first.is_uppercase() || first.is_ascii_digit()).then_some(Cue {
        scheme: *scheme,
        number,
        title_start,
    })
}

/// Words that open an agenda item, compared without case.
const AGENDA_WORDS: [&str; 5] = ["agendapunt", "agenda item", "item", "punt", "point"];

/// Words that open an agenda item without a number ("Agendapunt: Title"); the shorter words of
/// [`AGENDA_WORDS`] ("Item: …", "Point: …") open too many other lines to count without one.
const UNNUMBERED_AGENDA_WORDS: [&str; 2] = ["agendapunt", "agenda item"];

/// Reads the marker at the start of `line` (already trimmed).
pub(crate) fn cue(line: &str) -> Option<Cue> {
    let bytes = line.as_bytes();
    let first = *bytes.first()?;
    match first {
        b'#' => {
            let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
            // A web copy sets a no-break space after the hashes (`##\u{a0}Inleiding`).
            if hashes <= 6 && (bytes.get(hashes) == Some(&b' ') || nbsp_at(bytes, hashes)) {
                let title_start = skip_spaces(bytes, hashes);
                if title_start < bytes.len() {
                    return Some(Cue {
                        scheme: Scheme::Markdown(hashes as u8),
                        number: (0, 0),
                        title_start,
                    });
                }
            }
            None
        }
        // `2040 CLIMATE TARGET`: a heading in capitals may open with a year.
        // `14.30 - 16.30 uur | Werksessie I: …`: a programme's time slot, no decimal number.
        b'0'..=b'9' if time_slot(line).is_some() => None,
        b'0'..=b'9' => numeric(bytes).or_else(|| year_caps(line)),
        b'(' => {
            // "(a) …", "(1) …", "(iv) …"
            let close = bytes.iter().take(6).position(|&b| b == b')')?;
            let inner = &line[1..close];
            let scheme = classify_alpha(inner).or_else(|| {
                (!inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit()))
                    .then_some(Scheme::Arabic)
            })?;
            let title_start = after_marker(bytes, close + 1)?;
            Some(Cue {
                scheme,
                number: (1, close),
                title_start,
            })
        }
        b'*' | b'-' => bullet(bytes, 1),
        _ if first >= 0x80 => {
            let c = line.chars().next()?;
            if matches!(
                c,
                '•' | '●'
                    | '▪'
                    | '◦'
                    | '‣'
                    | '·'
                    | '–'
                    | '—'
                    | '■'
                    | '□'
                    | '\u{F0B7}'
                    | '➢'
                    | '►'
            ) {
                return bullet(bytes, c.len_utf8());
            }
            if let Some(len) = emoji_marker(line) {
                return bullet(bytes, len);
            }
            caps(line)
        }
        // A word processor's second-level bullet, exported as the letter `o` ("o Gas storage
        // regulation"): a capital after it, as no sentence opens with the word `o`.
        b'o' if matches!(bytes.get(1), Some(b' ' | b'\t'))
            && bytes
                .get(skip_spaces(bytes, 1))
                .is_some_and(u8::is_ascii_uppercase) =>
        {
            bullet(bytes, 1)
        }
        _ => {
            if first.is_ascii_alphabetic() {
                if let Some(found) = alpha_marker(line)
                    .or_else(|| agenda(line))
                    .or_else(|| division(line))
                {
                    return Some(found);
                }
            }
            caps(line)
        }
    }
}

/// The length of an emoji that opens `line` as a list's bullet, as communication teams write
/// them (`✅ 61 onderzoeken afgerond`, `👉 De Inspectie …`, `⚠️ Tekorten`): a pictograph, with its
/// variation selector, before a space.
fn emoji_marker(line: &str) -> Option<usize> {
    let mut chars = line.chars();
    let c = chars.next()?;
    let pictograph = matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B50}' | '\u{2B55}' | '\u{2B06}'..='\u{2B07}' | '\u{2190}'..='\u{21FF}');
    if !pictograph {
        return None;
    }
    let mut len = c.len_utf8();
    if line[len..].starts_with('\u{FE0F}') {
        len += '\u{FE0F}'.len_utf8();
    }
    Some(len)
}

/// A word processor's second-level bullet `o` before a lower-case item (`o de drempel is
/// verhoogd;`), which [`cue`] leaves alone: the caller checks that a list is going on.
pub(crate) fn lower_o_bullet(line: &str) -> Option<Cue> {
    let bytes = line.as_bytes();
    (bytes.first() == Some(&b'o')
        && matches!(bytes.get(1), Some(b' ' | b'\t'))
        && bytes
            .get(skip_spaces(bytes, 1))
            .is_some_and(u8::is_ascii_lowercase))
    .then(|| bullet(bytes, 1))
    .flatten()
}

fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' => i += 1,
            _ if nbsp_at(bytes, i) => i += 2,
            _ => break,
        }
    }
    i
}

/// A no-break space (U+00A0, two bytes in UTF-8) at `i`: word processors set one after a
/// heading's number ("1.\u{a0}Title") to keep it on the title's line.
fn nbsp_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i) == Some(&0xC2) && bytes.get(i + 1) == Some(&0xA0)
}

/// After a marker there must be white space and then text.
fn after_marker(bytes: &[u8], i: usize) -> Option<usize> {
    if !matches!(bytes.get(i), Some(b' ' | b'\t')) && !nbsp_at(bytes, i) {
        return None;
    }
    let start = skip_spaces(bytes, i);
    (start < bytes.len()).then_some(start)
}

fn bullet(bytes: &[u8], len: usize) -> Option<Cue> {
    let title_start = after_marker(bytes, len)?;
    Some(Cue {
        scheme: Scheme::Bullet,
        number: (0, 0),
        title_start,
    })
}

/// `1.`, `1)`, `2.1`, `2.3.4.`, `2.1 Title`.
/// Where the title starts after the time slot that opens a line of a meeting's programme:
/// `14.30 - 16.30 uur | Werksessie I: Uitbreiding`, `20.00 uur: Werkdiner`, `09.30–11.00
/// Session II - Energy`. A time is `H.MM` or `HH:MM`; a range of two, or a unit (`uur`, `u.`,
/// `h`, `hrs`) after it, tells it from a section's number (`14.30 Title` stays one); a
/// separator (`|`, a dash, a colon) or a space sets the title off, whose first letter is a
/// capital. `None` for any other line.
pub(crate) fn time_slot(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = clock(b, 0)?;
    let spaces = |b: &[u8], mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut range = false;
    let j = spaces(b, i);
    let dash = match b.get(j..) {
        Some([b'-', ..]) => Some(j + 1),
        Some([0xE2, 0x80, 0x93 | 0x94, ..]) => Some(j + 3),
        Some([b't', b'o', b't', b' ', ..]) => Some(j + 3),
        _ => None,
    };
    if let Some(end) = dash.and_then(|d| clock(b, spaces(b, d))) {
        i = end;
        range = true;
    }
    let j = spaces(b, i);
    let unit = ["uur", "u.", "h", "hrs", "hours"].iter().find_map(|u| {
        let rest = b.get(j..)?;
        (rest.len() > u.len()
            && rest[..u.len()].eq_ignore_ascii_case(u.as_bytes())
            && !rest[u.len()].is_ascii_alphanumeric())
        .then_some(j + u.len())
    });
    if let Some(end) = unit {
        i = end;
    } else if !range {
        return None;
    }
    // The separator, then the title.
    let gap = spaces(b, i) - i;
    let k = i + gap;
    let after = match b.get(k..)? {
        [b'|' | b'-' | b':', ..] => k + 1,
        [0xE2, 0x80, 0x93 | 0x94, ..] => k + 3,
        [b'\t', ..] => k + 1,
        _ if gap >= 1 => k,
        _ => return None,
    };
    let mut t = after;
    while matches!(b.get(t), Some(b' ' | b'\t')) {
        t += 1;
    }
    let first = line.get(t..)?.chars().next()?;
    first.is_uppercase().then_some(t)
}

/// The end of a time of day at `i` (`9.30`, `14:30`), hours up to 23 and minutes up to 59.
fn clock(b: &[u8], i: usize) -> Option<usize> {
    let hours = b
        .get(i..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&hours) || !matches!(b.get(i + hours), Some(b'.' | b':')) {
        return None;
    }
    let h: u32 = std::str::from_utf8(&b[i..i + hours]).ok()?.parse().ok()?;
    let m = b.get(i + hours + 1..i + hours + 3)?;
    let end = i + hours + 3;
    (h <= 23
        && m[0].is_ascii_digit()
        && (b'0'..=b'5').contains(&m[0])
        && m[1].is_ascii_digit()
        && !b.get(end).is_some_and(u8::is_ascii_digit))
    .then_some(end)
}

fn numeric(bytes: &[u8]) -> Option<Cue> {
    let mut i = 0;
    let mut parts = 0u8;
    loop {
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        i += digits;
        parts += 1;
        match bytes.get(i) {
            Some(b'.') if bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()) => i += 1,
            _ => break,
        }
    }
    let number_end = i;
    let scheme = if parts > 1 {
        Scheme::Decimal(parts)
    } else {
        Scheme::Arabic
    };
    match bytes.get(i) {
        // A Council agenda marks an item on which a vote may be asked with an asterisk
        // (`4.*    Council Decision …`).
        Some(b'.') if parts == 1 && bytes.get(i + 1) == Some(&b'*') => i += 2,
        Some(b'.') | Some(b')') => i += 1,
        // "2.1 Title" needs no closing dot; a bare "12 lidstaten" is a sentence.
        Some(b' ') | Some(b'\t') if parts > 1 => {}
        Some(0xC2) if parts > 1 && nbsp_at(bytes, i) => {}
        _ => return None,
    }
    let mut title_start = after_marker(bytes, i)?;
    // The first of a number's lettered items on its line (`9.    a)    Outcome of the
    // conference`, then `b)` …): the number's title is the first item's, whose letters
    // follow under it.
    if bytes.get(title_start).is_some_and(u8::is_ascii_lowercase)
        && bytes.get(title_start + 1) == Some(&b')')
    {
        if let Some(t) = after_marker(bytes, title_start + 2) {
            if bytes[t].is_ascii_uppercase() {
                title_start = t;
            }
        }
    }
    Some(Cue {
        scheme,
        number: (0, number_end),
        title_start,
    })
}

/// Which alphabetic scheme a marker like `a`, `B`, `iv`, `II` belongs to.
fn classify_alpha(marker: &str) -> Option<Scheme> {
    let is_roman_upper = |s: &str| !s.is_empty() && s.bytes().all(|b| b"IVXLC".contains(&b));
    let is_roman_lower = |s: &str| !s.is_empty() && s.bytes().all(|b| b"ivxlc".contains(&b));
    match marker.len() {
        1 => {
            let b = marker.as_bytes()[0];
            // A lone I, V or X is more often a Roman numeral than the ninth letter.
            if matches!(b, b'I' | b'V' | b'X') {
                Some(Scheme::Roman)
            } else if b.is_ascii_uppercase() {
                Some(Scheme::LetterUpper)
            } else if b.is_ascii_lowercase() {
                Some(Scheme::LetterLower)
            } else {
                None
            }
        }
        2..=6 if is_roman_upper(marker) => Some(Scheme::Roman),
        2..=6 if is_roman_lower(marker) => Some(Scheme::RomanLower),
        _ => None,
    }
}

/// `II. Title`, `a) item`, `B. Title`.
fn alpha_marker(line: &str) -> Option<Cue> {
    let bytes = line.as_bytes();
    let len = bytes
        .iter()
        .take(7)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if !matches!(bytes.get(len), Some(b'.' | b')')) {
        return None;
    }
    // `A.01   Summary report …`, `B.03`: a standing committee's summary record numbers its
    // items by the part's letter and two figures, as a two-part decimal number.
    if len == 1 && bytes[0].is_ascii_uppercase() && bytes[1] == b'.' {
        let digits = bytes[2..].iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 2 {
            let title_start = after_marker(bytes, 4)?;
            return Some(Cue {
                scheme: Scheme::Decimal(2),
                number: (0, 4),
                title_start,
            });
        }
    }
    let scheme = classify_alpha(&line[..len])?;
    let title_start = after_marker(bytes, len + 1)?;
    Some(Cue {
        scheme,
        number: (0, len),
        title_start,
    })
}

/// `Agendapunt 3: Title`, `Item 3 – Title`, `Agenda item 3. Title`.
fn agenda(line: &str) -> Option<Cue> {
    let bytes = line.as_bytes();
    // Runs on most lines: the agenda words start with `a`, `i` or `p`.
    if !matches!(bytes.first().map(|b| b | 0x20), Some(b'a' | b'i' | b'p')) {
        return None;
    }
    for word in UNNUMBERED_AGENDA_WORDS {
        // "Agendapunt: Title": the Dutch annotated agenda names its items without numbers.
        if bytes.len() > word.len() + 2
            && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
            && bytes[word.len()] == b':'
        {
            let title_start = after_marker(bytes, word.len() + 1)?;
            return Some(Cue {
                scheme: Scheme::Agenda,
                number: (word.len(), word.len()),
                title_start,
            });
        }
    }
    for word in AGENDA_WORDS {
        if bytes.len() > word.len() + 2
            && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
            && bytes[word.len()] == b' '
        {
            let start = word.len() + 1;
            let digits = bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if digits == 0 || digits > 3 {
                return None;
            }
            let mut i = start + digits;
            let rest = &line[i..];
            let sep = [":", ".", " –", " -", " —"]
                .into_iter()
                .find(|s| rest.starts_with(s))?;
            i += sep.len();
            let title_start = after_marker(bytes, i)?;
            return Some(Cue {
                scheme: Scheme::Agenda,
                number: (start, start + digits),
                title_start,
            });
        }
    }
    None
}

/// A line of capitals opened by a year (`2040 CLIMATE TARGET`, `2027 BUDGET`): four digits
/// from 1900 to 2099, a space, then a line of capitals.
#[cold]
fn year_caps(line: &str) -> Option<Cue> {
    let b = line.as_bytes();
    let year = b.len() > 5
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(&b[..2], b"19" | b"20")
        && b[4] == b' ';
    if !year || !b[5].is_ascii_uppercase() {
        return None;
    }
    caps(&line[5..])
}

/// A line of capitals: at least four letters, none lower-case, a word of three letters or more.
fn caps(line: &str) -> Option<Cue> {
    let mut letters = 0usize;
    let mut run = 0usize;
    let mut longest = 0usize;
    for c in line.chars() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return None;
            }
            letters += 1;
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    // A line of document numbers (`SWD(2026) 388; SEC(2026) 401`) is no heading: a code's
    // capitals run into a bracket and a digit.
    let code = || {
        line.as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_uppercase() && w[1] == b'(' && w[2].is_ascii_digit())
    };
    (letters >= 4 && longest >= 3 && !line.ends_with(',') && !code()).then_some(Cue {
        scheme: Scheme::AllCaps,
        number: (0, 0),
        title_start: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(line: &str) -> String {
        match cue(line) {
            None => "-".to_string(),
            Some(c) => format!(
                "{:?} {:?} {:?} head={}",
                c.scheme,
                &line[c.number.0..c.number.1],
                &line[c.title_start..],
                c.may_head(line)
            ),
        }
    }

    #[test]
    fn table() {
        let rows = [
            (
                "I. Binnenlandse Zaken",
                "Roman \"I\" \"Binnenlandse Zaken\" head=true",
            ),
            ("II. Justitie", "Roman \"II\" \"Justitie\" head=true"),
            (
                "1. Impact oorlog",
                "Arabic \"1\" \"Impact oorlog\" head=true",
            ),
            ("2.1 Scope", "Decimal(2) \"2.1\" \"Scope\" head=true"),
            // A no-break space after the number, as word processors write it.
            (
                "1.\u{a0}Westelijke Balkan",
                "Arabic \"1\" \"Westelijke Balkan\" head=true",
            ),
            (
                "2.1\u{a0}\u{a0}Scope",
                "Decimal(2) \"2.1\" \"Scope\" head=true",
            ),
            ("12\u{a0}lidstaten", "-"),
            ("1.\u{a0}", "-"),
            ("2.3.4. Scope", "Decimal(3) \"2.3.4\" \"Scope\" head=true"),
            (
                "a) de lidstaten",
                "LetterLower \"a\" \"de lidstaten\" head=false",
            ),
            ("(b) Second", "LetterLower \"b\" \"Second\" head=true"),
            ("B. Justice", "LetterUpper \"B\" \"Justice\" head=true"),
            ("iv) fourth", "RomanLower \"iv\" \"fourth\" head=false"),
            (
                "Agendapunt 3: Migratie",
                "Agenda \"3\" \"Migratie\" head=true",
            ),
            ("Item 12 – Budget", "Agenda \"12\" \"Budget\" head=true"),
            (
                "Agendapunt: Rechtsstaatdialoog",
                "Agenda \"\" \"Rechtsstaatdialoog\" head=true",
            ),
            ("Agenda item: Budget", "Agenda \"\" \"Budget\" head=true"),
            ("Item: Budget", "-"),
            ("Agendapunt:", "-"),
            ("## Finances", "Markdown(2) \"\" \"Finances\" head=true"),
            ("• een punt", "Bullet \"\" \"een punt\" head=false"),
            ("- a point", "Bullet \"\" \"a point\" head=false"),
            ("– a point", "Bullet \"\" \"a point\" head=false"),
            (
                "OUTCOME OF THE COUNCIL",
                "AllCaps \"\" \"OUTCOME OF THE COUNCIL\" head=true",
            ),
            ("12 lidstaten steunden", "-"),
            ("2022 was een jaar", "-"),
            (
                "1.5 miljoen euro",
                "Decimal(2) \"1.5\" \"miljoen euro\" head=false",
            ),
            ("EU", "-"),
            ("Item", "-"),
            ("#hashtag", "-"),
            ("-5 graden", "-"),
            ("Nr. 771", "-"),
            ("Chapter 2", "Chapter \"2\" \"\" head=true"),
            (
                "Hoofdstuk 3: Financiën",
                "Chapter \"3\" \"Financiën\" head=true",
            ),
            (
                "Chapter 1 Governance",
                "Chapter \"1\" \"Governance\" head=true",
            ),
            (
                "Annex II – Tables",
                "Chapter \"Annex II\" \"Tables\" head=true",
            ),
            ("Part I", "Part \"I\" \"\" head=true"),
            ("Part 2 of the budget went to staff.", "-"),
            ("Deel 2 van de begroting", "-"),
            ("Section 3 applies", "-"),
            ("Chapters 2 and 3", "-"),
            ("Bijlage", "-"),
            // Lettered annexes; a word after the division word is no letter.
            (
                "Annex A. Key figures",
                "Chapter \"Annex A\" \"Key figures\" head=true",
            ),
            ("Bijlage B", "Chapter \"Bijlage B\" \"\" head=true"),
            (
                "Appendix C – Glossary",
                "Chapter \"Appendix C\" \"Glossary\" head=true",
            ),
            ("Annex Data tables", "-"),
            ("Chapter A. Intro", "-"),
            ("Annex AB", "-"),
            // Lettered parts.
            (
                "Part A — Achievements of the year",
                "Part \"A\" \"Achievements of the year\" head=true",
            ),
            ("Deel B: Beheer", "Part \"B\" \"Beheer\" head=true"),
            ("Part A of the report was read.", "-"),
            ("Part AB", "-"),
        ];
        for (line, want) in rows {
            assert_eq!(show(line), want, "{line}");
        }
    }
}
