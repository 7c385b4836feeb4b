//! Speaker turns, as the report of a debate or a committee's minutes set them: a paragraph that
//! opens with a speaker's label (`De heer Verhagen (VVD):`, `Minister Keijzer:`, `De
//! voorzitter:`, `Ms Novak (Czechia):`) and what follows it, up to the next label or the end of
//! the section, is that speaker's. A first person there (`Ik steun …`, `Wel vraag ik …`) is
//! the speaker, not the paper's signatory.

use crate::model::{Actor, ActorKind};
use crate::sentences::SectionIndex;

/// One speaker's turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Turn {
    /// Where the label begins.
    pub start: usize,
    /// Where the speech after the label begins.
    pub body: usize,
    /// Where the turn ends: the next label or the end of the section.
    pub end: usize,
    /// Index of the speaker in the actors.
    pub speaker: usize,
}

/// Words that may stand before the speaker's name in a label, lower case.
const LABEL_HEADS: &[&str] = &[
    "de", "de heer", "mevrouw", "het lid", "dhr.", "mw.", "the", "mr", "mr.", "ms", "ms.", "mrs",
    "mrs.",
];

/// The turns of `text`, in order, from its actors' mentions (`(start, end, actor)`, sorted by
/// start and not overlapping). Only people and roles speak in turns; a role's label has its
/// article (`De voorzitter:`), which tells it from a field (`Voorzitter: Van der Laan`).
pub(crate) fn find(
    text: &str,
    mentions: impl Iterator<Item = (usize, usize, usize)>,
    actors: &[Actor],
    index: &SectionIndex,
) -> Vec<Turn> {
    let mut labels: Vec<(usize, usize, usize)> = Vec::new();
    for (start, end, actor) in mentions {
        let kind = actors[actor].kind;
        if !matches!(kind, ActorKind::Person | ActorKind::Role) {
            continue;
        }
        let Some(label_start) = paragraph_head(text, start) else {
            continue;
        };
        let head = &text[label_start..start];
        let named = &text[start..end];
        if kind == ActorKind::Role && head.is_empty() && !starts_with_article(named) {
            continue;
        }
        if let Some(body) = label_end(text, end).or_else(|| debate_label_end(text, end)) {
            labels.push((label_start, body, actor));
        }
    }
    // A verbatim report's every speech opens with a label (`President. – The debate is
    // closed.`): one whose speaker is no actor still ends the turn before it.
    let others = if labels.is_empty() {
        Vec::new()
    } else {
        debate_label_starts(text)
    };
    let mut turns = Vec::with_capacity(labels.len());
    let mut cursor = 0;
    for (i, &(start, body, speaker)) in labels.iter().enumerate() {
        index.lookup_from(&mut cursor, body);
        let section_end = index.next_change(cursor).unwrap_or(text.len());
        let other = others.partition_point(|&o| o <= start);
        let next = labels
            .get(i + 1)
            .map_or(text.len(), |l| l.0)
            .min(others.get(other).copied().unwrap_or(text.len()));
        turns.push(Turn {
            start,
            body,
            end: next.min(section_end).max(body),
            speaker,
        });
    }
    turns
}

/// The speaker of the turn that `pos` lies in, if any; `turns` as [`find`] gives them.
pub(crate) fn speaker_at(turns: &[Turn], pos: usize) -> Option<usize> {
    let i = turns.partition_point(|t| t.start <= pos);
    let turn = turns.get(i.checked_sub(1)?)?;
    (pos < turn.end).then_some(turn.speaker)
}

/// The part of `sentence` (`start..end`) that is speech: after the label of a turn that opens
/// it (`Commissioner Vos: We remain committed …` quotes `We remain committed …`).
pub(crate) fn speech_in(turns: &[Turn], start: usize, end: usize) -> (usize, usize) {
    let i = turns.partition_point(|t| t.start < start);
    match turns.get(i) {
        Some(t) if t.start == start && t.body < end => (t.body, end),
        _ => (start, end),
    }
}

