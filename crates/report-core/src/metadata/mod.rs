//! Repaired text and outline → metadata: kind, title, dates, place, reference, signatories.
//!
//! Everything here reads the front matter (the blocks before the first section, at most
//! [`FRONT_BLOCKS`]) plus the removed running headers, so its cost does not grow with the
//! length of the report; only the language guess samples the body.

pub mod dates;

use crate::layout::{BlockKind, Layout};
use crate::model::{DocumentKind, Language, Metadata, Reference, Section, Signatory};
use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// How many blocks of front matter are read at most.
const FRONT_BLOCKS: usize = 60;
/// How much text the language guess samples.
const LANGUAGE_SAMPLE: usize = 64 * 1024;

// Every pattern is ASCII-only (`(?-u)`): compiling Unicode classes such as `\d` or `\p{L}` cost
// about 100 million instructions (tens of milliseconds on a cold first call in the page), and
// the crate is built without regex's Unicode tables, which keeps them out of the wasm bundle.
// Front-matter lines are normalised first (see `ascii_spaces`), so no-break spaces still match
// `\s`; names with diacritics are read by the scanners `place_before_date` and
// `place_after_date`.
fn regex(cell: &'static OnceLock<Regex>, source: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(source).expect("a metadata pattern is valid"))
}

fn one_line_reference() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i-u)vergaderjaar\s+([0-9]{4})\s*(?:–|-)\s*([0-9]{4}),\s*([0-9]{2}\s?[0-9]{3}(?:-[0-9A-Z]{1,4})?),\s*nr\.\s*([0-9]+)",
    )
}

fn session_year() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i-u)vergaderjaar\s+([0-9]{4})\s*(?:–|-)\s*([0-9]{4})",
    )
}

/// The dossier number at the start of a line; its title (the rest) is checked by [`dossier`].
fn dossier_number() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?-u)^([0-9]{2}\s[0-9]{3}(?:-[0-9A-Z]{1,4})?)(?:\s+|$)",
    )
}

fn number() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"(?i-u)^nr\.\s*([0-9]+)\b")
}

fn council_document() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"(?-u)^(?:[A-Z]{2,5}\s)?([0-9]{3,5}/[0-9]{2})(?:\s|$)")
}

/// "32 317 JBZ-Raad" → the dossier number and its title, if the line is nothing else: a title
/// starts with a letter and is at most 81 characters on one line.
fn dossier(line: &str) -> Option<(&str, Option<&str>)> {
    let c = dossier_number().captures(line)?;
    let number = c.get(1)?.as_str();
    let rest = line[c.get(0)?.end()..].trim_end();
    if rest.is_empty() {
        return Some((number, None));
    }
    let fits = rest.chars().next().is_some_and(char::is_alphabetic)
        && !rest.contains('\n')
        && rest.chars().count() <= 81;
    fits.then_some((number, Some(rest)))
}

/// "Den Haag, 25 augustus 2022" → "Den Haag": a capitalised place of 2 to 41 letters (with
/// spaces, dots, hyphens, apostrophes) before a comma and a number.
fn place_before_date(line: &str) -> Option<&str> {
    let (place, rest) = line.split_once(',')?;
    let mut chars = place.chars();
    let starts_upper = chars.next().is_some_and(char::is_uppercase);
    let body_ok = chars.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '.' | ' ' | '-'));
    let length = place.chars().count();
    let dated = rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    (starts_upper && body_ok && (2..=41).contains(&length) && dated).then_some(place)
}

