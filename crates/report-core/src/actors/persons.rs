//! People, found by patterns and never by lists: a title (`Minister`, `Commissaris`, `Dhr.`,
//! `voorzitter`) followed by a name, or a title with its role phrase and a name in apposition
//! (`de voorzitter van het LIBE comité, Jorge Álvarez Ortega,`). A title with a role phrase
//! but no name (`De Tsjechische Minister van Binnenlandse Zaken opende`) is kept as an unnamed
//! role, which resolution may tie to a person with the same role and affiliation.

use super::gazetteer::{GazMatch, Gazetteer};
use crate::model::{ActorKind, Span};

/// Lower-case words that may stand inside a name (`van der`, `de`, `von`).
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "von", "du", "da", "di", "del", "della", "dos", "das", "le", "la",
    "ten", "ter", "te", "'t", "zu", "af", "bin", "ibn", "al", "el",
];

/// Lower-case words that may stand inside a role phrase (`van het`, `for the`).
const CONNECTORS: &[&str] = &[
    "van", "voor", "of", "for", "de", "het", "der", "den", "the", "en", "and", "&", "op", "on",
];

/// Words that open a role phrase after a title.
const ROLE_OPENERS: &[&str] = &["van", "voor", "of", "for"];

/// Lower-case nouns that a role phrase may contain (`het JURE comité`).
const COMMITTEE_NOUNS: &[&str] = &["comité", "committee", "commissie", "commission"];

/// A named person found in the text.
#[derive(Clone, Debug)]
pub struct PersonHit {
    /// The mention: the title, its role phrase if any, and the name
    /// (`Minister van Justitie, Olena Hrytsenko`), so that a statement finds its subject whole.
    pub mention: Span,
    /// The form to list among the person's aliases: the title and name when they stand
    /// together (`Eurocommissaris Holmberg`), the name alone after an apposition.
    pub alias: String,
    /// The name's words as written (`J.W.`, `van`, `der`, `Berg`).
    pub tokens: Vec<String>,
    /// The role, e.g. `Minister van Binnenlandse Zaken`; `None` after an honorific alone.
    pub role: Option<String>,
    /// Id of the country or organisation.
    pub affiliation: Option<String>,
}

impl PersonHit {
    /// A hit for the mention `mention`, whose alias runs from `alias_start` to the mention's end
    /// (the title and name together, or the name alone after an apposition).
    fn new(
        text: &str,
        mention: std::ops::Range<usize>,
        alias_start: usize,
        tokens: &[(usize, usize)],
        role: Option<String>,
        affiliation: Option<String>,
    ) -> PersonHit {
        PersonHit {
            alias: collapse(&text[alias_start..mention.end]),
            mention: Span::new(mention.start, mention.end),
            tokens: tokens
                .iter()
                .map(|&(s, e)| text[s..e].to_string())
                .collect(),
            role,
            affiliation,
        }
    }
}

/// A title with a role phrase but no name.
#[derive(Clone, Debug)]
pub struct RoleHit {
    /// The title and its role phrase.
    pub span: Span,
    /// Where the country adjective before the title starts, if there is one.
    pub adjective_start: Option<usize>,
    /// The role as written, white space collapsed.
    pub role: String,
    /// Id of the country or organisation.
    pub affiliation: Option<String>,
}

/// What the pattern pass found.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Named people, in text order.
    pub persons: Vec<PersonHit>,
    /// Unnamed roles, in text order.
    pub roles: Vec<RoleHit>,
    /// For each gazetteer match: used up as the title of a person or role.
    pub consumed: Vec<bool>,
}

struct Ctx<'a> {
    text: &'a str,
    matches: &'a [GazMatch],
    gaz: &'a Gazetteer,
}

impl Ctx<'_> {
    /// The gazetteer match starting at `pos`, if any.
    fn match_at(&self, pos: usize) -> Option<(usize, &GazMatch)> {
        let i = self.matches.partition_point(|m| m.start < pos);
        self.matches
            .get(i)
            .filter(|m| m.start == pos)
            .map(|m| (i, m))
    }

    fn kind(&self, m: &GazMatch) -> Option<ActorKind> {
        m.entry
            .and_then(|e| self.gaz.entries.get(e))
            .map(|e| e.kind)
    }

    fn entry_id(&self, m: &GazMatch) -> Option<&str> {
        m.entry
            .and_then(|e| self.gaz.entries.get(e))
            .map(|e| e.id.as_str())
    }
}

