//! Repaired text and outline → metadata: kind, title, dates, place, reference, signatories.
//!
//! Everything here reads the front matter (the blocks before the first section, at most
//! [`FRONT_BLOCKS`]) plus the removed running headers, so its cost does not grow with the
//! length of the report; only the language guess samples the body.

pub mod dates;

use crate::layout::{BlockKind, Layout};
use crate::model::{DocumentKind, Language, Metadata, Reference, Section, Signatory};
use std::borrow::Cow;

/// How many blocks of front matter are read at most.
const FRONT_BLOCKS: usize = 60;
/// How many blocks after the front matter may place a meeting that the title dates.
const PLACE_PARAGRAPHS: usize = 4;
/// How much text the language guess samples.
const LANGUAGE_SAMPLE: usize = 64 * 1024;

// The references are read by small hand-written scanners rather than regexes: compiling the
// five patterns cost about 2 million instructions (tens of milliseconds of cold WebAssembly on
// a page's first call) and the regex crate about 200 KB of the bundle. Each scanner says the
// pattern it matches, in regex syntax with ASCII `\s` and `\b`; the patterns are kept in the
// tests as the reference. Front-matter lines are normalised first (see `ascii_spaces`), so
// no-break spaces still count as `\s`; names with diacritics are read by the scanners
// `place_before_date` and `place_after_date`.

/// ASCII white space as a regex's `\s` without Unicode: with the vertical tab.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).copied().is_some_and(is_space) {
        i += 1;
    }
    i
}

/// The end of exactly `n` ASCII digits at `i`.
fn digits(b: &[u8], i: usize, n: usize) -> Option<usize> {
    b.get(i..i + n)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        .then_some(i + n)
}

/// The number of bytes from `i` on that satisfy `f`.
fn run(b: &[u8], i: usize, f: impl Fn(&u8) -> bool) -> usize {
    b.get(i..)
        .map_or(0, |r| r.iter().take_while(|c| f(c)).count())
}

/// The end of `word` (ASCII case ignored) at `i`.
fn word(b: &[u8], i: usize, word: &str) -> Option<usize> {
    b.get(i..i + word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        .then_some(i + word.len())
}

/// `(?i)vergaderjaar\s+([0-9]{4})\s*(?:–|-)\s*([0-9]{4})` at `i`: the years and the end.
fn session_year_at(line: &str, i: usize) -> Option<(&str, &str, usize)> {
    let b = line.as_bytes();
    let k = word(b, i, "vergaderjaar")?;
    let y1 = skip_spaces(b, k);
    let e1 = digits(b, y1, 4).filter(|_| y1 > k)?;
    let d = skip_spaces(b, e1);
    let d = word(b, d, "–").or_else(|| word(b, d, "-"))?;
    let y2 = skip_spaces(b, d);
    let e2 = digits(b, y2, 4)?;
    Some((line.get(y1..e1)?, line.get(y2..e2)?, e2))
}

/// Where "vergaderjaar" may start: every `v`, in order.
fn session_year_candidates(line: &str) -> impl Iterator<Item = usize> + '_ {
    line.bytes()
        .enumerate()
        .filter(|(_, c)| c.eq_ignore_ascii_case(&b'v'))
        .map(|(i, _)| i)
}

/// The first session year in `line`: "vergaderjaar 2021–2022".
fn session_year(line: &str) -> Option<(&str, &str)> {
    session_year_candidates(line)
        .find_map(|i| session_year_at(line, i))
        .map(|(first, second, _)| (first, second))
}

/// A reference on one line: "Tweede Kamer, vergaderjaar 2021–2022, 32 317, nr. 771".
#[derive(Debug, PartialEq, Eq)]
struct OneLineReference<'a> {
    first_year: &'a str,
    second_year: &'a str,
    dossier: &'a str,
    number: &'a str,
}

/// The first one-line reference in `line`: the session year, then
/// `(?:,\s*|\s+)([0-9]{2}\s?[0-9]{3}(?:-[0-9A-Za-z]{1,4})?)(?:,\s*|\s+)(?i)nr\.\s*([0-9]+)`:
/// a Kamerstuk's head sets the parts apart by commas, or by spaces alone (`Vergaderjaar
/// 2026–2027 21 501-20 nr. 2301`).
fn one_line_reference(line: &str) -> Option<OneLineReference<'_>> {
    let b = line.as_bytes();
    // A comma and any spaces, or one space or more.
    let apart = |k: usize| match word(b, k, ",") {
        Some(k) => Some(skip_spaces(b, k)),
        None => Some(skip_spaces(b, k)).filter(|&e| e > k),
    };
    session_year_candidates(line).find_map(|i| {
        let (first_year, second_year, end) = session_year_at(line, i)?;
        let start = apart(end)?;
        let k = dossier_end(b, start)?;
        let dossier = line.get(start..k)?;
        let (k, n) = paper_number(b, apart(k)?)?;
        Some(OneLineReference {
            first_year,
            second_year,
            dossier,
            number: line.get(k..k + n)?,
        })
    })
}

/// A Kamerstuk cited alone on its line, as a web copy heads the paper or a printed paper's
/// footer ends it (`Kamerstuk 21 501-04, nr. 291`, `Kamerstukken II 2025/26, 21501-04, nr.
/// 291`): its dossier and its number. A citation inside a sentence cites another paper.
fn kamerstuk_citation(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let b = line.as_bytes();
    let mut k = word(b, 0, "kamerstukken ").or_else(|| word(b, 0, "kamerstuk "))?;
    k = skip_spaces(b, k);
    // The chamber and the session year: `II 2025/26,`.
    if let Some(e) = word(b, k, "II ").or_else(|| word(b, k, "I ")) {
        k = skip_spaces(b, e);
    }
    if let Some(e) = digits(b, k, 4).filter(|&e| b.get(e) == Some(&b'/')) {
        let e = digits(b, e + 1, 2)?;
        k = skip_spaces(b, word(b, e, ",")?);
    }
    let start = k;
    let k = dossier_end(b, start)?;
    let dossier = line.get(start..k)?;
    let (k, n) = paper_number(b, skip_spaces(b, word(b, k, ",").unwrap_or(k)))?;
    (k + n == b.len()).then(|| (dossier, &line[k..k + n]))
}

/// The end of a dossier's number at `start`: `21 501-04`, `21501-04`, `36 600`.
fn dossier_end(b: &[u8], start: usize) -> Option<usize> {
    let mut k = digits(b, start, 2)?;
    if b.get(k).copied().is_some_and(is_space) {
        k += 1;
    }
    k = digits(b, k, 3)?;
    if b.get(k) == Some(&b'-') {
        let n = run(b, k + 1, u8::is_ascii_alphanumeric);
        k = (1..=4).contains(&n).then_some(k + 1 + n)?;
    }
    Some(k)
}

/// Where the paper's number after `nr.` at `k` starts, and its length (at least one digit).
fn paper_number(b: &[u8], k: usize) -> Option<(usize, usize)> {
    let k = skip_spaces(b, word(b, k, "nr.")?);
    let n = run(b, k, u8::is_ascii_digit);
    (n > 0).then_some((k, n))
}

/// The dossier number at the start of a line and the end of the spaces after it:
/// `^([0-9]{2}\s[0-9]{3}(?:-[0-9A-Z]{1,4})?)(?:\s+|$)`. Its title (the rest) is checked by
/// [`dossier`].
fn dossier_number(line: &str) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    let k = digits(b, 0, 2)?;
    let k = digits(b, k + 1, 3).filter(|_| b.get(k).copied().is_some_and(is_space))?;
    let k = if b.get(k) == Some(&b'-') {
        let n = run(b, k + 1, |c| c.is_ascii_uppercase() || c.is_ascii_digit());
        (1..=4).contains(&n).then_some(k + 1 + n)?
    } else {
        k
    };
    let end = skip_spaces(b, k);
    if end == k && k < b.len() {
        return None;
    }
    Some((line.get(..k)?, end))
}

/// The number of a "nr. 771" line: `(?i)^nr\.\s*([0-9]+)\b`.
fn number(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let k = skip_spaces(b, word(b, 0, "nr.")?);
    let n = run(b, k, u8::is_ascii_digit);
    let boundary = !b
        .get(k + n)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    line.get(k..k + n).filter(|_| n > 0 && boundary)
}

/// A Council document number ("14602/24", "ST 14602/24"), or a short one with its series
/// ("EUCO 12/26": the number alone would name nothing):
/// `^(?:[A-Z]{2,5}\s([0-9]{3,5}/[0-9]{2})|([A-Z]{2,5}\s[0-9]{1,2}/[0-9]{2})|([0-9]{3,5}/[0-9]{2}))(?:\s|$)`.
fn council_document(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let letters = run(b, 0, u8::is_ascii_uppercase);
    let series = (2..=5).contains(&letters) && b.get(letters).copied().is_some_and(is_space);
    let start = if series { letters + 1 } else { 0 };
    let n = run(b, start, u8::is_ascii_digit);
    let short = series && (1..=2).contains(&n);
    let k = ((3..=5).contains(&n) || short).then_some(start + n)?;
    let start = if short { 0 } else { start };
    let k = digits(b, word(b, k, "/")?, 2)?;
    let ends = b.get(k).is_none_or(|&c| is_space(c));
    line.get(start..k).filter(|_| ends)
}

/// "32 317 JBZ-Raad" → the dossier number and its title, if the line is nothing else: a title
/// starts with a letter and is at most 81 characters on one line.
fn dossier(line: &str) -> Option<(&str, Option<&str>)> {
    let (number, end) = dossier_number(line)?;
    let rest = line.get(end..)?.trim_end();
    if rest.is_empty() {
        return Some((number, None));
    }
    let fits = rest.chars().next().is_some_and(char::is_alphabetic)
        && !rest.contains('\n')
        && rest.chars().count() <= 81;
    fits.then_some((number, Some(rest)))
}

/// The title of `dossier` when pdftotext read its cover's left column first: the dossier's
/// number alone on its line, perhaps the paper's number under it, then the right column's first
/// line, a title in sentence case ("Raad voor Economische en Financiële Zaken"), not the paper's
/// kind in capitals ("BRIEF VAN DE MINISTER …") nor an address.
fn column_dossier_title<'a>(
    front: &[(usize, &'a str, BlockKind)],
    dossier: &str,
) -> Option<&'a str> {
    let at = front
        .iter()
        .position(|(_, s, _)| self::dossier(s.trim()) == Some((dossier, None)))?;
    let (_, title, _) = front[at + 1..]
        .iter()
        .take(2)
        .find(|(_, s, _)| number(s.trim()).is_none())?;
    let title = title.trim();
    (crate::layout::is_unnumbered_heading(title)
        && title.chars().any(char::is_lowercase)
        && !title.contains('\n')
        && !title.bytes().any(|b| b.is_ascii_digit())
        && !["Aan ", "De ", "Het "].iter().any(|w| title.starts_with(w))
        && !announces_document(title))
    .then_some(title)
}

/// Whether `title` is a speech's notice to the press, not its title: `Check against delivery`,
/// `Only the spoken word counts`, `Seul le prononcé fait foi`.
pub(crate) fn delivery_notice(title: &str) -> bool {
    let t = title.trim().trim_matches(['*', '_', '(', ')', '.']);
    [
        "check against delivery",
        "only the spoken word counts",
        "seul le prononcé fait foi",
    ]
    .iter()
    .any(|n| t.eq_ignore_ascii_case(n))
}

/// "Den Haag, 25 augustus 2022", "Luxembourg, January 14, 2025" → the place: a capitalised
/// place of 2 to 41 letters (with spaces, dots, hyphens, apostrophes) before a comma and a date. A meeting's name in that
/// spot ("Justice and Home Affairs Council, 12 March") is no place: its words are not all
/// capitalised or name a body.
fn place_before_date(line: &str) -> Option<&str> {
    let (place, rest) = line.split_once(',')?;
    let mut chars = place.chars();
    let starts_upper = chars.next().is_some_and(char::is_uppercase);
    let body_ok = chars.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '.' | ' ' | '-'));
    let length = place.chars().count();
    // "Luxembourg, January 14, 2025": the American order starts with the month.
    let rest = rest.trim_start();
    let dated = rest.starts_with(|c: char| c.is_ascii_digit())
        || rest.split_once(' ').is_some_and(|(m, day)| {
            let digits = day.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits) && dates::month(m).is_some()
        });
    let named = place.split(' ').all(|w| {
        let capital = w.starts_with(char::is_uppercase) || PLACE_PARTICLES.contains(&w);
        capital && !BODY_WORDS.iter().any(|b| w.eq_ignore_ascii_case(b))
    });
    // "Tuesday, 12 May 2026": a weekday before the date is no place.
    let weekday = dates::WEEKDAYS
        .iter()
        .any(|w| place.eq_ignore_ascii_case(w));
    (starts_upper && body_ok && named && !weekday && (2..=41).contains(&length) && dated)
        .then_some(place)
}

/// The most words before a Council agenda's date (`Justus Lipsius building, Brussels`).
const MAX_VENUE_WORDS: usize = 8;

/// "Justus Lipsius building, Brussels 16 and 17 November 2026 (10.00)" → the place and the
/// days: a Council agenda's line of where and when, a venue, a comma and a place before the
/// date, which ends the line or is followed by the opening hour in brackets.
fn venue_and_date(s: &str) -> Option<(&str, Vec<String>)> {
    // The comma first: most lines are no venue's.
    let comma = memchr::memrchr(b',', s.as_bytes())?;
    let found = dates::find_all(s);
    let first = found.first()?;
    if first.span.start <= comma {
        return None;
    }
    let tail = s[first.span.end..].trim();
    let hour = tail
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .is_some_and(|t| {
            let b = t.as_bytes();
            matches!(b.len(), 4 | 5)
                && matches!(b[b.len() - 3], b'.' | b':')
                && b.iter().filter(|c| c.is_ascii_digit()).count() == b.len() - 1
        });
    let place = s[comma + 1..first.span.start].trim();
    let head = &s[..comma];
    let named = !place.is_empty()
        && place.len() <= 41
        && place.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !BODY_WORDS.iter().any(|b| w.eq_ignore_ascii_case(b))
        });
    (named
        && (tail.is_empty() || hour)
        && head.starts_with(char::is_uppercase)
        && head.split_whitespace().count() + place.split(' ').count() <= MAX_VENUE_WORDS
        && !head.contains(['.', ':', ';']))
    .then(|| (place, first.iso()))
}

/// Lower-case words inside place names ("Frankfurt am Main", "Bergen op Zoom").
const PLACE_PARTICLES: [&str; 10] = [
    "aan", "am", "an", "de", "del", "den", "der", "la", "op", "sur",
];

/// Words that name a meeting or a body, not a place.
const BODY_WORDS: [&str; 14] = [
    "Council",
    "Raad",
    "Meeting",
    "Vergadering",
    "Summit",
    "Top",
    "Conference",
    "Conferentie",
    "Committee",
    "Comité",
    "Commission",
    "Commissie",
    "Parliament",
    "Parlement",
];

/// "Datum 20 november 2026", "Date: 3 March 2025" → the day: a date field on a line of its
/// own; and the day a Kamerstuk was adopted ("Vastgesteld 12 maart 2031" under "VERSLAG VAN
/// EEN SCHRIFTELIJK OVERLEG"), which dates it as a letter's date does; and a web page's
/// "Published 3 December 2026" ("Published on …"), the day it was put out, and its "Updated …"
/// line. And an e-mail's `Sent: Wednesday 20 January 2027 19:42` (`Verzonden: …`), the day
/// it was sent, its time of day after it.
pub(crate) fn date_field(line: &str) -> Option<String> {
    if line.len() > 60 {
        return None;
    }
    let label_len = [
        "datum",
        "date",
        "vastgesteld",
        "published on",
        "published",
        "last updated",
        "updated on",
        "updated",
        "sent:",
        "verzonden:",
    ]
    .iter()
    .find(|w| {
        line.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    })?
    .len();
    // An e-mail client writes the time after the day (`Sent: … 2027 19:42`).
    let line = match line.rsplit_once(' ') {
        Some((day, time)) if line[..label_len].ends_with(':') && clock_time(time) => day,
        _ => line,
    };
    let rest = line[label_len..].trim_start_matches([':', ' ', '\t']);
    // "Datum: woensdag 3 juni 2026": a weekday may open the value.
    let rest = match rest.split_once(' ') {
        Some((day, after))
            if dates::WEEKDAYS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(day.trim_end_matches(','))) =>
        {
            after.trim_start()
        }
        _ => rest,
    };
    if rest.len() + label_len == line.len() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let found = dates::find_all(rest);
    let first = found
        .first()
        .filter(|m| m.span.start == 0 && m.span.end == rest.len())?;
    (first.dates.len() == 1).then(|| first.dates[0].iso())
}

/// The first date field of the lines, and its block: "Datum 20 november 2026" on one line,
/// or the label alone over its value, as a side column of a letter head sets them ("Datum" ⏎
/// "6 februari 2030").
fn date_field_in(lines: &[(usize, Cow<'_, str>)]) -> Option<(usize, String)> {
    lines.iter().enumerate().find_map(|(k, (i, s))| {
        if let Some(day) = date_field(s) {
            return Some((*i, day));
        }
        // The side column is what stands after the column gap, if the line has two.
        let right = |l: &'_ str| {
            l.trim()
                .rsplit(COLUMN_GAP)
                .next()
                .unwrap_or("")
                .trim()
                .to_owned()
        };
        let label = right(s);
        let label = label.trim_end_matches(':');
        if !(label.eq_ignore_ascii_case("datum") || label.eq_ignore_ascii_case("date")) {
            return None;
        }
        let value = right(&lines.get(k + 1)?.1);
        let value = value.as_str();
        let found = dates::find_all(value);
        let m = found.first()?;
        (m.span.start == 0 && m.span.end == value.len() && m.dates.len() == 1)
            .then(|| (*i, m.dates[0].iso()))
    })
}

/// Verbs that may stand between a meeting's date and its place.
const MEETING_VERBS: [&str; 11] = [
    "vond",
    "vindt",
    "vergaderde",
    "vergadert",
    "kwam",
    "komt",
    "bijeen",
    "took",
    "takes",
    "place",
    "met",
];

/// ", in Praag" or " te Den Haag" right after a date → the place: one capitalised word, and up
/// to three more that are capitalised or particles (`Alphen aan den Rijn`).
fn place_after_date(s: &str) -> Option<&str> {
    let s = s.strip_prefix(',').unwrap_or(s);
    let rest = s.trim_start_matches(char::is_whitespace);
    if rest.len() == s.len() {
        return None;
    }
    // "Op 16 november 2026 vond in Brussel …": a verb of meeting may stand before the place.
    let mut rest = rest;
    for _ in 0..2 {
        let Some((word, after)) = rest.split_once(' ') else {
            break;
        };
        if !MEETING_VERBS.contains(&word) {
            break;
        }
        rest = after.trim_start_matches(char::is_whitespace);
    }
    let preposition = ["in ", "te ", "at "]
        .iter()
        .find(|p| rest.starts_with(**p))?;
    let name = rest[preposition.len() - 1..].trim_start_matches(char::is_whitespace);
    let is_name_char = |c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-');
    let name_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some()
    };
    let mut words = name.split(|c: char| !is_name_char(c));
    let first = words.next().filter(|w| name_word(w))?;
    let mut end = first.len();
    let mut taken = end;
    for word in words.take(3) {
        // Exactly one white-space character between the words.
        let gap = &name[taken..];
        let Some(sep) = gap.chars().next().filter(|c| c.is_whitespace()) else {
            break;
        };
        if !gap[sep.len_utf8()..].starts_with(word) || word.is_empty() {
            break;
        }
        taken += sep.len_utf8() + word.len();
        if name_word(word) {
            end = taken;
        } else if !["aan", "den", "am", "sur", "upon"].contains(&word) {
            break;
        }
    }
    Some(&name[..end])
}

/// How an addressee block starts: "Aan de Voorzitter …", or the address without "Aan" that
/// ministries set in the window of the envelope ("De Voorzitter van de Tweede Kamer"), which
/// must then name a parliament.
const ADDRESSEE_STARTS: [&str; 5] = [
    "aan de ",
    "to the ",
    "de voorzitter van de ",
    "the president of the ",
    "the chair of the ",
];

/// The value of a memo's addressee field, `Verslag aan: de Voorzitter van de Tweede Kamer` (or
/// `Nota aan:`, `Report to:`), up to a column gap.
fn report_to(block: &str) -> Option<&str> {
    let (label, value) = block.split_once(':')?;
    if label.len() > 16 {
        return None;
    }
    let label = label.trim().to_lowercase();
    if !["verslag aan", "nota aan", "memo aan", "report to"].contains(&label.as_str()) {
        return None;
    }
    field_value(value).filter(|v| !v.is_empty())
}