/// ", in Praag" or " te Den Haag" right after a date → the place: one capitalised word, and up
/// to three more that are capitalised or particles (`Alphen aan den Rijn`).
fn place_after_date(s: &str) -> Option<&str> {
    let s = s.strip_prefix(',').unwrap_or(s);
    let rest = s.trim_start_matches(char::is_whitespace);
    if rest.len() == s.len() {
        return None;
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
    let first_section = outline.first().map_or(text.len(), |s| s.heading.start);
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
    let furniture: Vec<Cow<str>> = layout.furniture.iter().map(|l| ascii_spaces(l)).collect();
    let headers = furniture.iter().map(Cow::as_ref);
    let mut reference: Option<Reference> = None;
    for line in front.iter().map(|(_, s, _)| *s).chain(headers.clone()) {
        if let Some(c) = one_line_reference().captures(line) {
            meta.session_year = Some(format!("{}–{}", &c[1], &c[2]));
            reference = Some(Reference {
                dossier: c[3].to_string(),
                number: Some(c[4].to_string()),
                title: None,
            });
            break;
        }
    }
    for line in front.iter().map(|(_, s, _)| *s).chain(headers.clone()) {
        if meta.session_year.is_none() {
            if let Some(c) = session_year().captures(line) {
                meta.session_year = Some(format!("{}–{}", &c[1], &c[2]));
            }
        }
        if let Some((dossier, title)) = dossier(line) {
            let r = reference.get_or_insert_with(Reference::default);
            if r.dossier.is_empty() || (r.dossier == dossier && r.title.is_none()) {
                r.dossier = dossier.to_string();
                r.title = title.map(|t| t.trim().to_string());
            }
        }
        if let Some(c) = number().captures(line) {
            let r = reference.get_or_insert_with(Reference::default);
            if r.number.is_none() {
                r.number = Some(c[1].to_string());
            }
        }
    }
    if reference.as_ref().is_none_or(|r| r.dossier.is_empty()) {
        // A Council document number ("14602/24") in the running footer or the front matter.
        let found = headers
            .chain(front.iter().map(|(_, s, _)| *s))
            .find_map(|line| council_document().captures(line));
        if let Some(c) = found {
            let r = reference.get_or_insert_with(Reference::default);
            r.dossier = c[1].to_string();
        }
    }
    meta.reference = reference.filter(|r| !r.dossier.is_empty());

    // The letter: addressee, place and date of writing, closing.
    meta.addressee = front.iter().find_map(|(_, s, _)| {
        let lower = s.get(..8).unwrap_or(s).to_lowercase();
        (s.len() <= 200 && (lower.starts_with("aan de ") || lower.starts_with("to the ")))
            .then(|| s.to_string())
    });
    let closings: Vec<usize> = front
        .iter()
        .filter(|(_, _, k)| *k == BlockKind::Closing)
        .map(|(i, _, _)| *i)
        .collect();
    for &i in &closings {
        let s = &text[layout.blocks[i].span.start..layout.blocks[i].span.end];
        if let Some(signatory) = signatory(s) {
            meta.signatories.push(signatory);
        }
    }
    let is_letter = meta.addressee.is_some() || !closings.is_empty();

    // The title.
    let body = crate::outline::body_start(layout);
    let after_closing = closings.last().map(|&c| c + 1);
    let title_block = match after_closing {
        Some(t) if t < body => Some(t),
        _ => front
            .iter()
            .find(|(_, s, _)| title_word(s).is_some())
            .map(|(i, _, _)| *i),
    }
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
        let s = s.trim_start_matches('#').trim();
        meta.title = Some(s.to_string());
    }

    // A "Place, date" line: the letter's date in a letter; in a meeting report the meeting's
    // place and dates, preferring the line after the title (the one before it dates the
    // document, not the meeting).
    let place_dates: Vec<(usize, String, Vec<String>)> = front
        .iter()
        .filter(|(_, s, _)| s.len() <= 80)
        .filter_map(|(i, s, _)| {
            let place = place_before_date(s)?.trim().to_string();
            let found = dates::find_all(s);
            let first = found.first()?;
            (first.span.end + 1 >= s.len()).then(|| (*i, place, first.iso()))
        })
        .collect();
    let mut dated_block = None;
    if is_letter {
        if let Some((i, _, days)) = place_dates.first() {
            dated_block = Some(*i);
            meta.letter_date = days.first().cloned();
        }
    } else {
        let chosen = title_block
            .and_then(|t| place_dates.iter().find(|(i, _, _)| *i > t))
            .or(place_dates.first());
        if let Some((i, place, days)) = chosen {
            dated_block = Some(*i);
            meta.meeting_dates = days.clone();
            meta.place = Some(place.clone());
        }
    }

    // The kind.
    let title_kind = meta.title.as_deref().and_then(title_word);
    let head = &text[..floor_boundary(text, 2048)];
    let head_lower = head.to_lowercase();
    meta.kind = match title_kind {
        Some(DocumentKind::MeetingReport) if is_letter => DocumentKind::LetterWithMeetingReport,
        Some(kind) => kind,
        None if head_lower.contains("outcome of the council meeting") => {
            DocumentKind::MeetingReport
        }
        None if head_lower.contains("jaarverslag") || head_lower.contains("annual report") => {
            DocumentKind::AnnualReport
        }
        None if is_letter => DocumentKind::Letter,
        None => DocumentKind::Other,
    };

    // Meeting dates and place from running text: "op 11 en 12 juli 2022 in Praag".
    if meta.meeting_dates.is_empty() {
        let (mut title_dates, mut first_dates) = (None, None);
        let candidates = front
            .iter()
            .filter(|(i, _, _)| Some(*i) != dated_block)
            .map(|(i, s, _)| (Some(*i) == title_block, *s));
        'blocks: for (is_title, s) in candidates {
            for m in dates::find_all(s) {
                if let Some(place) = place_after_date(&s[m.span.end..]) {
                    meta.meeting_dates = m.iso();
                    meta.place = Some(place.to_string());
                    break 'blocks;
                }
                if is_title && title_dates.is_none() {
                    title_dates = Some(m.iso());
                }
                if first_dates.is_none() {
                    first_dates = Some(m.iso());
                }
            }
        }
        if meta.meeting_dates.is_empty()
            && matches!(
                meta.kind,
                DocumentKind::MeetingReport | DocumentKind::LetterWithMeetingReport
            )
        {
            meta.meeting_dates = title_dates.or(first_dates).unwrap_or_default();
        }
    }
    meta
}