/// Where the paragraph that `start` opens (after at most a label head such as `De heer`)
/// begins, if it does: at the text's start or after a blank line.
fn paragraph_head(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let from = start.saturating_sub(12);
    let line_start = match bytes[from..start].iter().rposition(|&b| b == b'\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let blank_before = line_start == 0 || (line_start >= 2 && bytes[line_start - 2] == b'\n');
    if !blank_before {
        return None;
    }
    let head = text.get(line_start..start)?.trim_end();
    let known = head.is_empty() || LABEL_HEADS.iter().any(|h| head.eq_ignore_ascii_case(h));
    known.then_some(line_start)
}

/// Whether a role's mention opens with its article (`De voorzitter`, `The Chair`).
fn starts_with_article(named: &str) -> bool {
    let first = named.split(' ').next().unwrap_or("");
    ["de", "het", "the"]
        .iter()
        .any(|a| first.eq_ignore_ascii_case(a))
        && named.contains(' ')
}

/// Where the speech begins when a label's name ends at `end`: after a colon right after the
/// name or after a short bracket (`(VVD)`), and a line break or a space; `None` when no colon
/// follows or the rest of the line is too short for a speech (a field: `Griffier: De Boer`).
fn label_end(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let mut at = 0;
    if let Some(inner) = rest.strip_prefix(" (") {
        let close = inner.bytes().take(40).position(|b| b == b')')?;
        if inner[..close].contains('\n') {
            return None;
        }
        at = 2 + close + 1;
    }
    let after = rest[at..].strip_prefix(':')?;
    let line = after.split('\n').next().unwrap_or("");
    // A list of members with their functions (`Jan Smit: voorzitter van de raad van bestuur`)
    // has no sentence after the colon.
    let speech_here = line.split_whitespace().count() >= 4 && line.contains(['.', '?', '!']);
    let speech_below = line.trim().is_empty() && after.len() > line.len();
    (speech_here || speech_below).then(|| end + at + 1 + (after.len() - after.trim_start().len()))
}

/// Where the speech begins after a verbatim report's label whose name ends at `end` (`Anna
/// Lindqvist, President-in-Office of the Council. – Madam President, …`): after the full stop
/// and dash that close the label, on the paragraph's first line.
fn debate_label_end(text: &str, end: usize) -> Option<usize> {
    use crate::actors::persons::{debate_label_start, DEBATE_DASHES, MAX_DEBATE_LABEL};
    let reach = crate::floor_boundary(text, end.saturating_add(MAX_DEBATE_LABEL));
    let line = text[end..reach].split('\n').next().unwrap_or("");
    let (k, dash) = DEBATE_DASHES
        .iter()
        .filter_map(|d| line.find(d).map(|k| (k, d)))
        .min()?;
    debate_label_start(text, end + k)?;
    Some(end + k + dash.len())
}

/// Where each paragraph opens that a verbatim report's label opens, in order.
fn debate_label_starts(text: &str) -> Vec<usize> {
    use crate::actors::persons::{debate_label_start, DEBATE_DASHES};
    let bytes = text.as_bytes();
    let mut starts: Vec<usize> = DEBATE_DASHES
        .iter()
        .flat_map(|d| memchr::memmem::find_iter(bytes, d.as_bytes()))
        .filter_map(|dot| debate_label_start(text, dot))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_fields() {
        let ends = [
            (" (VVD):\nDank u wel.", true),
            (":\nDank voor de vragen.", true),
            (": Dank u wel, voorzitter. Ik steun dit.", true),
            (": Van der Laan", false),
            (" (VVD) zei dat", false),
            (" sprak: ja.", false),
            (": voorzitter van de raad van bestuur", false),
        ];
        for (rest, want) in ends {
            let text = format!("Naam{rest}");
            assert_eq!(label_end(&text, 4).is_some(), want, "{text}");
        }
        let text = "Voorzitter: X\n\nDe heer Verhagen (VVD):\nIk steun dit.";
        let at = text.find("Verhagen").unwrap();
        assert_eq!(paragraph_head(text, at), text.find("De heer"));
        assert_eq!(paragraph_head(text, text.find("X").unwrap()), None);
    }

    #[test]
    fn the_turn_a_position_lies_in() {
        let turns = [
            Turn {
                start: 10,
                body: 12,
                end: 20,
                speaker: 1,
            },
            Turn {
                start: 20,
                body: 22,
                end: 25,
                speaker: 2,
            },
        ];
        let got: Vec<_> = [5, 10, 19, 20, 24, 25]
            .map(|p| speaker_at(&turns, p))
            .to_vec();
        assert_eq!(got, [None, Some(1), Some(1), Some(2), Some(2), None]);
    }
}