/// A field's value after its colon: its first line, up to a column gap.
fn field_value(value: &str) -> Option<&str> {
    let value = value.trim_start();
    Some(
        value
            .split("   ")
            .next()
            .unwrap_or(value)
            .lines()
            .next()?
            .trim_end(),
    )
}

/// The value of a form's addressee field, its label padded to the colon as a DOS or typewriter
/// form aligns its fields (`Aan      : de voorzitter van de Tweede Kamer`, `To:  the Chair of
/// …`), when an article opens it, as a letter's addressee (not an e-mail's `Aan: Directie …`);
/// up to a column gap.
fn to_field(block: &str) -> Option<&str> {
    let (label, value) = block.split_once(':')?;
    if label.len() > 16 || !["aan", "to"].contains(&label.trim_end().to_lowercase().as_str()) {
        return None;
    }
    let value = field_value(value)?;
    let lower = value.get(..4).unwrap_or(value).to_lowercase();
    (lower.starts_with("de ") || lower.starts_with("the ")).then_some(value)
}

/// Whether `line` is a Council configuration in brackets alone (`(General Affairs)`,
/// `(Environment)`), not a language mark (`(OR. en)`) or a bracket of figures.
fn configuration_line(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) else {
        return false;
    };
    inner.len() <= 60
        && inner.starts_with(|c: char| c.is_uppercase())
        && inner.chars().any(char::is_lowercase)
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | ',' | '&' | '\''))
}

/// The value of a letter's subject field: "Betreft: …", "Betreft   …", "Subject: …".
/// The title a running header gives: its parts between wide gaps that hold two words of three
/// letters or more, page labels (`Page 3 of 12`, `Pagina 2`) left out, joined by a dash.
fn header_title(line: &str) -> Option<String> {
    let parts: Vec<&str> = line
        .split("   ")
        .map(str::trim)
        .filter(|part| {
            let page = crate::layout::is_page_number(part);
            let words = part
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
                .count();
            !page && words >= 2
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" — "))
}

/// `value` without the marks an e-mail client sets before a forwarded or answered subject
/// (`FW: `, `Fwd: `, `RE: `, `Doorst: `, `WG: `, `TR: `, `AW: `), however many.
fn without_forward_marks(mut value: &str) -> &str {
    const MARKS: [&str; 7] = ["fw:", "fwd:", "re:", "doorst:", "wg:", "tr:", "aw:"];
    while let Some(mark) = MARKS.iter().find(|m| {
        value.len() > m.len() && value.as_bytes()[..m.len()].eq_ignore_ascii_case(m.as_bytes())
    }) {
        value = value[mark.len()..].trim_start();
    }
    value
}

fn subject_value(line: &str) -> Option<&str> {
    ["betreft", "onderwerp", "subject"]
        .iter()
        .find_map(|label| {
            let head = line.get(..label.len())?;
            if !head.eq_ignore_ascii_case(label) {
                return None;
            }
            let rest = &line[label.len()..];
            let value = rest.trim_start_matches([':', ' ', '\t']);
            // A side column of one line beside the subject, which layout leaves on its line
            // ("Betreft  Verslag van de Europese Raad …    Uw referentie"): a wide gap ends
            // the subject.
            let value = value.split("   ").next().unwrap_or(value).trim_end();
            // An e-mail forwarded or answered (`Onderwerp: FW: Verslag …`): the subject is
            // the report's, without the mark of the forwarding.
            let value = without_forward_marks(value);
            (value.len() < rest.len() && !value.is_empty()).then_some(value)
        })
}

/// The labels of the sender's own reference in a letter head; `Uw kenmerk` is the
/// addressee's.
const OWN_REFERENCE_LABELS: [&str; 7] = [
    "ons kenmerk",
    "onze referentie",
    "kenmerk",
    "our ref.",
    "our reference",
    "reference",
    "ref.",
];

/// The longest reference a letter head gives.
const MAX_OWN_REFERENCE: usize = 40;

/// What follows one of [`OWN_REFERENCE_LABELS`] that opens `line` (empty when the label stands
/// alone), or `None`.
fn own_reference_label(line: &str) -> Option<&str> {
    OWN_REFERENCE_LABELS.iter().find_map(|label| {
        let head = line.get(..label.len())?;
        if !head.eq_ignore_ascii_case(label) {
            return None;
        }
        let rest = &line[label.len()..];
        (rest.is_empty() || rest.starts_with([':', ' ', '\t']))
            .then(|| rest.trim_start_matches([':', ' ', '\t']))
    })
}

/// A reference value: its words up to a wide gap or a word of letters that is no part of it
/// (the next field's label, "Uw kenmerk" on the same line), with a digit, not too long.
fn own_reference_value(value: &str) -> Option<String> {
    let value = value.split("   ").next().unwrap_or(value);
    let words: Vec<&str> = value
        .split_whitespace()
        .take_while(|w| {
            // "Uw", "Bijlage(n)", "Datum": a capital, then lower-case letters only.
            let mut chars = w.chars();
            !(chars.next().is_some_and(char::is_uppercase)
                && w.len() > 1
                && chars.all(|c| c.is_lowercase() || c == '(' || c == ')'))
        })
        .collect();
    let value = words.join(" ");
    (value.len() <= MAX_OWN_REFERENCE && value.bytes().any(|b| b.is_ascii_digit())).then_some(value)
}

/// The sender's own reference: in the letter head's lines (its value on the label's line or the
/// next one), else in the side column set aside as furniture, the label's text right before
/// its value's.
fn own_reference(lines: &[(usize, Cow<str>)], furniture: &[String]) -> Option<String> {
    let from = |texts: &mut dyn Iterator<Item = &str>| {
        let mut texts = texts.peekable();
        while let Some(line) = texts.next() {
            // A web page's cover line of fields (`Agency · Valenciennes, 26 March 2026 · Ref.
            // ERA-MB/2026/011`): its last field may be the label and its value.
            let field = [" · ", " | "]
                .iter()
                .find_map(|sep| line.rsplit_once(sep).map(|(_, last)| last))
                .and_then(|last| own_reference_label(last.trim()).filter(|r| !r.is_empty()));
            let Some(rest) = field.or_else(|| own_reference_label(line.trim())) else {
                continue;
            };
            let value = if rest.is_empty() {
                texts.peek().copied().unwrap_or_default()
            } else {
                rest
            };
            if let Some(value) = own_reference_value(value) {
                return Some(value);
            }
        }
        None
    };
    from(&mut lines.iter().map(|(_, l)| l.as_ref()))
        .or_else(|| from(&mut furniture.iter().map(String::as_str)))
}

/// Whether a block opens with the envelope's return address (`> Retouradres Postbus 20401 2500
/// EK Den Haag`).
fn return_address(s: &str) -> bool {
    let s = s.strip_prefix("> ").unwrap_or(s);
    s.get(..11)
        .is_some_and(|h| h.eq_ignore_ascii_case("retouradres"))
}

/// A line of a postal address: a post box, or a word of digits (a house number, a postcode).
fn postal_line(line: &str) -> bool {
    line.split_ascii_whitespace().any(|w| {
        let w = w.trim_end_matches(',');
        w.eq_ignore_ascii_case("postbus")
            || (!w.is_empty() && w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// "(meeting …) held in Brussels on 28 November 2024", "held on 3 May 2025 in Luxembourg",
/// "which took place in Vienna on 2 June", "the Board met in Luxembourg on 8 April", "gehouden te Brussel op 12 juni 2025" → the
/// meeting's place and dates. An outcome names the meeting this way in its subject, after a
/// "Brussels, 3 December 2024" line that dates the document, not the meeting.
fn held_phrase(s: &str) -> Option<(String, Vec<String>)> {
    // A title page set in capitals ("HELD IN BRUSSELS ON 23 AND 24 SEPTEMBER 2025") reads as
    // the same phrase in running text's case.
    if s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase) {
        let cased = running_case(s);
        return held_phrase_in(&cased).map(|(place, days)| (place.to_string(), days));
    }
    held_phrase_in(s).map(|(place, days)| (place.to_string(), days))
}

/// A line set in capitals in running text's case: small words (`in`, `on`, `and`, the verbs
/// of meeting) in lower case, every other word capitalised.
fn running_case(s: &str) -> String {
    const SMALL: &[&str] = &[
        "held",
        "took",
        "place",
        "met",
        "and",
        "the",
        "van",
        "het",
        "gehouden",
        "plaatsvond",
    ];
    let lower = s.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for (i, word) in lower.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.chars().count() < 3 || SMALL.contains(&bare) {
            out.push_str(word);
            continue;
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

fn held_phrase_in(s: &str) -> Option<(&str, Vec<String>)> {
    for (trigger, on) in [
        ("held", " on "),
        ("took place", " on "),
        // "The Management Board met in Luxembourg on 8 April 2026": a word of its own.
        (" met", " on "),
        ("gehouden", " op "),
        ("plaatsvond", " op "),
    ] {
        let mut from = 0;
        while let Some(hit) = s[from..].find(trigger) {
            let at = from + hit + trigger.len();
            from = at;
            let rest = &s[at..];
            // "held in Brussels on 28 November 2024"
            if let Some(place) = place_after_date(rest) {
                let after = rest.find(place).map_or(rest.len(), |p| p + place.len());
                let tail = &rest[after..];
                let tail = tail.strip_prefix(',').unwrap_or(tail);
                if let Some(date) = tail.strip_prefix(on) {
                    let found = dates::find_all(date);
                    if let Some(m) = found.first().filter(|m| m.span.start == 0) {
                        return Some((place, m.iso()));
                    }
                }
            }
            // "held on 3 May 2025 in Luxembourg", "held on 3 May 2025"
            if let Some(date) = rest.strip_prefix(on) {
                let found = dates::find_all(date);
                if let Some(m) = found.first().filter(|m| m.span.start == 0) {
                    let place = place_after_date(&date[m.span.end..]).unwrap_or("");
                    return Some((place, m.iso()));
                }
            }
        }
    }
    None
}

/// The place a title ends on after its date and a dash (" – Luxemburg", " - New York"): one to
/// three capitalised words and nothing after them.
fn dash_place(s: &str) -> Option<&str> {
    let rest = [" – ", " — ", " - "]
        .iter()
        .find_map(|d| s.strip_prefix(d))?
        .trim_end();
    let words = rest.split(' ').count();
    ((1..=3).contains(&words)
        && rest.split(' ').all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_alphabetic() || c == '-')
        }))
    .then_some(rest)
}

/// "Wednesday 18 November 2026 - Strasbourg" → the place and the day: a sitting's date, perhaps
/// after its day of the week, then its place after a dash, as a parliament's verbatim report
/// heads the day.
fn date_then_place(s: &str) -> Option<(&str, Vec<String>)> {
    // The dash first: most lines have none.
    memchr::memmem::find(s.as_bytes(), b" - ")
        .or_else(|| s.find(" – "))
        .filter(|&k| k <= 48)?;
    let found = dates::find_all(s);
    let first = found.first()?;
    let before = s[..first.span.start].trim().trim_end_matches(',');
    let weekday = before.is_empty()
        || dates::WEEKDAYS
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w));
    let place = dash_place(&s[first.span.end..])?;
    weekday.then(|| (place, first.iso()))
}

/// A line that opens with where and when a meeting was held ("held in Tromsø on 3rd March
/// 2029", "gehouden te Brussel op 12 juni 2025").
fn held_line(line: &str) -> bool {
    ["held ", "gehouden ", "which took place ", "die plaatsvond "]
        .iter()
        .any(|w| line.starts_with(w))
        && held_phrase(line).is_some()
}

/// A line that says where and when a meeting was held, in any case ("HELD IN BRUSSELS ON 23
/// SEPTEMBER 2025" on a title page): part of the title, never a section.
pub(crate) fn held_line_any_case(line: &str) -> bool {
    let line = line.trim();
    held_line(line) || (capitals(line) && held_line(&running_case(line)))
}

/// The gap that sets a letter head's right column off from its left one in pdftotext's
/// layout mode: wider than the gaps of a table of fields ("Datum       2 juni 2027").
const COLUMN_GAP: &str = "        ";

/// The addressee of a letter head set in two columns, as pdftotext's layout mode gives the
/// government template ("Aan de Voorzitter van de Tweede Kamer        2594 AC Den Haag" ⏎ "der
/// Staten-Generaal        Postbus 20401"): layout joins the columns into one block, so the
/// addressee is read from the left column of the lines, up to the postal address.
fn addressee_in_left_column(lines: &[(usize, Cow<'_, str>)]) -> Option<String> {
    fn left(l: &str) -> &str {
        let l = l.trim();
        l.find(COLUMN_GAP).map_or(l, |at| l[..at].trim_end())
    }
    let k = lines.iter().position(|(_, l)| {
        let l = l.trim();
        let cut = left(l);
        let head = cut.get(..7).map(str::to_ascii_lowercase);
        cut.len() < l.len() && matches!(head.as_deref(), Some("aan de " | "to the "))
    })?;
    let block = lines[k].0;
    let mut parts = vec![left(&lines[k].1)];
    for (i, line) in &lines[k + 1..] {
        let part = left(line);
        if *i != block || part.is_empty() || postal_line(part) || parts.len() == 3 {
            break;
        }
        parts.push(part);
    }
    Some(parts.join(" "))
}

/// The addressee without the postal address that the letter's layout ran into it ("… der
/// Staten-Generaal Postbus 20018 2500 EA Den Haag", "… Kamer Binnenhof 4 Den Haag"): it
/// starts at a post box, or at the street before the first house number, or after the last
/// comma before that number ("…, Rue Wiertz 60, 1047 Brussels").
pub(crate) fn without_postal_address(s: &str) -> &str {
    let mut starts: Vec<usize> = Vec::new();
    let mut prev = "";
    let mut cut = None;
    let mut words = s
        .split_ascii_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .peekable();
    while let Some((at, w)) = words.next() {
        let post_box = w.eq_ignore_ascii_case("postbus")
            || w.eq_ignore_ascii_case("postfach")
            || ((w.eq_ignore_ascii_case("p.o.") || w.eq_ignore_ascii_case("po"))
                && words
                    .peek()
                    .is_some_and(|(_, n)| n.eq_ignore_ascii_case("box")));
        if post_box {
            cut = Some(at);
            break;
        }
        // The third word at the earliest: "Aan de" / "To the" open every addressee.
        let house_number = starts.len() >= 3
            && prev.starts_with(|c: char| c.is_uppercase())
            && (1..=5).contains(&w.trim_end_matches(',').len())
            && w.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit());
        if house_number {
            let before = &s[..at];
            cut = Some(match before.rfind(',') {
                Some(comma) => comma,
                None => starts.last().copied().unwrap_or(at),
            });
            break;
        }
        starts.push(at);
        prev = w;
    }
    match cut {
        Some(at) => s[..at].trim_end_matches([' ', ',']),
        None => s,
    }
}

/// The line with non-ASCII white space (no-break and thin spaces) made plain spaces, so that
/// the ASCII patterns see it; borrowed when there is none.
fn ascii_spaces(line: &str) -> Cow<'_, str> {
    if line.is_ascii() || !line.chars().any(|c| c.is_whitespace() && !c.is_ascii()) {
        return Cow::Borrowed(line);
    }
    Cow::Owned(
        line.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect(),
    )
}