/// Skips spaces and single line breaks; stops before a blank line.
fn skip_spaces(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        match bytes[pos] {
            b' ' | b'\t' | b'\r' => pos += 1,
            b'\n' => {
                let mut j = pos + 1;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'\n' {
                    return pos;
                }
                pos = j;
            }
            _ => {
                // A non-breaking space is a space too.
                if text[pos..].starts_with('\u{a0}') {
                    pos += 2;
                } else {
                    break;
                }
            }
        }
    }
    pos
}

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.')
}

/// The word starting at `pos`: letters, digits, hyphens, apostrophes and inner stops. A final
/// stop belongs to the word only for initials (`J.W.`) and abbreviations that the gazetteer knows
/// as titles (those are matched there, not here).
fn word_at(text: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = text.get(pos..)?;
    let len: usize = rest
        .chars()
        .take_while(|&c| is_token_char(c))
        .map(char::len_utf8)
        .sum();
    let mut end = pos + len;
    let word = &text[pos..end];
    if word.ends_with('.') && !is_initials(word) {
        end = pos + word.trim_end_matches('.').len();
    }
    // Quotes and hyphens at the edges are punctuation, not part of the word.
    let trimmed = text[pos..end].trim_end_matches(['\'', '’', '-']);
    end = pos + trimmed.len();
    (end > pos && text[pos..].starts_with(|c: char| c.is_alphanumeric() || c == '\''))
        .then_some((pos, end))
}

/// `J.` or `J.W.`: capitals each followed by a stop.
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars().peekable();
    let mut count = 0;
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return false;
        }
        count += 1;
    }
    count > 0
}

/// A capitalised word that can be part of a name: a capital, then at least one lower-case
/// letter (so not an acronym like `EU`).
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// A name: capitalised words, initials and particles, ending in a capitalised word.
/// Returns the words' spans.
fn name_at(ctx: &Ctx, pos: usize) -> Option<Vec<(usize, usize)>> {
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut p = pos;
    while tokens.len() < 8 {
        let Some((s, e)) = word_at(ctx.text, p) else {
            break;
        };
        let word = &ctx.text[s..e];
        if let Some((_, m)) = ctx.match_at(s) {
            // A name stops at an institution, a role or a title; a country name may still be
            // a first name (it is dropped below if nothing follows it).
            if m.title.is_some() || !matches!(ctx.kind(m), Some(ActorKind::Country) | None) {
                break;
            }
        }
        // A name opens with a capital or initials: `Minister van Justitie` is a role, and Dutch
        // writes `minister Van Dijk` when no first name precedes.
        let ok = is_initials(word)
            || is_capitalised(word)
            || (!tokens.is_empty() && PARTICLES.contains(&word));
        if !ok {
            break;
        }
        tokens.push((s, e));
        if e < ctx.text.len() && ctx.text[e..].starts_with('.') && !is_initials(word) {
            // A full stop after a name word ends the name.
            break;
        }
        p = skip_spaces(ctx.text, e);
        if p == e && !is_initials(word) {
            break;
        }
    }
    // Trim from the end whatever cannot end a name.
    while let Some(&(s, e)) = tokens.last() {
        let word = &ctx.text[s..e];
        let country = ctx
            .match_at(s)
            .is_some_and(|(_, m)| ctx.kind(m) == Some(ActorKind::Country));
        if is_capitalised(word) && !country {
            break;
        }
        tokens.pop();
    }
    if tokens.len() > 6 || tokens.is_empty() {
        return None;
    }
    Some(tokens)
}