/// The document kind a title announces.
fn title_word(s: &str) -> Option<DocumentKind> {
    let s = s.trim_start_matches('#').trim();
    let lower = s
        .get(..s.len().min(64))
        .map_or_else(|| s.to_lowercase(), str::to_lowercase);
    if lower.starts_with("verslag")
        || lower.starts_with("outcome of the")
        || lower.starts_with("report of the meeting")
        || lower.starts_with("minutes of")
        || lower.starts_with("summary record")
    {
        Some(DocumentKind::MeetingReport)
    } else if lower.starts_with("jaarverslag")
        || lower.starts_with("annual report")
        || lower.starts_with("annual activity report")
    {
        Some(DocumentKind::AnnualReport)
    } else {
        None
    }
}

/// "De Minister van Justitie en Veiligheid, D. Jansen" → role and name.
fn signatory(block: &str) -> Option<Signatory> {
    let (role, name) = block.split_once(',')?;
    let role = role.trim();
    let lower = role.to_lowercase();
    if ["hoogachtend", "met vriendelijke", "yours", "kind regards"]
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
    Some(Signatory {
        role: Some(role.to_string()),
        name: (!name.is_empty()).then(|| name.to_string()),
    })
}

/// Dutch or English, by counting words that are frequent in one language and rare in the other.
fn language(text: &str) -> Language {
    const NL: [&str; 12] = [
        "de", "het", "een", "van", "en", "dat", "niet", "voor", "met", "zijn", "ook", "wordt",
    ];
    const EN: [&str; 12] = [
        "the", "of", "and", "to", "that", "for", "with", "was", "were", "on", "is", "by",
    ];
    let sample = &text[..floor_boundary(text, LANGUAGE_SAMPLE)];
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

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
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
        ];
        for (after, want) in table {
            assert_eq!(place_after_date(after), want, "{after:?}");
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
        let c = one_line_reference().captures(&plain).expect("matches");
        assert_eq!((&c[1], &c[3], &c[4]), ("2022", "32 317", "771"));
        assert!(matches!(ascii_spaces("plain text"), Cow::Borrowed(_)));
    }
}