/// Reads the document's metadata.
pub fn extract(layout: &Layout, outline: &[Section]) -> Metadata {
    let text = layout.text.as_str();
    let first_section = match outline {
        // A Markdown report with more than one top heading (`Jaarverslag 2025 …` ⏎ `===`,
        // later `Vooruitblik 2026` ⏎ `===`) has its title as the outline's first section: the
        // lines under it up to its first subsection are the front matter (its dateline).
        [first, _, ..]
            if !first.children.is_empty()
                && title_word(&first.title).is_some()
                && !text[..first.heading.start].contains('#') =>
        {
            first.children[0].heading.start
        }
        _ => outline.first().map_or(text.len(), |s| s.heading.start),
    };
    let first_section = masthead_end(layout, outline, first_section).unwrap_or(first_section);
    let front: Vec<(usize, Cow<str>, BlockKind)> = layout
        .blocks
        .iter()
        .enumerate()
        .take(FRONT_BLOCKS)
        .take_while(|(_, b)| b.span.start < first_section)
        .map(|(i, b)| (i, ascii_spaces(&text[b.span.start..b.span.end]), b.kind))
        .collect();
    let front: Vec<(usize, &str, BlockKind)> =
        front.iter().map(|(i, s, k)| (*i, s.as_ref(), *k)).collect();
    let mut meta = Metadata {
        language: language(text),
        ..Metadata::default()
    };

    // The references may stand in the front matter or in a running header.
    let (session_year, reference) = references(&front, &layout.furniture, layout);
    meta.session_year = session_year;
    meta.reference = reference.filter(|r| !r.dossier.is_empty());

    // The letter: addressee, place and date of writing, closing.
    let lines = front_lines(layout, &front);
    // A memo's field (`Verslag aan: de Voorzitter van de Tweede Kamer`) addresses the report
    // itself: no letter carries it.
    let mut memo = false;
    meta.addressee = front.iter().find_map(|(i, s, _)| {
        if let Some(value) = report_to(s) {
            memo = true;
            return Some(value.to_string());
        }
        if let Some(value) = to_field(s) {
            return Some(value.to_string());
        }
        // The envelope's return address over the addressee, in one block (`> Retouradres
        // Postbus 90801 2509 LV Den Haag` ⏎ `De Voorzitter van de Tweede Kamer`): the
        // addressee starts on the next line.
        // Not in a head set in two columns, whose left column `addressee_in_left_column` reads.
        let returned = return_address(s) && !s.lines().next().is_some_and(|l| l.contains("    "));
        let s = if returned {
            // Its lines may have been joined into one paragraph: the addressee starts where
            // its opening words do, within the first line's reach.
            let head = &s.as_bytes()[..s.len().min(160)];
            [
                "\nDe Voorzitter ",
                " De Voorzitter ",
                "\nAan de ",
                " Aan de ",
            ]
            .iter()
            .filter_map(|w| memchr::memmem::find(head, w.as_bytes()))
            .min()
            .map_or("", |at| &s[at + 1..])
        } else {
            s
        };
        let lower = s.get(..24).unwrap_or(s).to_lowercase();
        if s.len() > 200 || !ADDRESSEE_STARTS.iter().any(|a| lower.starts_with(a)) {
            return None;
        }
        // "Aan de orde is het debat over …": the Handelingen open an item, and address no one.
        if lower.starts_with("aan de orde") {
            return None;
        }
        // Without "Aan", only a parliament's chair is addressed this way: "De voorzitter van
        // de commissie," is a report's closing.
        let to = lower.starts_with("aan ") || lower.starts_with("to ");
        if !to
            && !["Kamer", "Parliament", "Parlement"]
                .iter()
                .any(|w| s.contains(w))
        {
            return None;
        }
        // Set on lines, the address starts at the first line with a number ("Prinses
        // Irenestraat 6"), however many words its street has.
        let source: Vec<&str> = lines
            .iter()
            .filter(|(j, _)| j == i)
            .map(|(_, l)| l.as_ref())
            .skip(usize::from(returned))
            .collect();
        let named = source.iter().take_while(|l| !postal_line(l)).count();
        if source.len() >= 2 && (1..source.len()).contains(&named) {
            return Some(source[..named].join(" "));
        }
        Some(without_postal_address(s).to_string())
    });
    if meta.addressee.is_none() {
        meta.addressee = addressee_in_left_column(&lines);
    }
    let closings: Vec<usize> = front
        .iter()
        .filter(|(_, _, k)| *k == BlockKind::Closing)
        .map(|(i, _, _)| *i)
        .collect();
    let block_text = |i: usize| {
        let b = &layout.blocks[i];
        text[b.span.start..b.span.end].trim()
    };
    // Each closing with the name under it, after a blank line: two ministers sign one under
    // the other.
    // A copy of a signed original says so between the role and the name (`w.g.`, `(signed)`).
    let name_under = |i: usize| {
        if crate::outline::is_name_block(layout, i) {
            Some(i)
        } else {
            (i < layout.blocks.len() && signed_mark(block_text(i)))
                .then_some(i + 1)
                .filter(|&n| crate::outline::is_name_block(layout, n))
        }
    };
    for &i in &closings {
        let s = &text[layout.blocks[i].span.start..layout.blocks[i].span.end];
        if let Some(mut signatory) = signatory(s) {
            if let Some(n) = name_under(i + 1).filter(|_| signatory.name.is_none()) {
                signatory.name = Some(crate::layout::unemphasised(block_text(n)).to_string());
            }
            meta.signatories.push(signatory);
        }
    }
    let is_letter = meta.addressee.is_some() && !memo || !closings.is_empty();
    let signed_by = closings
        .last()
        .map(|&c| c + 1)
        .filter(|&n| crate::outline::is_name_block(layout, n));
    // "Yours sincerely," ⏎ name ⏎ role: the valediction names no role; the line under the
    // name does.
    if let (Some(n), true) = (signed_by, meta.signatories.is_empty()) {
        let role = crate::outline::role_under_name(layout, n + 1).then(|| block_text(n + 1));
        meta.signatories.push(Signatory {
            role: role.map(str::to_string),
            name: Some(crate::layout::unemphasised(block_text(n)).to_string()),
        });
    }

    // A closing at the very end, with the name under it, signs any kind of document (an
    // annotated agenda too), not only a letter's front matter.
    let blocks = &layout.blocks;
    // A letter names its enclosures under the signature ("Bijlage: Overzicht …"): the closing
    // still ends the letter.
    // A Markdown file sets its footnotes (`[^1]: …`) after the signature, and so does Word
    // saving as text (`[1] Informele …`), and pdftotext the last page's (`1 Kamerstuk …`):
    // they end no text.
    let n = blocks.len()
        - blocks
            .iter()
            .rev()
            .take_while(|b| {
                let s = &text[b.span.start..b.span.end];
                text.as_bytes().get(b.span.start..b.span.start + 2) == Some(b"[^")
                    || crate::layout::footnote_number(s)
                    || crate::layout::page_footnotes(s)
            })
            .count();
    let n = n - blocks[..n]
        .iter()
        .rev()
        .take(2)
        .take_while(|b| b.lines == 1 && is_enclosure_note(&text[b.span.start..b.span.end]))
        .count();
    // Annexes set after the signature ("Bijlage 1 Overzicht …") follow the letter: the closing
    // and the name right above the first of them still end it.
    let last_closing = blocks[..n]
        .iter()
        .rposition(|b| b.kind == BlockKind::Closing);
    let n = last_closing
        .and_then(|c| {
            (c + 1..n.min(c + 3))
                .find(|&a| annex_heading(&text[blocks[a].span.start..blocks[a].span.end]))
        })
        .unwrap_or(n);
    let end_closing = if n >= 2
        && blocks[n - 2].kind == BlockKind::Closing
        && crate::outline::is_name_block(layout, n - 1)
    {
        Some((n - 2, Some(n - 1)))
    } else if n >= 1 && blocks[n - 1].kind == BlockKind::Closing {
        Some((n - 1, None))
    } else {
        None
    };
    // Two signers sign one under the other: closing, name, closing, name.
    let mut signing = Vec::new();
    let mut at = end_closing;
    while let Some((c, name)) = at.filter(|(c, _)| !closings.contains(c)) {
        signing.push((c, name));
        at = (name.is_some() && c >= 2 && signing.len() < 3)
            .then(|| (c - 2, Some(c - 1)))
            .filter(|&(c, _)| {
                blocks[c].kind == BlockKind::Closing && crate::outline::is_name_block(layout, c + 1)
            });
    }
    for (c, name) in signing.into_iter().rev() {
        if let Some(mut signatory) = signatory(&text[blocks[c].span.start..blocks[c].span.end]) {
            if let Some(name) = name.filter(|_| signatory.name.is_none()) {
                let b = &blocks[name];
                signatory.name = Some(
                    crate::layout::unemphasised(text[b.span.start..b.span.end].trim()).to_string(),
                );
            }
            // A Kamerstuk signs on its front page and again at its end: one signer, once.
            if !meta.signatories.contains(&signatory) {
                meta.signatories.push(signatory);
            }
        }
    }

    // "Met vriendelijke groet," ⏎ a name ⏎ its role, last (`**Annelies van Dijk**` ⏎
    // `Inspecteur-generaal`, a Markdown annual report's footnotes aside): the role under the
    // name is the signatory's, and the name's bold stars are markup.
    // An e-mail's signature goes on under the role with the sender's service and address
    // (`First Secretary (Coreper II)` ⏎ `Permanent Representation of Ireland …` ⏎ `Avenue
    // Galilée 5, 1210 Brussels`): a block or two of short lines that end on no full stop.
    let contact = |b: &crate::layout::Block| {
        let s = text[b.span.start..b.span.end].trim_end();
        b.kind == BlockKind::Paragraph && b.lines <= 4 && s.len() <= 200 && !s.ends_with('.')
    };
    let signed_end = (0..=2.min(n)).map(|t| n - t).find(|&m| {
        m >= 3
            && blocks[m - 3].kind == BlockKind::Closing
            && crate::outline::is_name_block(layout, m - 2)
            && blocks[m..n].iter().all(contact)
    });
    if let Some(n) = signed_end {
        let block = |i: usize| text[blocks[i].span.start..blocks[i].span.end].trim();
        let (name, role) = (block(n - 2), block(n - 1));
        if crate::layout::signature_pair(name, role) {
            let name = crate::layout::unemphasised(name).trim();
            let role = crate::layout::unemphasised(role).trim();
            let empty = meta.signatories.is_empty();
            let same = meta.signatories.iter_mut().find(|s| {
                s.name
                    .as_deref()
                    .is_some_and(|n| crate::layout::unemphasised(n) == name)
            });
            match same {
                Some(s) if s.role.is_none() => s.role = Some(role.to_string()),
                Some(_) => {}
                None if empty => meta.signatories.push(Signatory {
                    role: Some(role.to_string()),
                    name: Some(name.to_string()),
                }),
                None => {}
            }
        }
    }

    // A report sent in the first person ("Hierbij bied ik u het verslag aan …") and signed at
    // its end is a letter without a salutation.
    let is_letter = is_letter
        || (end_closing.is_some()
            && front.iter().any(|(_, s, _)| {
                ["Hierbij ", "Herewith ", "I hereby "]
                    .iter()
                    .any(|w| s.starts_with(w))
            }));

    // A government web page sets the document's kind and date under its title
    // ("Kamerstuk: Kamerbrief | 20-02-2026").
    let web_kind = front
        .iter()
        .find(|(_, s, _)| crate::layout::furniture::is_kind_and_date(s))
        .and_then(|(_, s, _)| s.rsplit_once(" | "));
    let is_letter = is_letter
        || web_kind.is_some_and(|(kind, _)| {
            let kind = kind.to_lowercase();
            kind.contains("brief") || kind.contains("letter")
        });
    if let Some((_, d)) = web_kind.filter(|_| meta.letter_date.is_none()) {
        // dd-mm-yyyy, as is_kind_and_date checked.
        meta.letter_date = Some(format!("{}-{}-{}", &d[6..10], &d[3..5], &d[..2]));
    }

    // Minutes signed without a closing formula end on "Chair: …" ⏎ "Secretary: …".
    if meta.signatories.is_empty() {
        meta.signatories = signing_lines(layout);
    }
    // A report that ends on a name over a role that signs, right after its last sentence and
    // with no closing formula or dateline (`… on 4 March 2027.` ⏎ `Zdeněk Šťastný` ⏎ `Head of
    // the Presidency Secretariat`), as a secretariat signs a note.
    // Not in Markdown, where a name and a role at the end without a dateline are a contact
    // or the credits more often than a signature (`en_s16.rs`).
    if meta.signatories.is_empty() && n >= 3 && !layout.markdown {
        let block = |i: usize| text[blocks[i].span.start..blocks[i].span.end].trim();
        let (before, name, role) = (block(n - 3), block(n - 2), block(n - 1));
        if blocks[n - 3].kind == BlockKind::Paragraph
            && before.ends_with('.')
            && blocks[n - 2].lines == 1
            && blocks[n - 1].lines == 1
            && crate::layout::signature_pair(name, role)
            && !crate::metadata::announces_document(name)
        {
            meta.signatories.push(Signatory {
                role: Some(crate::layout::unemphasised(role).trim().to_string()),
                name: Some(crate::layout::unemphasised(name).trim().to_string()),
            });
        }
    }
    // A report signed at its end without a closing formula: "Valenciennes, 18 June 2025" ⏎
    // name ⏎ role.
    // Its date is the report's, as a foreword's is (below).
    if meta.signatories.is_empty() {
        if let Some((signatory, date)) = dated_signature(layout) {
            meta.signatories.push(signatory);
            if meta.letter_date.is_none() && !is_letter {
                meta.letter_date = date;
            }
        }
    }
    // A report whose foreword is signed on one line under its place and date (`Den Haag, 14
    // maart 2026` ⏎ `Inspecteur-generaal, mr. A. de Vries`): the signature of the report, and
    // its date the report's.
    if meta.signatories.is_empty() && !is_letter {
        let blocks = &layout.blocks[..layout.blocks.len().min(FRONT_BLOCKS)];
        let signed = blocks.iter().enumerate().skip(1).find_map(|(i, b)| {
            let s = text[b.span.start..b.span.end].trim();
            let mut signatory = (b.kind == BlockKind::Closing && b.lines == 1)
                .then(|| signatory(s))
                .flatten()?;
            // Or its role on the line, its name under it (`De inspecteur-generaal …,` ⏎
            // `w.g.` ⏎ `drs. M.C. van Rijswijk`).
            if signatory.name.is_none() {
                let n = name_under(i + 1)?;
                signatory.name = Some(crate::layout::unemphasised(block_text(n)).to_string());
            }
            let above = &blocks[i - 1];
            let dateline = text[above.span.start..above.span.end].trim();
            let date = (place_before_date(dateline).is_some())
                .then(|| {
                    dates::find_all(dateline)
                        .first()?
                        .dates
                        .first()
                        .map(|d| d.iso())
                })
                .flatten();
            Some((signatory, date))
        });
        if let Some((signatory, date)) = signed {
            meta.signatories.push(signatory);
            if meta.letter_date.is_none() {
                meta.letter_date = date;
            }
        }
    }
    // A foreword signed on three lines under its place and date (`Vigo, 18 June 2026` ⏎ `Rui
    // Salgado` ⏎ `**Executive Director**`), as a converter writes an annual report's foreword
    // from a PDF: the signature of the report, and its date the report's. In the front, the
    // role must be one that signs.
    if meta.signatories.is_empty() && !is_letter {
        let n = layout.blocks.len().min(FRONT_BLOCKS);
        // Cheap tests first: three blocks of one short line each.
        let short = |b: &crate::layout::Block| b.lines == 1 && b.span.end - b.span.start <= 80;
        if let Some((i, (signatory, date))) = (2..n).find_map(|i| {
            layout.blocks[i - 2..=i].iter().all(short).then_some(())?;
            dated_signature_at(layout, i)
                .filter(|(s, _)| s.role.as_deref().is_some_and(crate::layout::is_role_line))
                .map(|found| (i, found))
        }) {
            meta.signatories.push(signatory);
            if meta.letter_date.is_none() {
                meta.letter_date = date;
            }
            // Those who sign beside the first, a name over a role each (`**Dr Ilona Holt**` ⏎
            // `Executive Director` ⏎ `**Gustavo Albuquerque**` ⏎ `Chair of the Management
            // Board`).
            signers_from(layout, i + 1, &mut meta.signatories);
        }
    }

    // The title.
    let body = crate::outline::body_start(layout);
    // A rule after the closing (`-----`) parts a forwarding e-mail's own note from the letter
    // it carries: no title, and the letter's own title is looked for as in one without a
    // closing.
    let after_closing = closings
        .last()
        .map(|&c| c + 1 + usize::from(signed_by.is_some()))
        .filter(|&t| {
            layout.blocks.get(t).is_none_or(|b| {
                text[b.span.start..b.span.end]
                    .bytes()
                    .any(|c| c.is_ascii_alphanumeric() || c >= 0x80)
            })
        });
    // "Bijlage 1" over the report's title marks the report as the letter's annex.
    let bare_division = |t: usize| {
        let b = &layout.blocks[t];
        crate::outline::bare_division(&text[b.span.start..b.span.end])
    };
    let title_block = match after_closing {
        Some(t)
            if t + 1 < body && (bare_division(t) || crate::outline::role_under_name(layout, t)) =>
        {
            Some(t + 1)
        }
        Some(t) if t < body => Some(t),
        // A title line of its own names the report better than the paper's kind after its
        // number ("Nr. 2874 VERSLAG VAN EEN RAADSBIJEENKOMST" over "Verslag van de Raad …").
        _ => front
            .iter()
            .find(|(_, s, _)| announces_document(s) && after_paper_number(s).len() == s.len())
            .or_else(|| front.iter().find(|(_, s, _)| announces_document(s)))
            .map(|(i, _, _)| *i),
    }
    .or_else(|| {
        // The Handelingen head an item of the sitting with its title and open it with `Aan de
        // orde is het debat …`: that title, not the paper's masthead over it.
        // It may stand under the sitting's date, which the outline takes for a section.
        let blocks = &layout.blocks[..layout.blocks.len().min(FRONT_BLOCKS)];
        blocks.windows(2).position(|w| {
            w[0].kind == BlockKind::Heading
                && text[w[1].span.start..w[1].span.end].starts_with("Aan de orde is ")
        })
    })
    .or_else(|| {
        // A ministry's web page: its masthead (`Ministry of Finance of the Republic of Cyprus`)
        // over the meeting it reports on (`Informal meeting of economic and financial affairs
        // ministers`): the meeting names the page.
        let k = front
            .iter()
            .position(|(_, _, k)| !is_letter && *k == BlockKind::Heading)?;
        if !ministry_masthead(front[k].1) {
            return None;
        }
        front[k + 1..]
            .iter()
            .take(3)
            .find(|(i, s, _)| {
                layout.blocks[*i].lines <= 3
                    && !s.trim_end().ends_with('.')
                    && names_a_meeting(s)
                    && !ministry_masthead(s)
            })
            .map(|(i, _, _)| *i)
    })
    .or_else(|| {
        // A letter without a report has no title of its own; its first line is the addressee.
        front
            .iter()
            .filter(|_| !is_letter)
            .find(|(_, _, k)| *k == BlockKind::Heading)
            .map(|(i, _, _)| *i)
    });
    if let Some(t) = title_block {
        let s = &text[layout.blocks[t].span.start..layout.blocks[t].span.end];
        let markdown = s.starts_with('#');
        let s = s.trim_start_matches('#').trim();
        let s = crate::layout::setext_heading(s).map_or(s, |(_, end)| &s[..end]);
        let s = if markdown {
            crate::layout::markdown_title(s)
        } else {
            crate::layout::without_attributes(s)
        };
        // A title set in bold in plain text (`**Verslag van de Raad …**`): the stars are markup.
        let s = ["**", "__"]
            .iter()
            .find_map(|m| s.strip_prefix(m)?.strip_suffix(m))
            .map_or(s, str::trim);
        // "Bijlage 1. Geannoteerde agenda …": the label numbers the letter's annex.
        let s = crate::outline::labelled_report_title(s).map_or(s, |t| s[t..].trim());
        let s = after_paper_number(s);
        // A cover's subject field set as a block of its own (`Subject:        European
        // Council meeting … – Conclusions`): its value, without the label.
        let s = subject_value(s).unwrap_or(s);
        meta.title = Some(s.to_string());
        // A title set in capitals over several lines of its own ("SUMMARY RECORD" ⏎ "OF THE
        // STANDING COMMITTEE ON …"): a line that opens on a link word goes on with it.
        if let Some(title) = meta.title.as_mut().filter(|t| capitals(t)) {
            for b in layout.blocks.iter().skip(t + 1).take(4) {
                let next = text[b.span.start..b.span.end].trim();
                // `SUMMARY RECORD` ⏎ `of the meeting of the Special Committee on Agriculture` ⏎
                // `held in Brussels on 9 November 2026`: the title goes on in lower case, to
                // where the meeting was held.
                if next.starts_with("of the ") && next.len() <= 240 {
                    let end = next.find(" held ").unwrap_or(next.len());
                    if let Some(rest) = next.get(..end) {
                        title.push(' ');
                        title.push_str(rest.trim_end_matches([',', ' ']));
                    }
                    break;
                }
                let goes_on = ["OF ", "ON ", "FOR ", "VAN "]
                    .iter()
                    .any(|w| next.starts_with(w));
                // `SUMMARY RECORD` ⏎ `STANDING COMMITTEE ON PLANTS, …`: a bare kind names
                // whose record it is on the next line, set off by a dash.
                let bare_kind = ["SUMMARY RECORD", "MINUTES"].contains(&title.as_str())
                    && ["COMMITTEE", "COUNCIL", "BOARD", "GROUP"]
                        .iter()
                        .any(|w| next.contains(w));
                if b.kind != BlockKind::Heading
                    || b.lines != 1
                    || !capitals(next)
                    || !(goes_on || bare_kind)
                {
                    break;
                }
                title.push_str(if goes_on { " " } else { " – " });
                title.push_str(next);
            }
        }
        // "Minutes of the 12th meeting of the Board" ⏎ "held in Tromsø on 3rd March 2029":
        // a line that says where and when the meeting was held goes on with the title's
        // sentence but is no part of the title.
        if layout.blocks[t].lines >= 2 {
            let own: Vec<&str> = lines
                .iter()
                .filter(|(i, _)| *i == t)
                .map(|(_, l)| l.trim())
                .collect();
            // So is a dateline under it ("Verslag informele Raad …" ⏎ "Dublin, 10 en 11
            // september 2026").
            // A title wrapped before its dateline's comma ("… Raad Justitie en Binnenlandse" ⏎
            // "Zaken, 11 en 12 juli 2022") ends its line on a word that goes on: an adjective,
            // a word in lower case.
            let ends_title = |l: &str| {
                l.split_whitespace().next_back().is_some_and(|w| {
                    w.ends_with(')')
                        || w.starts_with(char::is_uppercase)
                            && !w.ends_with('e')
                            && w.chars().any(char::is_lowercase)
                })
            };
            let held = (1..own.len()).find(|&k| {
                held_line(own[k]) || place_before_date(own[k]).is_some() && ends_title(own[k - 1])
            });
            if let Some(k) = held {
                meta.title = Some(own[..k].join(" "));
            }
        }
    }
    // A front matter's `title:` is the author's own: a Markdown report exported by a
    // static-site tool often has no `#` title, and its first heading is a chapter.
    if let Some(title) = &layout.front_title {
        meta.title = Some(title.clone());
    }
    // A letter that carries its report without a title of its own names it in its subject
    // ("Betreft Verslag Landbouw- en Visserijraad van 3 maart 2027"), the sections after it.
    if meta.title.is_none() && is_letter && !outline.is_empty() {
        let lines = front_lines(layout, &front);
        meta.title = lines.iter().enumerate().find_map(|(k, (i, line))| {
            let value = subject_value(line.trim())?;
            if !announces_document(value) {
                return None;
            }
            // A subject wrapped beside a side column goes on in its block's next lines
            // ("Betreft Verslag van de Raad Werkgelegenheid, Sociaal" ⏎ "Beleid, … van 11 en
            // 12 december 2025"), which layout set apart from the column already.
            // Not the side column's count under its label (`Bijlagen` ⏎ `1`), which a bare
            // number of one to three figures is (a wrapped year has four).
            let count = |l: &str| {
                let l = l.trim();
                (1..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_digit())
            };
            let mut title = value.trim_end().to_string();
            for (_, more) in lines[k + 1..]
                .iter()
                .take_while(|(j, more)| j == i && !count(more))
            {
                title.push(' ');
                title.push_str(more.trim());
            }
            Some(title)
        });
    }
    // A Kamerstuk names itself in a column of its header ("Nr. 1688      VERSLAG VAN EEN
    // COMMISSIEDEBAT") and signs before its body: the block after its closing is no title, and
    // when that block is already the first section there is no other.
    if meta.title.as_deref().is_none_or(|t| !announces_document(t)) {
        let lines = front_lines(layout, &front);
        let announced = lines.iter().enumerate().find_map(|(k, (_, line))| {
            let line = line.trim();
            let column = crate::layout::column_gap(line)
                .map_or_else(|| after_paper_number(line), |g| &line[g..]);
            if !announces_document(column) {
                return None;
            }
            // The configuration in brackets under it (`Subject:   4012th meeting of the
            // COUNCIL OF THE EUROPEAN UNION` ⏎ `(General Affairs)`) names the meeting too.
            let configuration = lines
                .get(k + 1)
                .map(|(_, next)| next.trim())
                .filter(|n| configuration_line(n));
            Some(match configuration {
                Some(c) => format!("{column} {c}"),
                None => column.to_string(),
            })
        });
        if announced.is_some() {
            meta.title = announced;
        }
    }
    // A Council document names itself in its subject ("Subject: Council conclusions on the
    // Arctic"); its first line is the issuer.
    if !is_letter && meta.title.as_deref().is_none_or(|t| !announces_document(t)) {
        let lines = front_lines(layout, &front);
        let subject = lines.iter().enumerate().find_map(|(k, (i, line))| {
            let line = line.trim();
            if let Some(value) = subject_value(line) {
                // A value that pdftotext -layout wraps under itself, indented (`Subject:
                // Regulation … on the` ⏎ `        monitoring of forests … (Forest Monitoring`
                // ⏎ `        Law)` ⏎ `        - Adoption of the legislative act`): its lines
                // that go on with it (a lower-case word, an open bracket, a dash).
                let mut value = value.to_string();
                for (j, more) in lines[k + 1..].iter().take(4) {
                    let indented = j == i || more.starts_with([' ', '\t']);
                    let more = more.trim();
                    let open = value.matches('(').count() > value.matches(')').count();
                    // A value that ends on a comma goes on (`Betreft Verslag van de Raad
                    // Werkgelegenheid, Sociaal Beleid,` ⏎ `Volksgezondheid en …`).
                    let goes_on = more.starts_with(['–', '-'])
                        || more.starts_with(|c: char| c.is_lowercase())
                        || open
                        || value.ends_with(',');
                    if !indented || more.is_empty() || !goes_on || more.ends_with(':') {
                        break;
                    }
                    value.push(' ');
                    value.push_str(more);
                }
                return Some(value);
            }
            // A cover note set by pdftotext puts the label alone over its value ("Subject:" ⏎
            // "European Council meeting (19 and 20 March 2026)" ⏎ "– Conclusions").
            if !line.eq_ignore_ascii_case("subject:") {
                return None;
            }
            // Its first line, and the lines that go on with it (a dash, a lower-case word, a
            // line of its block after a line that ends in a bracket or a comma: `amending
            // Regulations (EU)` ⏎ `No 1093/2010, (EU) No 1094/2010 …` ⏎ `– Progress report`).
            let (block, first) = lines.get(k + 1)?;
            let mut value = first.trim().to_string();
            if value.is_empty() || value.ends_with(':') {
                return None;
            }
            for (j, more) in lines[k + 2..].iter().take(3) {
                let more = more.trim();
                let listed = j == block && value.ends_with([')', ',']);
                if !(more.starts_with(['–', '-'])
                    || more.starts_with(|c: char| c.is_lowercase())
                    || listed)
                    || more.ends_with(':')
                {
                    break;
                }
                value.push(' ');
                value.push_str(more);
            }
            Some(value)
        });
        if subject.is_some() {
            meta.title = subject;
        }
    }
    // Answers to parliamentary questions are titled by the questions they answer ("Vragen van
    // het lid Jansen (VVD) aan de minister … over …"), and dated by their receipt.
    if meta.title.is_none() {
        if let Some(title) = front.iter().find_map(|(_, s, _)| questions_title(s)) {
            meta.title = Some(title.to_string());
            if meta.letter_date.is_none() {
                meta.letter_date = front.iter().find_map(|(_, s, _)| answer_date(s));
            }
            if meta.signatories.is_empty() {
                meta.signatories
                    .extend(front.iter().find_map(|(_, s, _)| answerer(s)));
            }
        }
    }
    // A plain letter is titled by its subject ("Betreft: Verzoek om een reactie op …"): what
    // a reader would call it.
    if meta.title.is_none() && is_letter {
        meta.title = front_lines(layout, &front)
            .into_iter()
            .find_map(|(_, line)| subject_value(line.trim()).map(str::to_string));
    }
    // A European Parliament's written question is numbered in its header ("Question for
    // written answer E-001234/2025"), and the Commission's answer under it is dated and
    // signed: "Answer given by Executive Vice-President Ribera" ⏎ "on behalf of the European
    // Commission" ⏎ "(12.3.2025)".
    if meta.reference.is_none() {
        if let Some(number) = front.iter().find_map(|(_, s, _)| ep_question_number(s)) {
            meta.reference = Some(Reference {
                dossier: number.to_string(),
                ..Reference::default()
            });
        }
    }
    if meta
        .reference
        .as_ref()
        .is_some_and(|r| ep_question_number(&r.dossier).is_some())
    {
        if let Some((date, signatory)) = ep_answer(layout) {
            if meta.letter_date.is_none() {
                meta.letter_date = date;
            }
            if meta.signatories.is_empty() {
                meta.signatories.extend(signatory);
            }
        }
    }
    // A ministry's letter without a Kamerstuk number is known by its own reference in the
    // letter head ("Ons kenmerk  BZ2714583", "Kenmerk: EZ-DGEI / 26187402"), or in the side
    // column it repeats on every page, which layout sets aside.
    if meta.reference.is_none() {
        if let Some(own) = own_reference(&front_lines(layout, &front), &layout.furniture) {
            meta.reference = Some(Reference {
                dossier: own,
                ..Reference::default()
            });
        }
    }
    // "Outcome of the Council meeting" is every outcome's title: the Council configuration
    // under it names the meeting ("… ⏎ 4051st Council meeting ⏎ Justice and Home Affairs").
    if let Some(title) = meta.title.as_mut().filter(|t| is_outcome_title(t)) {
        let lines = front_lines(layout, &front);
        if let Some(configuration) = outcome_configuration(&lines) {
            *title = format!("{title}: {configuration}");
        }
    } else if let Some(title) = meta
        .title
        .as_mut()
        .filter(|t| ordinal_meeting(&t.to_lowercase()) && !t.contains(['(', ':']))
    {
        // An older outcome, a press release: `PRESS RELEASE` ⏎ `3912th Council meeting` ⏎
        // `Environment`: the configuration on the next line names the meeting.
        let lines = front_lines(layout, &front);
        if let Some(name) = line_under(&lines, title).filter(|n| configuration_name(n)) {
            *title = format!("{title}: {name}");
        }
    } else if let Some(title) = meta.title.as_mut().filter(|t| bare_report_word(t)) {
        // A report's kind alone on its line over the meeting's name (`VERSLAG` ⏎ `Raad
        // Buitenlandse Zaken (Handel)` ⏎ `Brussel, 22 mei 2026`): the name says which report.
        let lines = front_lines(layout, &front);
        let under = line_under(&lines, title);
        if let Some(name) = under.filter(|n| configuration_name(n) && names_a_meeting(n)) {
            *title = format!("{title}: {name}");
        }
    }
    // A report whose title stands only in its running header, removed from every page as
    // furniture (a two-column annual report repeats its cover line on each page).
    // A Kamerstuk's citation in its footer ("Tweede Kamer, vergaderjaar 2025–2026, 21 501-32,
    // nr. 1788") is its reference, not its title.
    if meta.title.is_none() {
        meta.title = layout
            .furniture
            .iter()
            .filter(|line| one_line_reference(line).is_none())
            .find_map(|line| header_title(line));
    }
    // A committee's minutes set their kind alone on a line (`MINUTES`), the meeting's day and
    // place under it (`Meeting of 19 October 2026, 9.00-12.30` ⏎ `BRUSSELS`), the committee
    // over it: "Minutes of the Committee on …".
    let minutes = minutes_label(layout);
    if let Some(m) = minutes
        .as_ref()
        .filter(|_| meta.title.as_deref().is_none_or(|t| !announces_document(t)))
    {
        meta.title = Some(m.title.clone());
    }
    // A speech or remarks open on the line that names them ("Speech by President X at the
    // European Parliament Plenary"), a line too long for a heading; it is their title, also
    // under the issuer's name (`European Council` ⏎ `Press remarks`), which the first heading
    // would give. A speech's notice to the press (`Check against delivery`) is no title.
    let speech_block = layout
        .blocks
        .iter()
        .enumerate()
        .take(SPEECH_LINE_BLOCKS)
        .find_map(|(i, b)| {
            let s = text[b.span.start..b.span.end]
                .trim_start_matches('#')
                .trim();
            (b.lines <= 2
                && s.split_whitespace().count() <= MAX_HEADLINE_WORDS
                && !s.ends_with('.')
                && crate::statements::names_its_speaker(s))
            .then(|| (i, s.split_whitespace().collect::<Vec<_>>().join(" ")))
        });
    let issuer_over = |i: usize, t: &str| {
        delivery_notice(t)
            || layout.front_title.is_none()
                && title_block.is_some_and(|b| b < i)
                && !announces_document(t)
                && !crate::statements::names_its_speaker(t)
    };
    if let Some((_, title)) = speech_block
        .as_ref()
        .filter(|(i, _)| meta.title.as_deref().is_none_or(|t| issuer_over(*i, t)))
    {
        meta.title = Some(title.clone());
    }
    // The line is the title now, or it is no speech's.
    let speech_block = speech_block.filter(|(_, s)| meta.title.as_deref() == Some(s.as_str()));
    // A title is shown and compared as words: a word processor's no-break spaces ("15 november
    // 2027" kept on one line) are spaces there.
    if let Some(title) = meta.title.as_mut().filter(|t| t.contains('\u{a0}')) {
        *title = title.replace('\u{a0}', " ");
    }

    // A "Place, date" line: the letter's date in a letter; in a meeting report the meeting's
    // place and dates, preferring the line after the title (the one before it dates the
    // document, not the meeting).
    // Read line by line: a cover page's lines ("Brussels, 18 November 2026" over "(OR. en)")
    // often share a block.
    let place_dates: Vec<(usize, String, Vec<String>)> = lines
        .iter()
        .enumerate()
        // A cover line of fields (see below) is longer.
        .filter(|(_, (_, s))| s.len() <= 80 || s.len() <= 200 && s.contains(" · "))
        .filter_map(|(k, (i, s))| {
            // A Markdown dateline is often set in italics (`*Den Haag, 14 maart 2024*`).
            let s = s.trim().trim_matches(['*', '_']);
            // A committee's letter labels its dateline ("Plaats en datum: Den Haag, 26 maart
            // 2026").
            let s = ["Plaats en datum:", "Place and date:"]
                .iter()
                .find_map(|l| {
                    s.get(..l.len())
                        .filter(|h| h.eq_ignore_ascii_case(l))
                        .map(|_| s[l.len()..].trim_start())
                })
                .unwrap_or(s);
            // A web page's cover line of fields (`**Agency** · Valenciennes, 26 March 2026 ·
            // Ref. …`): the field that is a dateline.
            let s = if s.contains(" · ") {
                s.split(" · ")
                    .map(|f| f.trim().trim_matches(['*', '_']))
                    .find(|f| place_before_date(f).is_some())
                    .unwrap_or(s)
            } else {
                s
            };
            if let Some(place) = place_before_date(s) {
                let found = dates::find_all(s);
                let first = found.first()?;
                return (first.span.end + 1 >= s.len())
                    .then(|| (*i, place.trim().to_string(), first.iso()));
            }
            if let Some((place, days)) = venue_and_date(s).or_else(|| date_then_place(s)) {
                return Some((*i, place.to_string(), days));
            }
            // The venue over its date, in one block (`Justus Lipsius building, Brussels` ⏎ `16
            // and 17 November 2026 (10.00)`).
            let (j, prev) = lines.get(k.checked_sub(1)?)?;
            if j != i || !s.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let joined = format!("{} {s}", prev.trim());
            venue_and_date(&joined).map(|(place, days)| (*i, place.to_string(), days))
        })
        .collect();
    let mut dated_block = None;
    // Whether the meeting's date is a one-day "Place, date" line's.
    let mut dateline_dates = false;
    if is_letter {
        // A letter head's date field above a "Place, date" line dates the letter: the line
        // under it is a day's heading in the report ("Binnenlandse Zaken, 11 juni 2026").
        let field = date_field_in(&lines);
        let field_first = field
            .as_ref()
            .zip(place_dates.first())
            .is_some_and(|((f, _), (p, _, _))| f < p);
        if let Some((i, day)) = field.filter(|_| field_first) {
            dated_block = Some(i);
            meta.letter_date = Some(day);
        } else if let Some((i, _, days)) = place_dates.first() {
            dated_block = Some(*i);
            meta.letter_date = days.first().cloned();
        } else if let Some((i, day)) = date_field_in(&lines) {
            // A ministry letter's side column: "Datum 20 november 2026".
            dated_block = Some(i);
            meta.letter_date = Some(day);
        }
    } else {
        // A dated title ("Verslag van de Raad … van 27 en 28 november 2026") dates the
        // meeting better than a "Place, date" line above it, which dates the document.
        let title_dated = meta
            .title
            .as_deref()
            .is_some_and(|t| !dates::find_all(t).is_empty());
        // "… held in Brussels on 28 November 2024" names the meeting outright; a date line
        // above it (`Brussels, 3 December 2024`, or a date alone) then dates the document.
        let held = front
            .iter()
            .find_map(|(i, s, _)| held_phrase(s).map(|(place, days)| (*i, place, days)));
        if let Some((h, place, days)) = &held {
            let h = *h;
            dated_block = Some(h);
            meta.meeting_dates = days.clone();
            meta.place = (!place.is_empty()).then(|| place.to_string());
            let date_alone = |s: &str| {
                let found = dates::find_all(s);
                let m = found.first()?;
                (m.span.start == 0 && m.span.end + 1 >= s.len() && m.dates.len() == 1)
                    .then(|| m.iso())
            };
            meta.letter_date = lines
                .iter()
                .filter(|(i, _)| *i < h)
                .find_map(|(i, s)| {
                    place_dates
                        .iter()
                        .find(|(p, _, days)| p == i && days.len() == 1)
                        .map(|(_, _, days)| days.clone())
                        .or_else(|| date_alone(s.trim()))
                })
                .and_then(|days| days.into_iter().next())
                .filter(|day| !meta.meeting_dates.contains(day));
        }
        let chosen = title_block
            .filter(|_| held.is_none())
            .and_then(|t| place_dates.iter().find(|(i, _, _)| *i > t))
            .or_else(|| {
                place_dates.first().filter(|(i, _, _)| {
                    held.is_none() && (!title_dated || title_block.is_none_or(|t| *i > t))
                })
            });
        if let Some((i, place, days)) = chosen {
            dateline_dates = days.len() == 1;
            dated_block = Some(*i);
            meta.meeting_dates = days.clone();
            meta.place = Some(place.clone());
            // A ministry's report under the meeting's line (`Report on the Agriculture and
            // Fisheries Council` ⏎ `Brussels, 14-15 December 2026` ⏎ `Dublin, 18 December
            // 2026`): a one-day line after it, of a later day, dates the report.
            if meta.letter_date.is_none() {
                meta.letter_date = place_dates
                    .iter()
                    .find(|(j, _, later)| {
                        *j > *i && later.len() == 1 && days.iter().all(|d| *d < later[0])
                    })
                    .map(|(_, _, later)| later[0].clone());
            }
        }
        // A one-day "Place, date" line before the title dates the document itself
        // (`Brussels, 21 October 2024` above an outcome of a meeting): what its date is to a
        // letter.
        let dateline = title_block.filter(|_| held.is_none()).and_then(|t| {
            place_dates
                .iter()
                .find(|(i, _, days)| *i < t && days.len() == 1 && Some(*i) != dated_block)
        });
        if let Some((_, _, days)) = dateline {
            meta.letter_date = days.first().cloned();
        }
        // A title that names a meeting and its days ("European Council meeting (19 and 20
        // March 2026) – Conclusions", read from a cover note's subject) dates the meeting; the
        // one-day "Brussels, 20 March 2026" line over it then dates the document.
        if let Some(days) = meta
            .title
            .as_deref()
            .filter(|t| held.is_none() && names_a_meeting(t))
            .and_then(|t| dates::find_all(t).into_iter().next())
            .map(|m| m.iso())
            .filter(|days| {
                // A one-day title's day before the one-day line's: the line dates the account
                // written after the meeting ("Raad Algemene Zaken van 18 november 2026 –
                // Verslag" ⏎ "Brussel, 20 november 2026").
                let earlier_day =
                    days.len() == 1 && meta.meeting_dates.first().is_some_and(|d| *d > days[0]);
                (days.len() > 1 || earlier_day)
                    && meta.meeting_dates.len() == 1
                    && *days != meta.meeting_dates
            })
        {
            if meta.letter_date.is_none() {
                meta.letter_date = meta.meeting_dates.pop();
            }
            meta.meeting_dates = days;
            dateline_dates = false;
        }
        // A "Datum 21 januari 2027" field dates the document, never the meeting.
        if meta.letter_date.is_none() {
            let field = date_field_in(&lines);
            // A web article's headline right over its `Published 17 November 2026` line is
            // its title; the issuer's name above it (`Government Offices of Sweden`) is none.
            if let Some(headline) = field
                .as_ref()
                .and_then(|(i, _)| headline_over_publication(layout, *i))
            {
                meta.title = Some(headline);
            }
            meta.letter_date = field.map(|(_, day)| day);
        }
        // A note from one body to another (`From:` ⏎ `To:` ⏎ `Subject:`) is dated by its
        // "Brussels, 9 December 2026" line over the fields; the meeting it reports on is the
        // one its subject names (`Outcome of the meeting of the Working Party … on 3
        // December 2026`), if any.
        if let Some(subject) = lines
            .iter()
            .find(|(_, l)| l.trim_start().starts_with("Subject:"))
            .map(|(i, _)| *i)
            .filter(|&subject| {
                dateline_dates
                    && meta.letter_date.is_none()
                    && dated_block.is_some_and(|d| d < subject)
                    && addressed_note(&lines)
            })
        {
            meta.letter_date = meta.meeting_dates.pop();
            meta.meeting_dates = meeting_on_in(&lines, subject).unwrap_or_default();
        }
        // A span of days alone on its line in the front (`13-16 January 2027` under a
        // parliament's `Plenary sitting` ⏎ `Newsletter`) is the sitting's, when nothing else
        // dated the meeting: one day alone dates the document.
        if meta.meeting_dates.is_empty() {
            if let Some(days) = lines.iter().find_map(|(_, s)| {
                let s = s.trim();
                // The first byte first: most lines open with a letter.
                if !s.starts_with(|c: char| c.is_ascii_digit()) || s.len() > 40 {
                    return None;
                }
                let found = dates::find_all(s);
                let m = found.first()?;
                (m.span.start == 0 && m.span.end >= s.len() && found.len() == 1)
                    .then(|| m.iso())
                    .filter(|days| days.len() > 1)
            }) {
                meta.meeting_dates = days;
            }
        }
    }

    // A press release is dated by the line under its label and titled by its headline, the
    // first heading after that line; the issuer above them is no title.
    if let Some((day, block)) = press_release_date(&lines) {
        // A release issued the day after the meeting it reports is dated by its own day.
        if meta.letter_date.is_none()
            && (meta.meeting_dates.is_empty() || meta.meeting_dates.iter().all(|d| *d < day))
        {
            meta.letter_date = Some(day);
        }
        if meta.title.as_deref().is_none_or(|t| !announces_document(t)) {
            if let Some(headline) =
                headline_after(layout, block).or_else(|| headline_before_label(layout, &lines))
            {
                meta.title = Some(headline);
            }
        }
    }

    // A speech is the event its dateline (`Strasbourg, 8 October 2026`) above it places:
    // where it was given.
    if let Some((i, _)) = speech_block.filter(|_| meta.place.is_none()) {
        meta.place = place_dates
            .iter()
            .find(|(d, _, days)| *d < i && days.len() == 1)
            .map(|(_, place, _)| place.clone());
    }

    // A letter that carries its reports as top sections of their own ("A. Verslag Landbouw-
    // en Visserijraad van 26 januari 2026", "B. Verslag informele bijeenkomst …") and has no
    // subject line: the reports' titles are its title.
    if meta.title.is_none() && is_letter {
        let reports: Vec<&str> = outline
            .iter()
            .filter(|s| title_word(&s.title) == Some(DocumentKind::MeetingReport))
            .map(|s| s.title.as_str())
            .collect();
        if !reports.is_empty() {
            meta.title = Some(reports.join("; "));
        }
    }

    // The kind.
    let title_kind = meta.title.as_deref().and_then(title_word);
    let head = &text[..crate::floor_boundary(text, 2048)];
    let head_lower = head.to_lowercase();
    // A parliamentary paper signs before its body too ("De voorzitter van de commissie,"),
    // but addresses no one and greets no one: a report, not a letter carrying one.
    let addresses = meta.addressee.is_some()
        || front.iter().any(|(_, s, _)| {
            let head = s.get(..8).unwrap_or(s);
            head.eq_ignore_ascii_case("geachte") || s.starts_with("Dear ")
        });
    let paper = meta.reference.as_ref().is_some_and(|r| r.number.is_some()) && !addresses;
    meta.kind = match title_kind {
        Some(DocumentKind::MeetingReport) if paper => DocumentKind::MeetingReport,
        Some(DocumentKind::MeetingReport) if is_letter => DocumentKind::LetterWithMeetingReport,
        Some(DocumentKind::Agenda) if is_letter => DocumentKind::LetterWithAgenda,
        Some(kind) => kind,
        // "OUTCOME OF PROCEEDINGS" over conclusions a Council meeting approved.
        None if head_lower.contains("outcome of the council meeting")
            || head_lower.contains("resultaten van de raadszitting")
            || head_lower.contains("outcome of proceedings") =>
        {
            DocumentKind::MeetingReport
        }
        None if head_lower.contains("jaarverslag") || head_lower.contains("annual report") => {
            DocumentKind::AnnualReport
        }
        None if is_letter => DocumentKind::Letter,
        None => DocumentKind::Other,
    };
    // A Council's background brief announces a coming meeting (`BACKGROUND¹` ⏎ `Foreign
    // Affairs Council (Defence)` ⏎ `Tuesday, 12 May 2026` ⏎ `Brussels`): an agenda of sorts,
    // titled by the meeting, dated by its day, placed where it meets.
    if title_kind.is_none() {
        if let Some(k) = lines.iter().position(|(_, l)| background_label(l)) {
            let next = |n: usize| lines.get(k + n).map(|(_, l)| l.trim());
            if let Some(meeting) =
                next(1).filter(|m| names_a_meeting(m) && !m.contains(|c: char| c.is_ascii_digit()))
            {
                meta.kind = DocumentKind::Agenda;
                meta.title = Some(meeting.to_string());
                let day = next(2).map(dates::find_all).unwrap_or_default();
                if let Some(first) = day.first() {
                    meta.meeting_dates = first.iso();
                    meta.letter_date = None;
                    meta.place = next(3)
                        .filter(|p| {
                            let words = p.split_whitespace().count();
                            (1..=3).contains(&words)
                                && p.starts_with(|c: char| c.is_uppercase())
                                && p.chars()
                                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-'))
                        })
                        .map(str::to_string)
                        .or(meta.place.take());
                }
            }
        }
    }
    // A numbered paper names its own kind in capitals under its dossier's title ("36 812
    // Jaarverslag …" ⏎ "LIJST VAN VRAGEN EN ANTWOORDEN"): a kind it does not announce
    // overrules the dossier's, which names what all the dossier's papers are about.
    if paper && meta.kind != DocumentKind::Other {
        let own = front.iter().find(|(_, s, k)| {
            let s = after_paper_number(s);
            *k == BlockKind::Heading && capitals(s) && s.split_whitespace().count() >= 3
        });
        if own.is_some_and(|(_, s, _)| !announces_document(s)) {
            meta.kind = DocumentKind::Other;
        }
    }

    // A document that names no meeting in its title (a review, a study) is dated by its
    // "Brussels, 14 September 2027" line: written there and then, nothing met.
    // A speech is dated so too, even one at a summit, and given at its dateline's place.
    let speech = meta
        .title
        .as_deref()
        .is_some_and(crate::statements::names_its_speaker);
    // So is a letter under an office's letterhead (`THE PRESIDENT OF THE EUROGROUP`): the
    // office names its body, not a meeting.
    let office = meta.title.as_deref().is_some_and(office_letterhead);
    if meta.kind == DocumentKind::Other
        && dateline_dates
        && (speech || office || !meta.title.as_deref().is_some_and(names_a_meeting))
    {
        meta.letter_date = meta.letter_date.take().or(meta.meeting_dates.pop());
        meta.meeting_dates.clear();
        if !speech {
            meta.place = None;
        }
    }
    // An annual report meets nowhere either: its dateline ("Brussels, 3 May 2024" under the
    // title) says where and when it was written.
    if meta.kind == DocumentKind::AnnualReport && dateline_dates {
        meta.letter_date = meta.letter_date.take().or(meta.meeting_dates.pop());
        meta.meeting_dates.clear();
    }

    // An annual report's foreword signed under its last paragraph without a place and date
    // (`… heeft bereikt.` ⏎ `Mr. drs. H.J. (Hanneke) Bosman` ⏎ `Voorzitter van het bestuur`):
    // the report's signatories.
    if meta.kind == DocumentKind::AnnualReport && meta.signatories.is_empty() {
        if let Some(at) = undated_foreword_signature(layout) {
            signers_from(layout, at, &mut meta.signatories);
        }
    }

    // A committee's list of decisions ("Besluitenlijst procedurevergadering" ⏎ "Datum: woensdag
    // 3 juni 2026") is dated by its meeting's day: the date field is the meeting's.
    if meta.kind == DocumentKind::MeetingReport
        && meta.meeting_dates.is_empty()
        && meta.title.as_deref().is_some_and(|t| {
            t.get(..14)
                .is_some_and(|h| h.eq_ignore_ascii_case("besluitenlijst"))
        })
    {
        if let Some(day) = meta.letter_date.take() {
            meta.meeting_dates = vec![day];
        }
    }

    // The Handelingen date a sitting by a line of its own, weekday first ("Donderdag 12 maart
    // 2026"), and open each item of it with "Aan de orde is …": the record of a meeting, held
    // that day.
    // The dates in such a record's title are those of what it debates (`Debat over de
    // JBZ-Raad van 12 en 13 juni 2026`), not the sitting's: it keeps none.
    let mut undated_sitting = false;
    if meta.kind == DocumentKind::Other && meta.meeting_dates.is_empty() {
        let day = lines.iter().find_map(|(_, s)| sitting_day(s.trim()));
        let item = || {
            layout.blocks[..layout.blocks.len().min(FRONT_BLOCKS)]
                .iter()
                .any(|b| text[b.span.start..b.span.end].starts_with("Aan de orde is "))
        };
        // Without that line (an extract of one item, a record copied from the web), the
        // chair's label over the opening of the item is the sitting's all the same: a record
        // of a meeting whose day the text does not give.
        let chaired = || {
            layout.blocks[..layout.blocks.len().min(FRONT_BLOCKS)]
                .iter()
                .any(|b| text[b.span.start..b.span.end].starts_with("De voorzitter:"))
        };
        match day {
            Some(day) if item() => {
                meta.kind = DocumentKind::MeetingReport;
                meta.meeting_dates = vec![day];
            }
            None if item() && chaired() => {
                meta.kind = DocumentKind::MeetingReport;
                undated_sitting = true;
            }
            _ => {}
        }
    }

    // Meeting dates and place from running text: "op 11 en 12 juli 2022 in Praag".
    if meta.meeting_dates.is_empty() && !undated_sitting {
        let (mut title_dates, mut first_dates) = (None, None);
        // A date field ("Published 3 December 2026") dates the document, not its meeting.
        let candidates = front
            .iter()
            .filter(|(i, s, _)| {
                // `Published 17 November 2026` ⏎ `Updated 18 November 2026`: a block of date
                // fields, the first on its first line.
                let first = s.trim().lines().next().unwrap_or("");
                Some(*i) != dated_block && date_field(first).is_none()
            })
            .map(|(i, s, _)| (Some(*i) == title_block, *s));
        'blocks: for (is_title, s) in candidates {
            for m in dates::find_all(s) {
                if let Some(place) = place_after_date(&s[m.span.end..]) {
                    // An annual report meets nowhere: "adopted … on 14 June 2027 in Vienna"
                    // dates the report itself.
                    if meta.kind == DocumentKind::AnnualReport {
                        meta.letter_date = meta.letter_date.take().or(m.iso().into_iter().next());
                    } else {
                        meta.meeting_dates = m.iso();
                    }
                    meta.place = Some(place.to_string());
                    break 'blocks;
                }
                // "De vaste commissie … heeft op 12 februari 2027 overleg gevoerd met …".
                if s[m.span.end..].starts_with(" overleg gevoerd") {
                    meta.meeting_dates = m.iso();
                    break 'blocks;
                }
                // "Verslag van de Milieuraad van 17 juni 2025 – Luxemburg": a title may end on
                // the place after a dash.
                if let Some(place) = dash_place(&s[m.span.end..]).filter(|_| is_title) {
                    meta.meeting_dates = m.iso();
                    meta.place = Some(place.to_string());
                    break 'blocks;
                }
                // A title may name two meetings ("de Eurogroep van 13 oktober en de Ecofinraad
                // van 14 oktober 2027"): all its dates.
                if is_title {
                    title_dates.get_or_insert_with(Vec::new).extend(m.iso());
                }
                if first_dates.is_none() {
                    first_dates = Some(m.iso());
                }
            }
        }
        // "… van de Eurogroep van 13 oktober 2027 en de Ecofinraad van 14 oktober 2027 in
        // Luxemburg": the place follows the last meeting's date only; a title that names the
        // same meeting among others dates them all.
        if !meta.meeting_dates.is_empty() {
            let mut titled: Vec<String> = meta
                .title
                .as_deref()
                .map(|t| dates::find_all(t).iter().flat_map(|m| m.iso()).collect())
                .unwrap_or_default();
            titled.sort();
            titled.dedup();
            if titled.len() > meta.meeting_dates.len()
                && meta.meeting_dates.iter().all(|d| titled.contains(d))
            {
                meta.meeting_dates = titled;
            }
        }
        // An agenda's title dates the meeting it prepares.
        let agenda = meta.title.as_deref().is_some_and(agenda_title);
        if meta.meeting_dates.is_empty()
            && (agenda
                || matches!(
                    meta.kind,
                    DocumentKind::MeetingReport | DocumentKind::LetterWithMeetingReport
                ))
        {
            meta.meeting_dates = title_dates.or(first_dates).unwrap_or_default();
        }
    }
    // A meeting dated by the title only may be placed by the body's opening paragraph, which
    // says the date again ("Op 14 april 2031 vindt in Luxemburg de Raad … plaats"): the first
    // few paragraphs after the front matter, and only the title's date.
    if meta.place.is_none() && !meta.meeting_dates.is_empty() {
        let blocks = &layout.blocks;
        meta.place = blocks
            .iter()
            .skip(front.len())
            .take(PLACE_PARAGRAPHS)
            .filter(|b| b.kind == BlockKind::Paragraph)
            .find_map(|b| {
                let s = &text[b.span.start..b.span.end];
                let head = &s[..crate::floor_boundary(s, 400)];
                dates::find_all(head).iter().find_map(|m| {
                    m.iso()
                        .first()
                        .is_some_and(|d| meta.meeting_dates.contains(d))
                        .then(|| place_after_date(&head[m.span.end..]))
                        .flatten()
                })
            })
            .map(str::to_string);
    }
    // A press release ends on its meeting information: "Meeting information" ⏎ "Meeting no
    // 4013" ⏎ "Brussels" ⏎ "9 December 2025", the place and the date read as one line.
    if meta.place.is_none() && !meta.meeting_dates.is_empty() {
        meta.place = closing_meeting_place(layout, &meta.meeting_dates);
    }
    // Remarks "following the informal meeting of EU leaders in Valletta": the title names
    // the meeting and its place.
    if meta.place.is_none() {
        meta.place = meta.title.as_deref().and_then(|title| {
            meeting_place_in_title(title)
                .or_else(|| dated_council_place(title).flatten().map(str::to_string))
                .or_else(|| placed_council(title).map(str::to_string))
        });
    }
    // The minutes' own line dates and places their meeting.
    if let Some(m) = minutes.filter(|m| meta.title.as_deref() == Some(m.title.as_str())) {
        if !m.days.is_empty() {
            meta.meeting_dates = m.days;
        }
        if m.place.is_some() {
            meta.place = m.place;
        }
    }
    // A Markdown report's front matter may date it (`date: 2031-06-15`) when its text does
    // not.
    if meta.letter_date.is_none() {
        meta.letter_date = layout
            .front_date
            .clone()
            .filter(|d| !meta.meeting_dates.contains(d));
    }
    // A letter that carries the reports of two meetings or more, each under its own title
    // (`VERSLAG EUROGROEP 4 DECEMBER 2026` … `VERSLAG ECOFINRAAD 5 DECEMBER 2026`): the days
    // of all of them.
    if !meta.meeting_dates.is_empty() {
        let mut days: Vec<String> = Vec::new();
        let mut titles = 0;
        for b in &layout.blocks {
            let s = text[b.span.start..b.span.end].trim();
            if b.lines == 1 && crate::outline::meeting_report_title(s) {
                titles += 1;
                days.extend(dates::find_all(s).iter().flat_map(|m| m.iso()));
            }
        }
        if titles >= 2 && days.iter().any(|d| meta.meeting_dates.contains(d)) {
            days.append(&mut meta.meeting_dates);
            days.sort_unstable();
            days.dedup();
            meta.meeting_dates = days;
        }
    }
    // A written consultation ("Verslag van een schriftelijk overleg") met nowhere: its dates
    // are those of letters sent and answered.
    if meta
        .title
        .as_deref()
        .is_some_and(|t| t.to_lowercase().contains("schriftelijk overleg"))
    {
        meta.meeting_dates.clear();
    }
    // A place set in capitals on a cover or a dateline (`VIGO, 14 MARCH 2026`, `DEN HAAG`) is
    // the place's name as written in running text.
    if let Some(place) = meta.place.as_mut().filter(|p| in_capitals(p)) {
        *place = place_case(place);
    }
    meta
}