/// A role phrase after a title: `van Binnenlandse Zaken`, `van het Internationaal Strafhof
/// (ICC)`, `for Home Affairs`. Returns its end and the first country or organisation in it.
fn role_phrase(ctx: &Ctx, pos: usize) -> Option<(usize, Option<String>)> {
    let (s, e) = word_at(ctx.text, pos)?;
    if !ROLE_OPENERS.contains(&&ctx.text[s..e]) {
        return None;
    }
    let mut end_content = None;
    let mut affiliation = None;
    let mut p = pos;
    for _ in 0..12 {
        if ctx.text[p..].starts_with('(') {
            // A short acronym in brackets: `(ICC)`.
            let close = ctx.text[p..].find(')').filter(|&c| c <= 16);
            let Some(close) = close else { break };
            let inner = &ctx.text[p + 1..p + close];
            if inner.is_empty() || inner.contains(char::is_whitespace) {
                break;
            }
            if affiliation.is_none() {
                if let Some((_, m)) = ctx.match_at(p + 1) {
                    if matches!(
                        ctx.kind(m),
                        Some(ActorKind::Organization | ActorKind::Country)
                    ) {
                        affiliation = ctx.entry_id(m).map(str::to_string);
                    }
                }
            }
            end_content = Some(p + close + 1);
            p = skip_spaces(ctx.text, p + close + 1);
            continue;
        }
        let Some((s, e)) = word_at(ctx.text, p) else {
            break;
        };
        let word = &ctx.text[s..e];
        let mut e = e;
        if let Some((_, m)) = ctx.match_at(s) {
            if m.title.is_some() {
                // Another title (`en de Staatssecretaris`) starts a new phrase.
                break;
            }
            if affiliation.is_none()
                && matches!(
                    ctx.kind(m),
                    Some(ActorKind::Organization | ActorKind::Country)
                )
            {
                affiliation = ctx.entry_id(m).map(str::to_string);
            }
            e = m.end.max(e);
            end_content = Some(e);
        } else if CONNECTORS.contains(&word) {
            // Only counts if something follows.
        } else if (is_capitalised(word) || word.chars().all(|c| c.is_uppercase() || c == '-'))
            && affiliation.is_none()
        {
            // Capitalised words after the institution are a name, not the role:
            // `Executive Director of Frontex Hans Leijtens`.
            end_content = Some(e);
        } else if COMMITTEE_NOUNS.contains(&word) {
            end_content = Some(e);
        } else {
            break;
        }
        if ctx.text[e..].starts_with('.') {
            break;
        }
        let next = skip_spaces(ctx.text, e);
        if next == e {
            break;
        }
        p = next;
    }
    end_content.map(|end| (end, affiliation))
}

