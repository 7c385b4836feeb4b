//! Repaired text and outline → metadata: kind, title, dates, place, reference, signatories.
//!
//! Everything here reads the front matter (the blocks before the first section, at most
//! [`FRONT_BLOCKS`]) plus the removed running headers, so its cost does not grow with the
//! length of the report; only the language guess samples the body.

pub mod dates;

use crate::layout::{BlockKind, Layout};
use crate::model::{DocumentKind, Language, Metadata, Reference, Section, Signatory};
use regex::Regex;
use std::sync::OnceLock;

/// How many blocks of front matter are read at most.
const FRONT_BLOCKS: usize = 60;
/// How much text the language guess samples.
const LANGUAGE_SAMPLE: usize = 64 * 1024;

fn regex(cell: &'static OnceLock<Regex>, source: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(source).expect("a metadata pattern is valid"))
}

fn one_line_reference() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i)vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4}),\s*(\d{2}\s?\d{3}(?:-[0-9A-Z]{1,4})?),\s*nr\.\s*(\d+)",
    )
}

fn session_year() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"(?i)vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})")
}

fn dossier() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"^(\d{2}\s\d{3}(?:-[0-9A-Z]{1,4})?)(?:\s+(\p{L}[^\n]{0,80}?))?\s*$",
    )
}

fn number() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"^(?i:nr)\.\s*(\d+)\b")
}

fn council_document() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"^(?:[A-Z]{2,5}\s)?(\d{3,5}/\d{2})(?:\s|$)")
}

fn place_date() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"^(\p{Lu}[\p{L}'’. -]{1,40}?),\s*\d")
}

fn place_after() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"^,?\s+(?:in|te|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}[\p{L}'’-]+|aan|den|am|sur|upon)){0,2})",
    )
}

/// Reads the document's metadata.
pub fn extract(layout: &Layout, outline: &[Section]) -> Metadata {
    let text = layout.text.as_str();
    let first_section = outline.first().map_or(text.len(), |s| s.heading.start);
    let front: Vec<(usize, &str, BlockKind)> = layout
        .blocks
        .iter()
        .enumerate()
        .take(FRONT_BLOCKS)
        .take_while(|(_, b)| b.span.start < first_section)
        .map(|(i, b)| (i, &text[b.span.start..b.span.end], b.kind))
        .collect();
    let mut meta = Metadata {
        language: language(text),
        ..Metadata::default()
    };

    // The references may stand in the front matter or in a running header.
    let headers = layout.furniture.iter().map(String::as_str);
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
        if let Some(c) = dossier().captures(line) {
            let r = reference.get_or_insert_with(Reference::default);
            if r.dossier.is_empty() || (r.dossier == c[1] && r.title.is_none()) {
                r.dossier = c[1].to_string();
                r.title = c.get(2).map(|t| t.as_str().trim().to_string());
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
            let place = place_date()
                .captures(s)?
                .get(1)?
                .as_str()
                .trim()
                .to_string();
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
                if let Some(c) = place_after().captures(&s[m.span.end..]) {
                    meta.meeting_dates = m.iso();
                    meta.place = Some(c[1].to_string());
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