/// Whether `s` has two letters or more and no lower-case one.
fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !s.chars().any(char::is_lowercase)
}

/// A place's name in capitals as running text writes it: each word's first letter a capital,
/// the Dutch `'s-` of `'s-Gravenhage` in small letters (`DEN HAAG` → `Den Haag`).
fn place_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word_start = true;
    for c in s.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = matches!(c, ' ' | '-' | '(' | '/');
    }
    if let Some(rest) = out.strip_prefix("'S-") {
        out = format!("'s-{rest}");
    }
    out
}

/// The title of a paper of parliamentary questions: the block that opens with `Vragen van`
/// (the members who ask) and names the addressee and the subject, without its closing
/// `(ingezonden …)` and full stop.
fn questions_title(block: &str) -> Option<&str> {
    const MAX_TITLE: usize = 600;
    let rest = block.strip_prefix("Vragen van ")?;
    if block.len() > MAX_TITLE || !rest.contains(" aan ") || !rest.contains(" over ") {
        return None;
    }
    let title = block.trim_end().trim_end_matches('.');
    let title = match title.rfind("(ingezonden ") {
        Some(k) if title.ends_with(')') => &title[..k],
        _ => title,
    };
    Some(title.trim_end())
}

/// A European Parliament's question number in `line`: `E-001234/2025` (written), `P-…`
/// (priority), `O-…` (oral), at a word's start.
fn ep_question_number(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    b.iter().enumerate().find_map(|(i, &c)| {
        let at_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if !(matches!(c, b'E' | b'P' | b'O') && at_start && b.get(i + 1) == Some(&b'-')) {
            return None;
        }
        let k = digits(b, i + 2, 6)?;
        let k = digits(b, word(b, k, "/")?, 4)?;
        (!b.get(k).is_some_and(u8::is_ascii_digit)).then(|| &line[i..k])
    })
}