/// Whether a name ending at `pos` is followed by the end of its apposition.
fn closes_apposition(text: &str, pos: usize) -> bool {
    let p = skip_spaces(text, pos);
    match text[p..].chars().next() {
        None => true,
        Some(c) => matches!(c, ',' | '.' | ';' | ':' | ')' | '–' | '—' | '\n'),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs the patterns over the gazetteer's matches.
#[inline(never)]
pub fn find(text: &str, matches: &[GazMatch], gaz: &Gazetteer) -> Found {
    let ctx = Ctx { text, matches, gaz };
    let mut found = Found {
        consumed: vec![false; matches.len()],
        ..Found::default()
    };
    // Nothing may be claimed twice: a title inside a role phrase already used is skipped.
    let mut claimed_until = 0;
    for (i, m) in matches.iter().enumerate() {
        let Some(title) = m.title.and_then(|t| gaz.titles.get(t)) else {
            continue;
        };
        if found.consumed[i] || m.start < claimed_until || title.plural {
            continue;
        }
        let title_text = &text[m.start..m.end];
        // A country or organisation right before the title: `De Moldavische Minister`.
        let before = i
            .checked_sub(1)
            .map(|j| &matches[j])
            .filter(|p| {
                text[p.end..m.start]
                    .chars()
                    .all(|c| c == ' ' || c == '\u{a0}')
            })
            .filter(|p| {
                matches!(
                    ctx.kind(p),
                    Some(ActorKind::Country | ActorKind::Organization)
                ) && p.title.is_none()
            });
        let affiliation_before = before.and_then(|p| ctx.entry_id(p)).map(str::to_string);
        let pos = skip_spaces(text, m.end);

        // A name right after the title: `Minister Petrenko`, `Dhr. Álvarez Ortega`.
        if pos > m.end || text[m.end..].starts_with(' ') {
            if let Some(tokens) = name_at(&ctx, pos) {
                let name_end = tokens.last().map_or(pos, |t| t.1);
                let continuation = role_phrase(&ctx, skip_spaces(text, name_end));
                let role = (!title.honorific).then(|| match &continuation {
                    Some((end, _)) => collapse(&format!(
                        "{} {}",
                        title_text,
                        &text[skip_spaces(text, name_end)..*end]
                    )),
                    None => title_text.to_string(),
                });
                let affiliation = affiliation_before
                    .clone()
                    .or_else(|| continuation.as_ref().and_then(|c| c.1.clone()))
                    .or_else(|| title.affiliation.clone());
                found.persons.push(PersonHit::new(
                    text,
                    m.start..name_end,
                    m.start,
                    &tokens,
                    role,
                    affiliation,
                ));
                found.consumed[i] = true;
                claimed_until = name_end;
                continue;
            }
        }
        if title.honorific {
            continue;
        }

        // The title's role phrase, then perhaps a name in apposition.
        let phrase = role_phrase(&ctx, pos);
        let after = phrase.as_ref().map_or(m.end, |p| p.0);
        let role = collapse(&text[m.start..after]);
        let affiliation = affiliation_before
            .clone()
            .or_else(|| phrase.as_ref().and_then(|p| p.1.clone()))
            .or_else(|| title.affiliation.clone());
        if phrase.is_some() {
            let p = skip_spaces(text, after);
            if p > after {
                if let Some(tokens) = name_at(&ctx, p).filter(|t| t.len() >= 2) {
                    let name_end = tokens.last().map_or(p, |t| t.1);
                    found.persons.push(PersonHit::new(
                        text,
                        m.start..name_end,
                        p,
                        &tokens,
                        Some(role),
                        affiliation,
                    ));
                    found.consumed[i] = true;
                    claimed_until = name_end;
                    continue;
                }
            }
        }
        if text[after..].starts_with(',') {
            let mut p = skip_spaces(text, after + 1);
            let mut mention_start = p;
            let mut honorific = None;
            if let Some((j, h)) = ctx.match_at(p) {
                if h.title
                    .and_then(|t| gaz.titles.get(t))
                    .is_some_and(|t| t.honorific)
                {
                    honorific = Some(j);
                    mention_start = h.start;
                    p = skip_spaces(text, h.end);
                }
            }
            if let Some(tokens) = name_at(&ctx, p) {
                let name_end = tokens.last().map_or(p, |t| t.1);
                let enough = tokens.len() >= 2 || honorific.is_some();
                if enough && closes_apposition(text, name_end) {
                    found.persons.push(PersonHit::new(
                        text,
                        m.start..name_end,
                        mention_start,
                        &tokens,
                        Some(role),
                        affiliation,
                    ));
                    found.consumed[i] = true;
                    if let Some(j) = honorific {
                        found.consumed[j] = true;
                    }
                    claimed_until = name_end;
                    continue;
                }
            }
        }
        // A role in apposition after a name: `Mr. Tobias Grünwald, Chair of the LIBE
        // Committee, said`. The role belongs to that person, and the mention grows to cover it.
        if let Some(last) = found.persons.last_mut() {
            let between = &text[last.mention.end.min(m.start)..m.start];
            let article = ["", "de", "het", "the"];
            let joined = between.trim_start().strip_prefix(',').map(str::trim);
            if before.is_none() && joined.is_some_and(|rest| article.contains(&rest)) {
                if last.role.as_ref().is_none_or(|r| r.len() < role.len()) {
                    last.role = Some(role);
                }
                if last.affiliation.is_none() {
                    last.affiliation = affiliation;
                }
                last.mention.end = after;
                found.consumed[i] = true;
                claimed_until = after;
                continue;
            }
        }
        // An unnamed role: a role phrase, or a country before the title.
        if phrase.is_some() || before.is_some() {
            found.roles.push(RoleHit {
                span: Span::new(m.start, after),
                adjective_start: before.map(|b| b.start),
                role,
                affiliation,
            });
            found.consumed[i] = true;
            claimed_until = after;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_initials() {
        assert!(is_initials("J.W."));
        assert!(is_initials("J."));
        assert!(!is_initials("Jan."));
        assert!(is_capitalised("López"));
        assert!(is_capitalised("Šefčovič"));
        assert!(!is_capitalised("EU"));
        assert_eq!(word_at("Holmberg. De", 0), Some((0, 8)));
        assert_eq!(word_at("J.W. van", 0), Some((0, 4)));
        assert_eq!(word_at(", x", 0), None);
    }
}