/// The date and the one who signs the first answer to a European Parliament's question: the
/// block that opens with `Answer given by`, the role and the name before `on behalf of`, the
/// date in brackets in it or in one of the two blocks after it.
fn ep_answer(layout: &Layout) -> Option<(Option<String>, Option<Signatory>)> {
    const MAX_BLOCKS: usize = 200;
    let block_text = |i: usize| {
        let b = &layout.blocks[i];
        &layout.text[b.span.start..b.span.end]
    };
    let at = (0..layout.blocks.len().min(MAX_BLOCKS))
        .find(|&i| block_text(i).starts_with("Answer given by "))?;
    let first = block_text(at);
    let by = &first["Answer given by ".len()..];
    let by = by[..by.find(" on behalf of").unwrap_or(by.len())]
        .lines()
        .next()
        .unwrap_or("")
        .trim();
    let date = (at..layout.blocks.len().min(at + 3)).find_map(|i| {
        let t = block_text(i);
        let open = t.find('(')?;
        let inner = &t[open + 1..];
        let inner = &inner[..inner.find(')')?];
        dates::parse(inner)
            .into_iter()
            .next()
            .or_else(|| dotted_date(inner.trim()))
    });
    Some((date, answer_signatory(by)))
}

/// A day in figures with stops and no leading zeros, as the European Parliament writes it
/// ("12.3.2025"), as ISO 8601.
fn dotted_date(s: &str) -> Option<String> {
    let mut parts = s.split('.');
    let mut num = |max: usize| -> Option<u32> {
        let p = parts.next()?;
        ((1..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (day, month, year) = (num(2)?, num(2)?, num(4)?);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && year >= 1900 && parts.next().is_none())
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// `Executive Vice-President Ribera` → the role and the name; `Mr Brunner` → the name; `President
/// von der Leyen` → the name keeps its particles.
fn answer_signatory(by: &str) -> Option<Signatory> {
    let words: Vec<&str> = by.split_whitespace().collect();
    let last = words.len().checked_sub(1)?;
    if words.len() > 8 || !words[last].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut start = last;
    while start > 0 && words[start - 1].starts_with(|c: char| c.is_lowercase()) {
        start -= 1;
    }
    let honorific = |w: &str| matches!(w, "Mr" | "Mr." | "Ms" | "Ms." | "Mrs" | "Mrs." | "Dr");
    let role = match &words[..start] {
        [] => None,
        [one] if honorific(one) => None,
        role => Some(role.join(" ")),
    };
    Some(Signatory {
        role,
        name: Some(words[start..].join(" ")),
    })
}

/// The day an answer to parliamentary questions was received: `(ontvangen 14 november 2025)`
/// in the block that opens with `Antwoord van`.
fn answer_date(block: &str) -> Option<String> {
    if !block.starts_with("Antwoord van ") {
        return None;
    }
    let at = block.find("(ontvangen ")?;
    let inner = &block[at + 1..];
    let inner = &inner[..inner.find(')')?];
    dates::parse(inner).into_iter().next()
}

/// The one who answers parliamentary questions, as the block that opens with `Antwoord van`
/// names them: `Antwoord van minister Van Weel (Buitenlandse Zaken)` is the minister of
/// Foreign Affairs, Van Weel.
fn answerer(block: &str) -> Option<Signatory> {
    let rest = block.strip_prefix("Antwoord van ")?;
    let (title, rest) = rest.split_once(' ')?;
    let title = title.to_lowercase();
    if !["minister", "staatssecretaris", "minister-president"].contains(&title.as_str()) {
        return None;
    }
    let (name, rest) = rest.split_once(" (")?;
    let (ministry, _) = rest.split_once(')')?;
    let capitalised = |s: &str| s.starts_with(|c: char| c.is_uppercase());
    if !capitalised(name) || name.split(' ').count() > 5 || ministry.starts_with("ontvangen") {
        return None;
    }
    Some(Signatory {
        role: Some(format!("{title} van {ministry}")),
        name: Some(name.to_string()),
    })
}

/// The Council configuration that an outcome names under its title, in one of four ways: the
/// line after the meeting's number (`4051st Council meeting` ⏎ `Justice and Home Affairs`),
/// in brackets after it (`4127th meeting of the Council of the European Union` ⏎
/// `(Agriculture and Fisheries)`, or `(Fisheries)` on the same line), or before the place in
/// its dateline (`Justice and Home Affairs Council, Luxembourg, 9 and 10 October`), or alone
/// over the dateline (`Justice and Home Affairs Council` ⏎ `Luxembourg, 12 and 13 June 2025`).
fn outcome_configuration(lines: &[(usize, Cow<'_, str>)]) -> Option<String> {
    const MAX_WORDS: usize = 8;
    let title = lines.iter().position(|(_, l)| is_outcome_title(l))?;
    // A configuration's name, perhaps with its formation in brackets, where commas may stand
    // (`Competitiveness (Internal Market, Industry, Research and Space)`).
    let name = |s: &str| {
        let s = s.trim();
        let head = s.split_once(" (").map_or(s, |(head, _)| head);
        let words = s.split_whitespace().count();
        ((1..=MAX_WORDS).contains(&words)
            && s.starts_with(|c: char| c.is_uppercase())
            && !s.contains(|c: char| c.is_ascii_digit() || c == ':')
            && !head.contains([',', '.']))
        .then(|| s.to_string())
    };
    // In brackets the name may list its fields (`(Transport, Telecommunications and
    // Energy)`): commas closed by `and`.
    let bracketed = |s: &str| {
        let inner = s.trim().strip_suffix(')')?;
        let inner = &inner[inner.rfind('(')? + 1..];
        let listed = inner.contains(", ")
            && (inner.contains(" and ") || inner.contains(" en "))
            && !inner.contains('.');
        let whole = inner.replace(", ", " ");
        name(inner).or_else(|| {
            listed
                .then(|| name(&whole))
                .flatten()
                .map(|_| inner.to_string())
        })
    };
    let after = &lines[title + 1..lines.len().min(title + 4)];
    let (_, first) = after.first()?;
    // `Subject: 4217th meeting of the Council (Environment)`.
    let first = first.trim();
    let first = first.strip_prefix("Subject:").map_or(first, str::trim);
    let numbered_meeting = first.starts_with(|c: char| c.is_ascii_digit()) && {
        let lower = first.to_lowercase();
        lower.contains("meeting") || lower.contains("zitting")
    };
    if numbered_meeting {
        return bracketed(first).or_else(|| {
            let (_, next) = after.get(1)?;
            let next = next.trim();
            bracketed(next)
                .filter(|_| next.starts_with('('))
                .or_else(|| name(next).filter(|n| dates::month(n).is_none()))
        });
    }
    // `Justice and Home Affairs Council` ⏎ `Luxembourg, 12 and 13 June 2025`: the
    // configuration alone over the dateline.
    if first.ends_with(" Council") {
        let dateline = after.get(1).is_some_and(|(_, next)| {
            next.trim().split_once(", ").is_some_and(|(place, date)| {
                place.split(' ').count() <= 3
                    && place.starts_with(|c: char| c.is_uppercase())
                    && date.starts_with(|c: char| c.is_ascii_digit())
                    && dates::find_all(date)
                        .first()
                        .is_some_and(|m| m.span.start == 0)
            })
        });
        if dateline {
            return name(first);
        }
    }
    // `Justice and Home Affairs Council, Luxembourg, 9 and 10 October`: a dateline.
    let (head, rest) = first.split_once(", ")?;
    (head.ends_with(" Council") && rest.contains(|c: char| c.is_ascii_digit()))
        .then(|| name(head))
        .flatten()
}

/// The day of a line that is a press label, a date and perhaps a time (`Press release 3 March
/// 2026 22:40`).
pub(crate) fn press_label_dated(line: &str) -> Option<String> {
    let b = line.as_bytes();
    let label = PRESS_LABELS.iter().find(|p| {
        b.len() > p.len() + 1
            && b[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            && b[p.len()] == b' '
    })?;
    let rest = &line[label.len() + 1..];
    let m = dates::find_all(rest).into_iter().next()?;
    if m.span.start != 0 || m.dates.len() != 1 {
        return None;
    }
    let after = rest[m.span.end..].trim();
    (after.is_empty() || clock_time(after)).then(|| m.iso().pop())?
}

/// Whether `s` is a time of day alone: `22:40`, `9:05`.
fn clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.len(), 4 | 5)
        && b[b.len() - 3] == b':'
        && b.iter().filter(|c| c.is_ascii_digit()).count() == b.len() - 1
}

/// Whether `line` labels a Council's background brief: `BACKGROUND`, `Background brief`,
/// `Background note`, perhaps with a footnote's mark (`BACKGROUND¹`, `BACKGROUND*`).
fn background_label(line: &str) -> bool {
    let s = line
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '¹' | '²' | '³' | '*'));
    ["background", "background brief", "background note"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
}

/// Whether `s` reads as a Council configuration's name alone on its line (`Environment`,
/// `Agriculture and Fisheries`): one to eight words, a capital first, no figure, date or
/// punctuation but brackets.
fn configuration_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=8).contains(&words)
        && s.starts_with(|c: char| c.is_uppercase())
        && !s.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ',' | '.'))
        && dates::month(s).is_none()
}

/// The place a title ends on after `meeting … in` ("… following the informal meeting of EU
/// leaders in Valletta"): one or two capitalised words, no figure.
fn meeting_place_in_title(title: &str) -> Option<String> {
    let (head, place) = title.rsplit_once(" in ")?;
    let words: Vec<&str> = place.split(' ').collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && w.chars().count() > 1
    });
    (head.contains(" meeting") && (1..=2).contains(&words.len()) && capitalised)
        .then(|| place.to_string())
}

/// The labels of a press release, over its date and headline.
const PRESS_LABELS: [&str; 6] = [
    "press release",
    "persbericht",
    "communiqué de presse",
    // A press office's remarks of a president after a meeting, dated and numbered as its
    // releases are.
    "statements and remarks",
    "statement and remarks",
    "press statement",
];

/// Whether `line` is a press office's label alone (`Press release`, `Statements and remarks`).
pub(crate) fn press_label(line: &str) -> bool {
    let l = line.trim();
    PRESS_LABELS
        .iter()
        .any(|p| p.len() == l.len() && p.eq_ignore_ascii_case(l))
}

/// A press office's number of a release on a line of its own (`312/26`).
fn press_number(line: &str) -> bool {
    let (a, b) = line.split_once('/').unwrap_or(("", ""));
    (1..=4).contains(&a.len())
        && b.len() == 2
        && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
}

/// The day of a press release (ISO 8601) and the index of its line's block: the line after
/// the label ("Press release" ⏎ "12 March 2026 18:45", or "12-03-2026 - 18:45" in figures, as a
/// parliament's press room writes it), a date alone at the head of its line and a time at most
/// after it. `None` without the label among the front lines.
fn press_release_date(lines: &[(usize, Cow<'_, str>)]) -> Option<(String, usize)> {
    let label = lines.iter().position(|(_, l)| {
        let l = l.trim();
        PRESS_LABELS
            .iter()
            .any(|p| p.len() == l.len() && p.eq_ignore_ascii_case(l))
    });
    // `Press release 3 March 2026 22:40`: a web page's label, date and time joined on a line.
    let Some(label) = label else {
        return lines
            .iter()
            .find_map(|(block, l)| Some((press_label_dated(l.trim())?, *block)));
    };
    // The release's number may stand between the label and the date.
    let numbered = lines
        .get(label + 1)
        .is_some_and(|(_, l)| press_number(l.trim()));
    let (block, line) = lines.get(label + 1 + usize::from(numbered))?;
    let line = line.trim();
    let (day, end) = match dates::find_all(line).first() {
        Some(m) if m.span.start == 0 && m.dates.len() == 1 => (m.iso().pop()?, m.span.end),
        _ => numeric_date(line)?,
    };
    // `30 January 2026 | 16:40`: a web page's date and time set apart by a bar.
    let rest = line[end..].trim_start_matches([' ', '-', '–', ',', '|']);
    // `18:45`, or `14.05` as a Nordic government's page writes the hour.
    let time = rest.len() >= 4
        && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && matches!(rest.as_bytes()[2], b':' | b'.');
    (rest.is_empty() || time).then_some((day, *block))
}

/// What a committee's minutes say of themselves under their label.
struct MinutesLabel {
    /// "Minutes of the Committee on …", or "Minutes" when no body heads them.
    title: String,
    /// The days of `Meeting of 19 October 2026, …` under the label.
    days: Vec<String>,
    /// The place on a line of capitals under that (`BRUSSELS`), in running text's case.
    place: Option<String>,
}

/// The label `MINUTES` alone on a line of the front matter, with the meeting line under it
/// (`Meeting of 19 October 2026, 9.00-12.30 and 14.30-18.30`), as a parliament's committee
/// sets its minutes; the body is the last heading over the label that holds no figure (not
/// the document's number, nor the parliament's term `2024-2029`).
fn minutes_label(layout: &Layout) -> Option<MinutesLabel> {
    let text = layout.text.as_str();
    let blocks = &layout.blocks[..layout.blocks.len().min(FRONT_BLOCKS / 4)];
    let block_text = |i: usize| {
        let b = &blocks[i];
        text[b.span.start..b.span.end]
            .trim_start_matches('#')
            .trim()
    };
    let label = (0..blocks.len()).find(|&i| block_text(i).eq_ignore_ascii_case("minutes"))?;
    let meeting = block_text((label + 1).min(blocks.len() - 1));
    let found = dates::find_all(meeting);
    let opens = ["Meeting of ", "Meeting on "]
        .iter()
        .any(|w| meeting.starts_with(w));
    let days = found
        .first()
        .filter(|_| opens)
        .map(|m| m.iso())
        .unwrap_or_default();
    let place = (!days.is_empty() && label + 2 < blocks.len())
        .then(|| block_text(label + 2))
        .filter(|s| {
            capitals(s)
                && s.split(' ').count() <= 2
                && s.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        })
        .map(running_case);
    let body = (0..label).rev().map(block_text).find(|s| {
        s.split_whitespace().count() >= 2
            && !s.bytes().any(|b| b.is_ascii_digit())
            && s.starts_with(|c: char| c.is_uppercase())
            && !s.ends_with('.')
    });
    let title = match body {
        Some(body) => format!("Minutes of the {body}"),
        None => "Minutes".to_string(),
    };
    Some(MinutesLabel { title, days, place })
}

/// Among how many blocks at the text's head the line that names a speech's speaker is looked
/// for: the issuer, the press office's label, a dateline and a notice may stand above it.
const SPEECH_LINE_BLOCKS: usize = 5;

/// The most words a press release's headline has.
const MAX_HEADLINE_WORDS: usize = 24;

/// A press release's headline: the block right after its date's block `block`, one line of a
/// few words that is no sentence (it ends in no full stop). A heading's Markdown marks aside.
/// Remarks' headline, which names their speaker (`Remarks by Vice-President X following the
/// Foreign Affairs Council …`), may wrap onto a second line: its words joined.
fn headline_after(layout: &Layout, block: usize) -> Option<String> {
    let mut b = layout.blocks.get(block + 1)?;
    // A web page sets the time of issue on a line of its own under the date (`22:40`).
    if clock_time(layout.text[b.span.start..b.span.end].trim()) {
        b = layout.blocks.get(block + 2)?;
    }
    let s = layout.text[b.span.start..b.span.end]
        .trim_start_matches('#')
        .trim();
    // A dateline's place under the date (`Nicosia, Cyprus`) is no headline.
    if s.contains(',') && place_line(s) {
        return None;
    }
    let words = s.split_whitespace().count();
    let lines_ok = b.lines == 1 || b.lines == 2 && crate::statements::names_its_speaker(s);
    (lines_ok && (2..=MAX_HEADLINE_WORDS).contains(&words) && !s.ends_with(['.', ':', ',']))
        .then(|| s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A web page's headline set over its press label (`Informal meeting of … ministers: …` ⏎
/// `Press release` ⏎ `30 January 2026 | 16:40` ⏎ `Nicosia, Cyprus`): the block right before the
/// label's, one line of four words or more that is no sentence. Asked only when no headline
/// follows the date. An issuer's name there (`Council of the EU`, `Cyprus Presidency of the
/// Council of the European Union 2026`) has no word in small letters but its articles and
/// prepositions: a headline has one at least (`meeting`, `agree`).
fn headline_before_label(layout: &Layout, lines: &[(usize, Cow<'_, str>)]) -> Option<String> {
    const SMALL: [&str; 8] = [
        "with", "from", "into", "over", "upon", "that", "this", "their",
    ];
    let (label, _) = lines.iter().find(|(_, l)| press_label(l))?;
    let b = layout.blocks.get(label.checked_sub(1)?)?;
    let s = layout.text[b.span.start..b.span.end]
        .trim_start_matches('#')
        .trim();
    let words = s.split_whitespace().count();
    let worded = s.split_whitespace().any(|w| {
        let w = w.trim_end_matches([',', ':', ';']);
        w.len() >= 4 && w.starts_with(|c: char| c.is_lowercase()) && !SMALL.contains(&w)
    });
    (b.lines == 1
        && worded
        && (4..=MAX_HEADLINE_WORDS).contains(&words)
        && !s.ends_with(['.', ':', ',']))
    .then(|| s.to_string())
}

/// The headline in the block right before the block `field` whose first line is a web page's
/// publication date (`Published 17 November 2026`, `Published on …`): one line of four words
/// or more, one of them in small letters, that ends in no stop or colon. Not a letter's
/// `Datum` field, whose block above is its addressee.
fn headline_over_publication(layout: &Layout, field: usize) -> Option<String> {
    let f = layout.blocks.get(field)?;
    let first = layout.text[f.span.start..f.span.end].lines().next()?;
    if !first
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("published"))
    {
        return None;
    }
    let b = layout.blocks.get(field.checked_sub(1)?)?;
    let s = layout.text[b.span.start..b.span.end]
        .trim_start_matches('#')
        .trim();
    let words = s.split_whitespace().count();
    let worded = s
        .split_whitespace()
        .any(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_lowercase()));
    (b.lines == 1
        && worded
        && (4..=MAX_HEADLINE_WORDS).contains(&words)
        && !s.ends_with(['.', ':', ',']))
    .then(|| s.to_string())
}

/// A dateline's place alone on its line (`Nicosia, Cyprus`, `Luxembourg`): one to three
/// capitalised words, a comma at most between them, no figure.
fn place_line(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=3).contains(&words)
        && s.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        })
}

/// A day written in figures at the head of `line`, day first ("12-03-2026", "12.03.2026",
/// "12/03/2026"), as ISO 8601, and where it ends.
fn numeric_date(line: &str) -> Option<(String, usize)> {
    let b = line.as_bytes();
    let sep = *b.get(2)?;
    if b.len() < 10 || !matches!(sep, b'-' | b'.' | b'/') || b[5] != sep {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { line.get(r)?.parse().ok() };
    let (day, month, year) = (num(0..2)?, num(3..5)?, num(6..10)?);
    let figure_follows = b.get(10).is_some_and(u8::is_ascii_digit);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && year >= 1900 && !figure_follows)
        .then(|| (format!("{year:04}-{month:02}-{day:02}"), 10))
}

/// How many blocks from the end the closing meeting information is looked for: a list of
/// participants may follow it, a delegation or two to a block.
const CLOSING_BLOCKS: usize = 64;

/// The place of a press release's closing meeting information: within the last blocks (a list
/// of participants may follow it), after "Meeting information", a block of a place in
/// capitalised words and the meeting's date.
fn closing_meeting_place(layout: &Layout, meeting_dates: &[String]) -> Option<String> {
    let text = layout.text.as_str();
    let blocks = &layout.blocks;
    let tail = &blocks[blocks.len().saturating_sub(CLOSING_BLOCKS)..];
    let info = tail.iter().position(|b| {
        text[b.span.start..b.span.end]
            .trim()
            .eq_ignore_ascii_case("meeting information")
    })?;
    tail[info + 1..].iter().take(3).find_map(|b| {
        let s = text[b.span.start..b.span.end].trim();
        if s.len() > 80 {
            return None;
        }
        let found = dates::find_all(s);
        let m = found.first()?;
        let place = s[..m.span.start].trim().trim_end_matches(',');
        let named = !place.is_empty()
            && place.split(' ').count() <= 3
            && place
                .split(' ')
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        (named
            && m.span.end + 1 >= s.len()
            && m.iso().first().is_some_and(|d| meeting_dates.contains(d)))
        .then(|| place.to_string())
    })
}

/// The source lines of the front blocks, with their block's index and non-ASCII spaces made
/// plain: where layout joined two lines of a block it left one space that no piece of the
/// offset map covers.
/// Whether the front matter holds a note's `From:` and `To:` fields.
fn addressed_note(lines: &[(usize, Cow<'_, str>)]) -> bool {
    let field = |label: &str| lines.iter().any(|(_, l)| l.trim_start().starts_with(label));
    field("From:") && field("To:")
}

/// The days of the meeting a subject from block `from` on names: `meeting of the Working
/// Party on the Environment` ⏎ `on 3 December 2026`, the subject's lines read as one.
fn meeting_on_in(lines: &[(usize, Cow<'_, str>)], from: usize) -> Option<Vec<String>> {
    let mut subject = String::new();
    for (_, l) in lines.iter().filter(|(i, _)| *i >= from).take(8) {
        subject.push_str(l.trim());
        subject.push(' ');
    }
    let at = subject.find("meeting")?;
    let mut rest = &subject[at..];
    while let Some(on) = rest.find(" on ") {
        let after = &rest[on + 4..];
        let found = dates::find_all(after);
        if let Some(m) = found.first().filter(|m| m.span.start == 0) {
            return Some(m.iso());
        }
        rest = after;
    }
    None
}

/// The front line right under the one that reads `title`, trimmed.
fn line_under<'a>(lines: &'a [(usize, Cow<'_, str>)], title: &str) -> Option<&'a str> {
    let at = lines.iter().position(|(_, l)| l.trim() == title)?;
    lines.get(at + 1).map(|(_, l)| l.trim())
}

/// Where the masthead ends when the section at `start` is one: a Markdown report sets its
/// issuer as a heading under its title (`# Jaarverslag 2025` ⏎ `**Inspectie Justitie en
/// Veiligheid**`, `## College voor de Rechten van de Mens`), and its place, date and reference
/// under that (`Den Haag, 26 maart 2026` ⏎ `Kenmerk: IJenV/2026/0412`), before the first
/// chapter. Such a section is unnumbered, has no subsections, and holds one to four short
/// blocks of one line, one with a year in it, and no paragraph of running text, list or table;
/// another section follows it.
fn masthead_end(layout: &Layout, outline: &[Section], start: usize) -> Option<usize> {
    let section = outline
        .iter()
        .chain(outline.first().into_iter().flat_map(|s| s.children.first()))
        .find(|s| s.heading.start == start)?;
    if section.number.is_some()
        || !section.children.is_empty()
        || section.range.end >= layout.text.len()
    {
        return None;
    }
    let body: Vec<&str> = layout
        .blocks
        .iter()
        .filter(|b| b.span.start >= section.heading.end && b.span.end <= section.range.end)
        .take(5)
        .map(|b| {
            let s = &layout.text[b.span.start..b.span.end];
            // A label's line may read as a heading the outline did not take (`Kenmerk: …`).
            let kind = matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading);
            if b.lines == 1 && kind && s.len() <= 100 {
                s
            } else {
                ""
            }
        })
        .collect();
    let dated = |s: &str| {
        s.as_bytes()
            .windows(4)
            .any(|w| matches!(&w[..2], b"19" | b"20") && w.iter().all(u8::is_ascii_digit))
    };
    ((1..=4).contains(&body.len())
        && body
            .iter()
            .all(|s| !s.is_empty() && !s.starts_with('|') && !s.ends_with(['.', ':', ';']))
        && body.iter().any(|s| dated(s)))
    .then_some(section.range.end)
}

fn front_lines<'a>(
    layout: &'a Layout,
    front: &[(usize, &str, BlockKind)],
) -> Vec<(usize, Cow<'a, str>)> {
    let pieces = layout.offsets.pieces();
    let mut lines = Vec::new();
    for &(i, _, _) in front {
        let Some(block) = layout.blocks.get(i) else {
            continue;
        };
        let (start, end) = (block.span.start, block.span.end);
        let mut from = start;
        let first = pieces.partition_point(|&(r, _, len)| r + len <= start);
        for w in pieces[first..].windows(2) {
            let ((r0, _, len0), (r1, _, _)) = (w[0], w[1]);
            if r1 >= end {
                break;
            }
            let cut = r0 + len0;
            if r1 == cut + 1 && cut > from && layout.text.as_bytes().get(cut) == Some(&b' ') {
                if let Some(line) = layout.text.get(from..cut) {
                    lines.push((i, ascii_spaces(line)));
                    from = cut + 1;
                }
            }
        }
        if let Some(line) = layout.text.get(from..end) {
            lines.push((i, ascii_spaces(line)));
        }
    }
    // A reStructuredText field (`:Date: 19 March 2026`) is read as the field it is (`Date:
    // 19 March 2026`).
    for (_, line) in &mut lines {
        if let Some(field) = rst_field(line) {
            *line = Cow::Owned(field);
        }
    }
    lines
}

/// A line of a reStructuredText field list without its first colon: `:Date: 19 March 2026` is
/// `Date: 19 March 2026`. The name is one to three words, a capital first.
fn rst_field(line: &str) -> Option<String> {
    let rest = line.strip_prefix(':')?;
    let (name, value) = rest.split_once(':')?;
    (name.starts_with(|c: char| c.is_uppercase())
        && (1..=3).contains(&name.split_whitespace().count())
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && value.starts_with(' '))
    .then(|| rest.to_string())
}

/// The session year and the reference, from the front matter or a running header.
///
/// Not inlined, like [`language`]: its loops over every running header of a long report made
/// [`extract`], which runs once, hot enough for V8 to recompile all of it with its optimising
/// compiler on a page's first analysis in WebAssembly.
#[inline(never)]
fn references(
    front: &[(usize, &str, BlockKind)],
    furniture: &[String],
    layout: &Layout,
) -> (Option<String>, Option<Reference>) {
    let furniture: Vec<Cow<str>> = furniture.iter().map(|l| ascii_spaces(l)).collect();
    let headers = furniture.iter().map(Cow::as_ref);
    let mut reference: Option<Reference> = None;
    let mut year = None;
    for line in front.iter().map(|(_, s, _)| *s).chain(headers.clone()) {
        if let Some(c) = one_line_reference(line) {
            year = Some(format!("{}–{}", c.first_year, c.second_year));
            reference = Some(Reference {
                dossier: c.dossier.to_string(),
                number: Some(c.number.to_string()),
                title: None,
            });
            break;
        }
    }
    if reference.is_none() {
        // Or at the foot of the last page, as a footer or the text's last line.
        let last_lines = layout.blocks.iter().rev().take(3).filter_map(|b| {
            let s = &layout.text[b.span.start..b.span.end];
            (b.lines == 1).then_some(s)
        });
        if let Some((dossier, number)) = front
            .iter()
            .map(|(_, s, _)| *s)
            .chain(headers.clone())
            .chain(last_lines)
            .find_map(kamerstuk_citation)
        {
            reference = Some(Reference {
                dossier: dossier.to_string(),
                number: Some(number.to_string()),
                title: None,
            });
        }
    }
    for line in front.iter().map(|(_, s, _)| *s).chain(headers.clone()) {
        if year.is_none() {
            if let Some((first, second)) = session_year(line) {
                year = Some(format!("{first}–{second}"));
            }
        }
        if let Some((dossier, title)) = dossier(line) {
            let r = reference.get_or_insert_with(Reference::default);
            if r.dossier.is_empty() || (r.dossier == dossier && r.title.is_none()) {
                r.dossier = dossier.to_string();
                r.title = title.map(|t| t.trim().to_string());
            }
        }
        if let Some(n) = number(line) {
            let r = reference.get_or_insert_with(Reference::default);
            if r.number.is_none() {
                r.number = Some(n.to_string());
            }
        }
    }
    // Set in two columns, the dossier's number and its title part: "21 501-07" ⏎ "Nr. 2143" in
    // the left, "Raad voor Economische en Financiële Zaken" heading the right one.
    if let Some(r) = reference.as_mut().filter(|r| r.title.is_none()) {
        r.title = column_dossier_title(front, &r.dossier).map(str::to_string);
    }
    if reference.as_ref().is_none_or(|r| r.dossier.is_empty()) {
        // A Council document number ("14602/24") in the running footer or the front matter.
        let found = headers
            .chain(front.iter().map(|(_, s, _)| *s))
            .find_map(council_document)
            .map(str::to_string)
            .or_else(|| {
                // On a line of its own inside a cover block ("(OR. en)" ⏎ "15872/26").
                front_lines(layout, front)
                    .iter()
                    .find_map(|(_, s)| council_document(s).map(str::to_string))
            });
        if let Some(c) = found {
            let r = reference.get_or_insert_with(Reference::default);
            r.dossier = c;
        }
    }
    (year, reference)
}

/// The day of a sitting as the Handelingen head it: a Dutch weekday and one date, alone on
/// the line ("Donderdag 12 maart 2026").
fn sitting_day(line: &str) -> Option<String> {
    let (weekday, rest) = line.split_once(' ')?;
    if !dates::WEEKDAYS[..7]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(weekday))
    {
        return None;
    }
    let found = dates::find_all(rest);
    match found.as_slice() {
        [m] if m.span.start == 0 && m.span.end == rest.len() && m.dates.len() == 1 => {
            m.iso().into_iter().next()
        }
        _ => None,
    }
}

/// A Kamerstuk's header line without its number when one space sets them apart ("Nr. 1120
/// VERSLAG VAN EEN SCHRIFTELIJK OVERLEG" → the name); the line itself otherwise.
fn after_paper_number(line: &str) -> &str {
    let Some(rest) = line.strip_prefix("Nr. ") else {
        return line;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[digits..].strip_prefix(' ') {
        Some(name) if digits > 0 => name.trim_start(),
        _ => line,
    }
}

/// Bytes of a line at most that [`title_word`] reads.
const MAX_TITLE_LINE: usize = 512;

/// Whether a line announces the document it heads: a report ("Verslag van …", "Outcome of
/// the Council meeting") or an agenda ("Geannoteerde agenda …").
pub(crate) fn announces_document(s: &str) -> bool {
    // A Kamerstuk's number goes before its title on one line ("Nr. 1702 VERSLAG VAN …").
    let s = after_paper_number(s);
    title_word(s).is_some() || agenda_title(s)
}

/// "Geannoteerde agenda Raad …", "Annotated agenda", "Agenda".
fn agenda_title(s: &str) -> bool {
    let s = s.trim_start_matches('#').trim();
    let head = s.get(..s.len().min(24)).unwrap_or(s);
    let lower = head.to_lowercase();
    [
        "geannoteerde agenda",
        "annotated agenda",
        "provisional agenda",
        "agenda ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
}

/// "4129th Council meeting", "4012th meeting of the Council of the European Union", and in a
/// Dutch outcome "4119e zitting van de Raad van de Europese Unie", "4119e Raadszitting".
fn ordinal_meeting(lower: &str) -> bool {
    let digits = lower.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &lower[digits..];
    digits > 0
        && (["st ", "nd ", "rd ", "th "]
            .iter()
            .filter_map(|s| rest.strip_prefix(s))
            .any(|r| r.starts_with("council meeting") || r.starts_with("meeting of the council"))
            || rest.strip_prefix("e ").is_some_and(|r| {
                r.starts_with("zitting van de raad") || r.starts_with("raadszitting")
            }))
}

/// The title every Council outcome has, in English or in its Dutch version ("Outcome of the
/// Council meeting", "Resultaten van de Raadszitting").
fn is_outcome_title(s: &str) -> bool {
    let s = s.trim();
    s.eq_ignore_ascii_case("outcome of the council meeting")
        || s.eq_ignore_ascii_case("resultaten van de raadszitting")
}

/// The document kind a title announces.
/// Words by which a title names a meeting ("Report of the joint meeting on …").
const MEETING_WORDS: [&str; 14] = [
    "meeting",
    // The ministers of the euro area meet as a group, not a Council formation.
    "eurogroup",
    "eurogroep",
    "council",
    "session",
    "conference",
    "summit",
    "hearing",
    "vergadering",
    "raad",
    "bijeenkomst",
    "overleg",
    "zitting",
    "debat",
];

/// Whether `title` names a meeting by one of [`MEETING_WORDS`].
/// A ministry's or department's name as a masthead: `Ministry of Finance of …`, `Federal
/// Ministry for …`, `Department of Agriculture, Food and the Marine`, `Ministerie van …`.
fn ministry_masthead(s: &str) -> bool {
    let s = s.trim();
    s.len() <= 120
        && !s.ends_with('.')
        && [
            "ministry of ",
            "ministry for ",
            "federal ministry ",
            "department of ",
            "department for ",
            "ministerie van ",
        ]
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// Whether `title` is a report's kind alone (`VERSLAG`, `Report`, `Notulen`), which names no
/// meeting.
fn bare_report_word(title: &str) -> bool {
    ["verslag", "report", "notulen", "minutes", "nota", "note"]
        .iter()
        .any(|w| title.eq_ignore_ascii_case(w))
}

pub(crate) fn names_a_meeting(title: &str) -> bool {
    let lower = title.to_lowercase();
    MEETING_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether `s` ends in `tail` (ASCII), in any case.
fn ends_with_ignore_case(s: &str, tail: &str) -> bool {
    let s = s.trim_end();
    s.len() >= tail.len()
        && s.is_char_boundary(s.len() - tail.len())
        && s[s.len() - tail.len()..].eq_ignore_ascii_case(tail)
}

fn title_word(s: &str) -> Option<DocumentKind> {
    // A title is a line or two: a text saved as one line is read no further than its head,
    // which the checks below would otherwise scan whole, some of them once per word.
    let s = &s[..crate::floor_boundary(s, MAX_TITLE_LINE)];
    let s = s.trim_start_matches('#').trim();
    let lower = s
        .get(..s.len().min(64))
        .map_or_else(|| s.to_lowercase(), str::to_lowercase);
    if lower.starts_with("verslag")
        // "Kort verslag Coreper II, 25 november 2026": a civil servant's short report.
        || lower.starts_with("kort verslag")
        || lower.starts_with("beknopt verslag")
        || lower.starts_with("conceptverslag")
        // "Besluitenlijst procedurevergadering": a committee's list of what its meeting decided.
        || lower.starts_with("besluitenlijst")
        || ordinal_meeting(&lower)
        || lower.starts_with("outcome of the")
        || lower.starts_with("resultaten van de raadszitting")
        || lower.starts_with("report of the meeting")
        // "Report of the joint meeting on …", "Report of the informal meeting of …".
        || (lower.starts_with("report of the ") && lower.contains(" meeting"))
        // "Report of the Working Group on … on its fifth session": a body's report of a session
        // it held, its name often longer than the head read here.
        || (lower.starts_with("report of the ") && session_report(s))
        // "Report of the Foreign Affairs Council (Trade) of 18 November 2026": a ministry's
        // account of a meeting it dates (not "Report of the Commission to the Council").
        || (lower.starts_with("report of the ")
            && (lower.contains(" council") || lower.contains(" summit"))
            && !lower.contains(" to the ")
            && !dates::find_all(s).is_empty())
        || lower.starts_with("minutes of")
        || lower.starts_with("summary record")
        // A parliament's record of a sitting, every speech in full ("Verbatim report of
        // proceedings", "Volledig verslag van de vergaderingen").
        || lower.starts_with("verbatim report")
        || lower.starts_with("volledig verslag")
        // "Summary of the European Council meeting, 26-27 June 2026", "Report on the Justice
        // and Home Affairs Council, 11-12 December 2026": a page's account of a meeting it
        // names (not "Report on the implementation of …").
        // "Report from the Environment Council 17 March 2027 in Brussels": a Danish ministry's.
        || (lower.starts_with("summary of the ")
            || lower.starts_with("report on the ")
            || lower.starts_with("report from the "))
            && (lower.contains(" meeting") || lower.contains(" council") || lower.contains(" summit"))
        || debrief_of_dated_meeting(s)
        // "European Council meeting (19 and 20 March 2026) – Conclusions".
        // The head read above may stop short of the last word: the title's own end is read.
        || (lower.contains(" meeting") && ends_with_ignore_case(s, "conclusions"))
        || dated_council(s)
        || placed_council(s).is_some()
        || council_decides(s)
        || at_the_council(s)
        || report_after_dash(s)
        || remarks_after_meeting(s)
    {
        Some(DocumentKind::MeetingReport)
    } else if lower.starts_with("jaarverslag")
        // "Consolidated Annual Activity Report 2026", "Geconsolideerd jaarverslag".
        || ["jaarverslag", "annual report", "annual activity report"]
            .iter()
            .any(|w| lower.contains(w))
    {
        Some(DocumentKind::AnnualReport)
    } else if agenda_kind_title(&lower) {
        // "Geannoteerde agenda Raad Algemene Zaken van 15 december 2026, aangevuld met
        // verslag": an agenda that, after the meeting, carries its report (it was an agenda).
        if agenda_with_report(s) {
            Some(DocumentKind::MeetingReport)
        } else {
            Some(DocumentKind::Agenda)
        }
    } else {
        None
    }
}

/// Whether an agenda's title says the report of its meeting was added to it: "…, aangevuld
/// met verslag", "… inclusief verslag", "Geannoteerde agenda en verslag …", "… with report". Not
/// a report announced for later ("… ; verslag volgt"), which says nothing of this paper.
fn agenda_with_report(title: &str) -> bool {
    let lower = title.to_lowercase();
    [
        "aangevuld met verslag",
        "aangevuld met het verslag",
        "aangevuld met een verslag",
        "inclusief verslag",
        "inclusief het verslag",
        "agenda en verslag",
        "agenda and report",
        "updated with the report",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// "Remarks by President X following the European Council meeting of 26 and 27 March 2026",
/// "Press remarks by … after the Foreign Affairs Council": what the speaker told the press
/// after a meeting reports on it, as an outcome does. A speech at a meeting does not.
fn remarks_after_meeting(s: &str) -> bool {
    if !crate::statements::names_its_speaker(s) || !s.contains("emarks by ") {
        return false;
    }
    [" following the ", " after the ", " at the end of the "]
        .iter()
        .find_map(|w| s.find(w).map(|k| &s[k + w.len()..]))
        .is_some_and(names_a_meeting)
}

/// "DEBRIEF: COREPER II, 20 January 2027", "Read-out: Foreign Affairs Council, 16 March
/// 2027": a diplomat's account of a meeting, its label before the colon and the dated meeting
/// after it (a permanent representation's e-mail to its capital).
fn debrief_of_dated_meeting(s: &str) -> bool {
    const LABELS: [&str; 5] = ["debrief", "debriefing", "read-out", "readout", "report"];
    s.split_once(": ").is_some_and(|(label, meeting)| {
        LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
            && dated_council_name(meeting.trim()).is_some()
    })
}

/// "Justice and Home Affairs Council, 12–13 June 2025", "Foreign Affairs Council (Trade), 4
/// December 2025": a press release names the meeting it reports on by the Council's
/// configuration and its date, on a line of their own.
fn dated_council(s: &str) -> bool {
    // "Eurogroup, 2 February 2026: main results": the press release's headline names what it
    // gives after the meeting's name and day.
    let s = [": main results", " – main results", " - main results"]
        .iter()
        .find_map(|tail| {
            let cut = s.len().checked_sub(tail.len())?;
            (s.is_char_boundary(cut) && s[cut..].eq_ignore_ascii_case(tail)).then(|| &s[..cut])
        })
        .unwrap_or(s);
    // "EPSCO Council, Brussels, 1 December 2026: what happened and what it means for
    // workers": a briefing's headline after the meeting's name, place and day.
    dated_council_place(s).is_some()
}

/// The place of a Council configuration a headline names before a colon ("ECOFIN Council in
/// Brussels: ministers agree on …", a ministry's report of the meeting): a word or two,
/// capitalised, after ` in `; the configuration's words capitalised but for `and`. "Progress in
/// Brussels: …" and "The Council in Brussels: …" name no configuration.
/// "Late payments: Council agrees its position to protect small businesses", "Council adopts
/// new rules on packaging": a Council's press release headlines what the meeting decided, the
/// Council its subject and a verb of decision right after it. Not "Council of Europe
/// agrees", nor a headline on the Council's work ("Council work on packaging continues").
fn council_decides(s: &str) -> bool {
    const DECISIONS: &[&str] = &[
        "agrees",
        "adopts",
        "approves",
        "reaches",
        "gives",
        "confirms",
        "endorses",
        "extends",
        "prolongs",
        "renews",
        "sets",
        "greenlights",
        "clears",
    ];
    let clause = s.split_once(": ").map_or(s, |(_, headline)| headline);
    let rest = [
        "Council ",
        "EU Council ",
        "European Council ",
        "The Council ",
    ]
    .iter()
    .find_map(|w| clause.strip_prefix(w));
    rest.and_then(|r| r.split(' ').next()).is_some_and(|verb| {
        DECISIONS.contains(&verb) && rest.is_some_and(|r| r.len() > verb.len() + 1)
    })
}

/// "Minister for Foreign Affairs at the Foreign Affairs Council on 16 November": a ministry's
/// article on its minister at a Council meeting, the configuration's name in capitals after
/// `at the` and before its day or place. Not "… at the Council of Europe" nor "… at the
/// council's offices".
fn at_the_council(s: &str) -> bool {
    let Some((_, rest)) = s.split_once(" at the ") else {
        return false;
    };
    let name = [" on ", " in ", ", ", " – ", " - "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .map_or(rest, |k| &rest[..k]);
    name.len() <= 60
        && name.ends_with(" Council")
        && name
            .split(' ')
            .all(|w| w == "and" || w.starts_with(|c: char| c.is_uppercase()))
}

fn placed_council(s: &str) -> Option<&str> {
    let (head, headline) = s.split_once(": ")?;
    let (name, place) = head.rsplit_once(" in ")?;
    let words: Vec<&str> = place.split(' ').collect();
    let place_ok = (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        });
    let name_ok = name.len() <= 80
        && !name.starts_with("The ")
        && name.ends_with(" Council")
        && name
            .split(' ')
            .all(|w| w == "and" || w.starts_with(|c: char| c.is_uppercase()));
    (place_ok && name_ok && !headline.trim().is_empty()).then_some(place)
}

/// The place a dated Council's title names ("EPSCO Council, Brussels, 1 December 2026"):
/// `Some(None)` for a dated Council without one, `None` for no dated Council.
fn dated_council_place(s: &str) -> Option<Option<&str>> {
    dated_council_name(s).or_else(|| {
        s.split_once(": ")
            .and_then(|(head, _)| dated_council_name(head))
    })
}

/// A Council configuration or a meeting, perhaps its place, and its day: "Justice and Home
/// Affairs Council, 12–13 June 2025", "EPSCO Council, Brussels, 1 December 2026". The place,
/// if the line names one.
fn dated_council_name(s: &str) -> Option<Option<&str>> {
    let (name, date) = s.rsplit_once(", ")?;
    let name = name.trim();
    // The place between the name and the day: a word or two, capitalised.
    let place = name.rsplit_once(", ").filter(|(_, place)| {
        let words: Vec<&str> = place.split(' ').collect();
        (1..=2).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            })
    });
    let name = place.map_or(name, |(head, _)| head.trim());
    let place = place.map(|(_, place)| place);
    // "Informal meeting of health ministers, 21 October 2026": a meeting named as such, its
    // words in running case.
    let meeting = {
        let lower = name.to_lowercase();
        name.starts_with(|c: char| c.is_uppercase())
            && (lower.contains("meeting of ") || lower.ends_with(" meeting"))
            && !name.contains(['.', ':', ';'])
    };
    let named = meeting
        || name.ends_with(" Council")
        || name.ends_with(')') && name.contains(" Council (")
        || name.ends_with(" Eurogroup")
        // The Eurogroup and the Euro Summit are no Council configurations, but are named so
        // ("Eurogroup, 19 January 2026").
        || matches!(name, "Eurogroup" | "Euro Summit")
        // Nor is the committee of the permanent representatives ("COREPER II, 20 January
        // 2027"), which meets as often.
        || coreper_name(name);
    // The configuration's words are capitalised but for `and` ("Agriculture and Fisheries
    // Council"); "The report of the Council" names none.
    let words_ok = !name.starts_with("The ")
        && (meeting
            || name.split(' ').all(|w| {
                w == "and"
                    || w.trim_start_matches('(')
                        .starts_with(|c: char| c.is_uppercase())
            }));
    if !named || name.len() > 80 || !words_ok {
        return None;
    }
    let date = date.trim();
    dates::find_all(date)
        .first()
        .is_some_and(|m| m.span.start == 0 && m.span.end >= date.len())
        .then_some(place)
}

/// Whether `title` is an office's letterhead: `THE PRESIDENT OF THE EUROGROUP`, `The
/// President of the European Council`, `Chair of the Working Party on …`, a few words, no
/// colon or dash after which a headline would follow.
fn office_letterhead(title: &str) -> bool {
    let lower = title.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    [
        "president of the ",
        "chair of the ",
        "chairman of the ",
        "chairperson of the ",
    ]
    .iter()
    .any(|o| lower.starts_with(o))
        && title.split_whitespace().count() <= 10
        && !title.contains([':', '–', '—', ','])
        && !title.contains(" - ")
}

/// Whether `name` is Coreper's, perhaps with its part: `COREPER II`, `Coreper I`.
fn coreper_name(name: &str) -> bool {
    ["COREPER", "Coreper"]
        .iter()
        .filter_map(|c| name.strip_prefix(c))
        .any(|part| matches!(part, "" | " I" | " II"))
}

/// "Raad Algemene Zaken van 18 november 2026 – Verslag", "Informal meeting of health
/// ministers – main results": a meeting's name, then what the document gives of it after a
/// dash or a colon.
fn report_after_dash(s: &str) -> bool {
    const TAILS: [&str; 7] = [
        "verslag",
        "report",
        "main results",
        "outcome",
        "outcome of the meeting",
        "belangrijkste resultaten",
        "resultaten",
    ];
    let Some((head, tail)) = [" – ", " - ", " — ", ": "]
        .iter()
        .find_map(|d| s.rsplit_once(d))
    else {
        return false;
    };
    let tail = tail.trim().trim_end_matches('.');
    head.len() <= 120
        && TAILS.iter().any(|t| tail.eq_ignore_ascii_case(t))
        && head.starts_with(|c: char| c.is_uppercase())
        && names_a_meeting(head)
}

/// Whether a line is set in capitals: letters, and none of them lower case.
fn capitals(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Whether a title names the session it reports on: "… on its fifth session", "… at its
/// 12th session".
fn session_report(s: &str) -> bool {
    let head = &s[..crate::floor_boundary(s, 240)].to_lowercase();
    [" on its ", " at its "].iter().any(|w| {
        head.split(w)
            .skip(1)
            .any(|rest| rest.split_whitespace().nth(1) == Some("session"))
    })
}

/// Whether a lower-case title announces the agenda of a meeting: "Geannoteerde agenda Raad
/// Algemene Zaken …", "Provisional agenda", "Agenda van de Transportraad". Not a programme
/// named "Agenda" ("Agenda 2030", "Agenda voor de toekomst"): after a bare "agenda" comes a
/// meeting word.
fn agenda_kind_title(lower: &str) -> bool {
    const QUALIFIED: [&str; 5] = [
        "geannoteerde agenda",
        "annotated agenda",
        "provisional agenda",
        "draft agenda",
        "ontwerpagenda",
    ];
    const MEETINGS: [&str; 7] = [
        "council",
        "vergadering",
        "meeting",
        "eurogroep",
        "eurogroup",
        "commissiedebat",
        "informele",
    ];
    if QUALIFIED.iter().any(|w| lower.starts_with(w)) {
        return true;
    }
    let Some(rest) = lower.strip_prefix("agenda ") else {
        return false;
    };
    let rest = ["van de ", "voor de ", "for the ", "of the ", "of ", "van "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    MEETINGS.iter().any(|m| rest.starts_with(m)) || rest.contains("raad")
}

/// "De Minister van Justitie en Veiligheid, D. Jansen" → role and name. The role line ends
/// with the last comma: a role may hold commas of its own ("Minister van Landbouw, Visserij en
/// Natuur,"), a name does not.
fn signatory(block: &str) -> Option<Signatory> {
    let block = block.trim();
    let (role, name) = match block.strip_suffix(',') {
        Some(role) => (role, ""),
        None => block.rsplit_once(',')?,
    };
    let role = role.trim();
    let lower = role.to_lowercase();
    if [
        "hoogachtend",
        "met vriendelijke",
        "yours",
        "kind regards",
        "groet",
        "met groet",
        "hartelijke groet",
        "best regards",
        "regards",
    ]
    .iter()
    .any(|v| lower.starts_with(v))
    {
        return None;
    }
    let role = ["De ", "de ", "The ", "the ", "Het "]
        .iter()
        .find_map(|a| role.strip_prefix(a))
        .unwrap_or(role);
    let name = name.trim().trim_end_matches([',', '.']).trim();
    // A role wrapped over two lines is one.
    let role = if role.contains('\n') {
        role.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        role.to_string()
    };
    Some(Signatory {
        role: Some(role),
        name: (!name.is_empty()).then(|| name.to_string()),
    })
}

/// Roles that sign minutes on a line of their own, before a colon ("Chair: …").
const SIGNING_ROLES: [&str; 11] = [
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "secretary",
    "rapporteur",
    "voorzitter",
    "secretaris",
    "griffier",
    "notulist",
];

/// "Chair: Ingrid Solheim-Varga" → the role and the name (of two words or more).
fn role_and_name(line: &str) -> Option<Signatory> {
    let (role, name) = line.split_once(':')?;
    let (role, name) = (role.trim(), name.trim());
    let signs = SIGNING_ROLES
        .iter()
        .any(|r| r.len() == role.len() && r.eq_ignore_ascii_case(role));
    (signs && name.split_whitespace().count() >= 2 && crate::layout::is_name_line(name)).then(
        || Signatory {
            role: Some(role.to_string()),
            name: Some(name.to_string()),
        },
    )
}

/// A heading that opens an annex: "Bijlage 1 Overzicht …", "Annex II", "Appendix A".
fn annex_heading(s: &str) -> bool {
    let head = s.get(..s.len().min(9)).unwrap_or("").to_ascii_lowercase();
    ["bijlage ", "annex ", "appendix "]
        .iter()
        .any(|w| head.starts_with(w))
        && crate::layout::cue(s).is_some_and(|c| c.scheme == crate::layout::Scheme::Chapter)
}

/// A line that names a letter's enclosures: "Bijlage: Overzicht …", "Bijlage(n): 2",
/// "Bijlagen 3", "Enclosure: …", "Annexes: 2".
pub(crate) fn is_enclosure_note(s: &str) -> bool {
    let head = s.get(..s.len().min(12)).unwrap_or("").to_ascii_lowercase();
    let Some(word) = [
        "bijlagen",
        "bijlage",
        "enclosures",
        "enclosure",
        "annexes",
        "annex",
    ]
    .iter()
    .find(|w| head.starts_with(*w)) else {
        return false;
    };
    let rest = s[word.len()..]
        .trim_start_matches("(n)")
        .trim_start_matches("(s)");
    rest.starts_with(':')
        || (rest.starts_with(' ') && {
            let value = rest.trim_start();
            !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())
        })
}

/// A board member's signature line ("P. Jansen, voorzitter") as a signatory. A list item
/// (`- ir. S. Benali, lid`) lists the board's members: no signature.
fn board_signature(line: &str) -> Option<Signatory> {
    if line.trim_start().starts_with(['-', '*', '•', '–']) {
        return None;
    }
    crate::layout::board_signature_line(line).map(|(name, seat)| Signatory {
        role: Some(seat.to_string()),
        name: Some(name.to_string()),
    })
}

/// The signatories of minutes or a report that end on a line per signing role ("Chair: Name"
/// ⏎ "Secretary: Name", or a board's "P. Jansen, voorzitter" ⏎ "M. El Idrissi, lid") after
/// their last text: those last lines, in order.
fn signing_lines(layout: &Layout) -> Vec<Signatory> {
    let n = layout.blocks.len();
    // The lines may make one block or one each; two roles sign at most a few lines.
    let last: Vec<(usize, &str, BlockKind)> = (n.saturating_sub(3).max(1)..n)
        .map(|i| (i, "", layout.blocks[i].kind))
        .collect();
    let lines = front_lines(layout, &last);
    let found: Vec<Signatory> = lines
        .iter()
        .rev()
        .map_while(|(_, l)| role_and_name(l.trim()).or_else(|| board_signature(l)))
        .collect();
    found.into_iter().rev().collect()
}

/// The signatory of a text that ends on a "Place, date" line, a name and a role, one line
/// each ("Valenciennes, 18 June 2025" ⏎ "Ingrid Vasquez-Lehto" ⏎ "Executive Director"), as an
/// agency's declaration of assurance ends.
fn dated_signature(layout: &Layout) -> Option<(Signatory, Option<String>)> {
    // A Markdown report sets its footnotes (`[^1]: …`) after the signature.
    let n = layout.blocks.len()
        - layout
            .blocks
            .iter()
            .rev()
            .take_while(|b| {
                layout.text.as_bytes().get(b.span.start..b.span.start + 2) == Some(b"[^")
            })
            .count();
    dated_signature_at(layout, n.checked_sub(1)?)
}

/// Whether `s` is the mark a copy of a signed original sets where the signature was: `w.g.`
/// (*was getekend*), `get.`, `(signed)`.
pub(crate) fn signed_mark(s: &str) -> bool {
    let s = s
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    [
        "w.g.",
        "w.g",
        "get.",
        "was getekend",
        "signed",
        "sgd.",
        "sgd",
    ]
    .iter()
    .any(|m| s.eq_ignore_ascii_case(m))
}

/// A signature of three blocks ending with block `role_block`: a place and date, a name, a
/// role; with the date's ISO day.
/// Reads the signatures from block `at` on, a name over a role each and up to four in all.
fn signers_from(layout: &Layout, mut at: usize, signatories: &mut Vec<Signatory>) {
    let text = |i: usize| {
        let b = &layout.blocks[i];
        crate::layout::unemphasised(layout.text[b.span.start..b.span.end].trim()).trim()
    };
    let short = |b: &crate::layout::Block| b.lines == 1 && b.span.end - b.span.start <= 80;
    while at + 1 < layout.blocks.len() && signatories.len() < 4 {
        if !(short(&layout.blocks[at]) && short(&layout.blocks[at + 1])) {
            break;
        }
        let (name, role) = (text(at), text(at + 1));
        if !crate::layout::signature_pair(name, role) {
            break;
        }
        signatories.push(Signatory {
            role: Some(role.trim_end_matches(',').to_string()),
            name: Some(name.to_string()),
        });
        at += 2;
    }
}

/// The first block of a signature under a paragraph in the front (a foreword's): a name over a
/// role that signs, and after them a heading or a title line, not running text.
fn undated_foreword_signature(layout: &Layout) -> Option<usize> {
    let blocks = &layout.blocks;
    let text = |i: usize| layout.text[blocks[i].span.start..blocks[i].span.end].trim();
    let n = blocks.len().min(FRONT_BLOCKS);
    // `Utrecht, maart 2026` may date the foreword between its text and the signature.
    let paragraph_before = |i: usize| {
        let dateline = blocks[i - 1].lines == 1 && foreword_dateline(text(i - 1));
        let p = if dateline {
            i.checked_sub(2)
        } else {
            Some(i - 1)
        };
        p.is_some_and(|p| blocks[p].kind == BlockKind::Paragraph && text(p).ends_with('.'))
    };
    (1..n.saturating_sub(1)).find(|&i| {
        paragraph_before(i)
            && blocks[i].lines == 1
            && blocks[i + 1].lines == 1
            && crate::layout::signature_pair(
                crate::layout::unemphasised(text(i)),
                crate::layout::unemphasised(text(i + 1)),
            )
            // At the text's end, a name and a role are a contact as often (`en_s16.rs`).
            && blocks.get(i + 2).is_some_and(|b| {
                b.kind == BlockKind::Heading || b.lines == 1 && !text(i + 2).ends_with('.')
            })
    })
}

/// Whether `line` is a place and a date (`Den Haag, 14 maart 2026`) or a month
/// (`Utrecht, maart 2026`), as a foreword is dated.
fn foreword_dateline(line: &str) -> bool {
    if place_before_date(line).is_some() {
        return true;
    }
    let Some((place, rest)) = line.split_once(',') else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let month_year = matches!(
        (words.next(), words.next(), words.next()),
        (Some(m), Some(y), None) if dates::month(m).is_some()
            && y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
    );
    month_year
        && (1..=3).contains(&place.split_whitespace().count())
        && place.starts_with(char::is_uppercase)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\''))
}

fn dated_signature_at(layout: &Layout, role_block: usize) -> Option<(Signatory, Option<String>)> {
    let n = role_block + 1;
    if n < 3 || n > layout.blocks.len() {
        return None;
    }
    let last: Vec<(usize, &str, BlockKind)> =
        (n - 3..n).map(|i| (i, "", layout.blocks[i].kind)).collect();
    let lines = front_lines(layout, &last);
    let [.., (_, dateline), (_, name), (_, role)] = lines.as_slice() else {
        return None;
    };
    // A Markdown signature sets the name in bold and the role in italics.
    // A Markdown dateline is often set in italics (`*Valenciennes, 12 March 2026*`).
    let (dateline, name, role) = (
        crate::layout::unemphasised(dateline.trim()).trim(),
        crate::layout::unemphasised(name.trim()).trim(),
        crate::layout::unemphasised(role.trim()).trim(),
    );
    let dated = place_before_date(dateline).is_some()
        && dates::find_all(dateline)
            .first()
            .is_some_and(|m| m.span.end + 1 >= dateline.len());
    let named = (2..=4).contains(&name.split_whitespace().count())
        && crate::layout::is_name_line(name)
        && !crate::metadata::announces_document(name);
    let role_line = (1..=8).contains(&role.split_whitespace().count())
        && role.starts_with(char::is_uppercase)
        && !role.ends_with(['.', ':', ';'])
        && !role.bytes().any(|b| b.is_ascii_digit());
    if !(dated && named && role_line) {
        return None;
    }
    let date = dates::find_all(dateline)
        .first()
        .and_then(|m| m.dates.first().map(|d| d.iso()));
    Some((
        Signatory {
            role: Some(role.trim_end_matches(',').to_string()),
            name: Some(name.to_string()),
        },
        date,
    ))
}

/// Dutch or English, by counting words that are frequent in one language and rare in the other.
///
/// Not inlined: its loop over 64 KB made [`extract`], which runs once, hot enough for V8 to
/// recompile all of it with its optimising compiler (~400 ms of a background thread) on a
/// page's first analysis in WebAssembly.
#[inline(never)]
pub(crate) fn language(text: &str) -> Language {
    const NL: [&str; 12] = [
        "de", "het", "een", "van", "en", "dat", "niet", "voor", "met", "zijn", "ook", "wordt",
    ];
    const EN: [&str; 12] = [
        "the", "of", "and", "to", "that", "for", "with", "was", "were", "on", "is", "by",
    ];
    let sample = &text[..crate::floor_boundary(text, LANGUAGE_SAMPLE)];
    let (mut nl, mut en) = (0usize, 0usize);
    for word in sample.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 5 {
            continue;
        }
        if NL.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            nl += 1;
        } else if EN.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            en += 1;
        }
    }
    if nl + en < 5 {
        Language::Unknown
    } else if nl >= en * 2 {
        Language::Nl
    } else if en >= nl * 2 {
        Language::En
    } else {
        Language::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_before_a_date() {
        let table = [
            ("Den Haag, 25 augustus 2022", Some("Den Haag")),
            ("Brussel, 3 oktober 2024", Some("Brussel")),
            ("’s-Hertogenbosch, 1 mei 2023", None),
            ("Šiauliai, 2 June 2024", Some("Šiauliai")),
            ("den Haag, 25 augustus 2022", None),
            ("Den Haag, augustus 2022", None),
            ("Den Haag 25 augustus 2022", None),
            ("Frankfurt am Main, 4 May 2025", Some("Frankfurt am Main")),
            (
                "Justice and Home Affairs Council, 12 and 13 March 2026",
                None,
            ),
            ("Foreign Affairs Council, 3 March 2026", None),
            ("Informele Raad, 3 maart 2026", None),
            ("Luxembourg, January 14, 2025", Some("Luxembourg")),
            ("Vienna, Dec. 3, 2030", Some("Vienna")),
            ("Den Haag, mei 2025", None),
            ("Den Haag, Mei 12345", None),
        ];
        for (line, want) in table {
            assert_eq!(place_before_date(line), want, "{line}");
        }
    }

    #[test]
    fn place_after_a_date() {
        let table = [
            (" in Praag.", Some("Praag")),
            (", te Alphen aan den Rijn over", Some("Alphen aan den Rijn")),
            (" in Den Haag aanwezig", Some("Den Haag")),
            (" at Luxembourg City", Some("Luxembourg City")),
            (" in het Paleis", None),
            ("in Praag", None),
            (" over Praag", None),
            (" vond in Brussel de Raad", Some("Brussel")),
            (" took place in Brussels", Some("Brussels")),
            (" vond plaats in Praag", None),
            (" vond de Raad in Praag", None),
        ];
        for (after, want) in table {
            assert_eq!(place_after_date(after), want, "{after:?}");
        }
    }

    #[test]
    fn date_fields() {
        let table = [
            ("Datum          20 november 2026", Some("2026-11-20")),
            ("Date: 3 March 2025", Some("2025-03-03")),
            ("Datum 20 en 21 november 2026", None),
            ("Datum van de Raad 20 november 2026", None),
            ("Datum20 november 2026", None),
            ("Datering 20 november 2026", None),
            ("Date", None),
            // A web page's day of publication.
            ("Published 3 December 2026", Some("2026-12-03")),
            ("Published on 3 December 2026", Some("2026-12-03")),
            ("Published in 2026 by the Ministry", None),
            ("Published 3 and 4 December 2026", None),
        ];
        // The label over its value, in a letter head's side column.
        let lines: Vec<(usize, Cow<'_, str>)> = [
            "Aan de Voorzitter van de Tweede Kamer        Koningskade 4",
            "2500 EA DEN HAAG                             Datum",
            "9 maart 2031",
        ]
        .into_iter()
        .map(|l| (0, Cow::Borrowed(l)))
        .collect();
        assert_eq!(date_field_in(&lines), Some((0, "2031-03-09".to_string())));
        assert_eq!(date_field_in(&lines[..2]), None);
        for (line, want) in table {
            assert_eq!(date_field(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn dossier_line() {
        let table = [
            ("32 317 JBZ-Raad", Some(("32 317", Some("JBZ-Raad")))),
            (
                "21 501-02 Raad Algemene Zaken",
                Some(("21 501-02", Some("Raad Algemene Zaken"))),
            ),
            ("32 317", Some(("32 317", None))),
            ("32 317 , nr. 7", None),
            ("32317 JBZ-Raad", None),
        ];
        for (line, want) in table {
            assert_eq!(dossier(line), want, "{line}");
        }
    }

    #[test]
    fn no_break_spaces_become_plain_spaces() {
        let line = "vergaderjaar\u{a0}2022–2023, 32\u{a0}317, nr.\u{202f}771";
        let plain = ascii_spaces(line);
        assert_eq!(plain, "vergaderjaar 2022–2023, 32 317, nr. 771");
        let c = one_line_reference(&plain).expect("matches");
        assert_eq!(
            (c.first_year, c.dossier, c.number),
            ("2022", "32 317", "771")
        );
        assert!(matches!(ascii_spaces("plain text"), Cow::Borrowed(_)));
    }
}

/// The reference scanners against the regexes they replaced.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod reference {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    /// The five patterns, compiled once.
    fn re(index: usize, source: &str) -> &'static Regex {
        static PATTERNS: [std::sync::OnceLock<Regex>; 5] =
            [const { std::sync::OnceLock::new() }; 5];
        PATTERNS[index].get_or_init(|| Regex::new(source).expect("a metadata pattern is valid"))
    }

    fn agree(line: &str) {
        let one = re(
            0,
            r"(?i-u)vergaderjaar\s+([0-9]{4})\s*(?:–|-)\s*([0-9]{4})(?:,\s*|\s+)([0-9]{2}\s?[0-9]{3}(?:-[0-9A-Z]{1,4})?)(?:,\s*|\s+)nr\.\s*([0-9]+)",
        );
        let want = one.captures(line).map(|c| {
            let g = |i: usize| c.get(i).map_or("", |m| m.as_str());
            (g(1), g(2), g(3), g(4))
        });
        let got =
            one_line_reference(line).map(|c| (c.first_year, c.second_year, c.dossier, c.number));
        assert_eq!(got, want, "one line reference in {line:?}");

        let session = re(1, r"(?i-u)vergaderjaar\s+([0-9]{4})\s*(?:–|-)\s*([0-9]{4})");
        let want = session.captures(line).map(|c| {
            (
                c.get(1).map_or("", |m| m.as_str()),
                c.get(2).map_or("", |m| m.as_str()),
            )
        });
        assert_eq!(session_year(line), want, "session year in {line:?}");

        let dossier = re(2, r"(?-u)^([0-9]{2}\s[0-9]{3}(?:-[0-9A-Z]{1,4})?)(?:\s+|$)");
        let want = dossier
            .captures(line)
            .and_then(|c| Some((c.get(1)?.as_str(), c.get(0)?.end())));
        assert_eq!(dossier_number(line), want, "dossier number in {line:?}");

        let number_re = re(3, r"(?i-u)^nr\.\s*([0-9]+)\b");
        let want = number_re
            .captures(line)
            .and_then(|c| Some(c.get(1)?.as_str()));
        assert_eq!(number(line), want, "number in {line:?}");

        let council = re(
            4,
            r"(?-u)^(?:[A-Z]{2,5}\s([0-9]{3,5}/[0-9]{2})|([A-Z]{2,5}\s[0-9]{1,2}/[0-9]{2})|([0-9]{3,5}/[0-9]{2}))(?:\s|$)",
        );
        let want = council
            .captures(line)
            .and_then(|c| Some(c.get(1).or(c.get(2)).or(c.get(3))?.as_str()));
        assert_eq!(council_document(line), want, "council document in {line:?}");
    }

    const PIECES: &[&str] = &[
        "vergaderjaar",
        "Vergaderjaar",
        "VERGADERJAAR",
        "vergaderjaa",
        "v",
        " ",
        "  ",
        "\t",
        "\u{b}",
        "\n",
        "\u{a0}",
        "2021",
        "2022",
        "20221",
        "–",
        "-",
        ",",
        ", ",
        "32",
        "317",
        "32 317",
        "32317",
        "-02",
        "-a",
        "-AB",
        "-ABCDE",
        "-x1",
        "nr.",
        "Nr. ",
        "NR.",
        "nr",
        "771",
        "7",
        "x",
        "_",
        "ST ",
        "ABCDEF ",
        "14602",
        "/",
        "24",
        "240",
        "14602/24",
        "é",
        "Tweede Kamer",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

        #[test]
        fn scanners_agree_with_the_regexes(
            picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..16)
        ) {
            let line: String = picks.iter().map(|p| *p.get(PIECES)).collect();
            agree(&line);
        }

        #[test]
        fn scanners_agree_on_random_lines(line in "[0-9 a-zA-Z.,/_\t\u{b}–é-]{0,40}|\\PC{0,30}") {
            agree(&line);
        }
    }

    #[test]
    fn fixture_lines_agree() {
        for text in [
            include_str!("../../tests/fixtures/kamerbrief-nl.txt"),
            include_str!("../../tests/fixtures/council-outcome-en.txt"),
            include_str!("../../tests/fixtures/eu-council-outcome-2024-10.txt"),
            include_str!("../../tests/fixtures/crlf-nl-milieuraad.txt"),
            include_str!("../../tests/fixtures/pdftotext-nl-landbouwraad.txt"),
        ] {
            for line in text.lines() {
                agree(line);
                agree(line.trim_start());
            }
        }
    }
}
