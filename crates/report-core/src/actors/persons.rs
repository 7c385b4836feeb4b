//! People, found by patterns and never by lists: a title (`Minister`, `Commissaris`, `Dhr.`,
//! `voorzitter`) followed by a name, or a title with its role phrase and a name in apposition
//! (`de voorzitter van het LIBE comité, Jorge Álvarez Ortega,`). A title with a role phrase
//! but no name (`De Tsjechische Minister van Binnenlandse Zaken opende`) is kept as an unnamed
//! role, which resolution may tie to a person with the same role and affiliation.
//!
//! A name without a title (`K.L. Vermaat benadrukte`, `Volgens Sara Díaz Romero`) is a
//! person only on evidence, since a report is full of capitalised sequences that are not people
//! (`Home Affairs`, `Den Haag`, `Amnesty International`): see [`find_untitled`].
//!
//! The same scan of capitals finds the bodies that no list knows ([`BodyHit`]): an
//! organisation defined with its acronym in brackets, a board of an institution, a name made of
//! a word and a country.

use super::fold;
use super::gazetteer::{at_word_boundary, GazMatch, Gazetteer, Title};
use super::Lang;
use crate::model::{ActorKind, Span};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Lower-case words that may stand inside a name (`van der`, `de`, `von`).
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "von", "du", "da", "di", "del", "della", "dos", "das", "le", "la",
    "ten", "ter", "te", "'t", "’t", "zu", "af", "bin", "ibn", "al", "el",
];

/// [`PARTICLES`] as bytes, by a match that compiles to a few comparisons: asked for every
/// lower-case word after a capitalised one.
fn is_particle(word: &[u8]) -> bool {
    matches!(
        word,
        b"van"
            | b"der"
            | b"den"
            | b"de"
            | b"von"
            | b"du"
            | b"da"
            | b"di"
            | b"del"
            | b"della"
            | b"dos"
            | b"das"
            | b"le"
            | b"la"
            | b"ten"
            | b"ter"
            | b"te"
            | b"'t"
            | b"\xE2\x80\x99t"
            | b"zu"
            | b"af"
            | b"bin"
            | b"ibn"
            | b"al"
            | b"el"
    )
}

/// Lower-case words that may stand inside a role phrase (`van het`, `for the`).
const CONNECTORS: &[&str] = &[
    "van", "voor", "of", "for", "de", "het", "der", "den", "the", "en", "and", "&", "op", "on",
];

/// Words that open a role phrase after a title.
const ROLE_OPENERS: &[&str] = &["van", "voor", "of", "for"];

/// Lower-case nouns that a role phrase may contain (`het JURE comité`, `the working party`).
const COMMITTEE_NOUNS: &[&str] = &[
    "comité",
    "committee",
    "commissie",
    "commission",
    "werkgroep",
    "working",
    "party",
    "group",
    "groep",
    "board",
    "taskforce",
];

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
    /// The office that labels the person's line (`President: Ms X, Minister for …`) when the
    /// role is another: `The President` later is this person too.
    pub office: Option<String>,
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
                .map(|&(s, e)| name_case(&text[s..e], tokens, text))
                .collect(),
            role,
            affiliation,
            office: None,
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
    /// A title alone after a definite article (`The Executive Director announced`): a later
    /// mention of the one person of the text introduced with that role, or nothing.
    pub bare: bool,
}

/// A body that no list knows, found by its pattern: an organisation named with its acronym
/// (`de Vereniging van Nederlandse Gemeenten (VNG)`, later `de VNG`), or a board of an
/// institution (`The Agency's Management Board`, `the Advisory Forum`).
#[derive(Clone, Debug)]
pub struct BodyHit {
    /// The mention: the name with its acronym in brackets, the acronym alone, or the board.
    pub span: Span,
    /// The body's name as written, white space collapsed (`Vereniging van Nederlandse
    /// Gemeenten`, `Management Board`).
    pub name: String,
    /// Its acronym, which names its id (`VNG`).
    pub acronym: Option<String>,
    /// Id of the organisation a board belongs to (`Europol's Management Board`).
    pub affiliation: Option<String>,
}

/// What the pattern pass found.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Named people, in text order.
    pub persons: Vec<PersonHit>,
    /// Unnamed roles, in text order.
    pub roles: Vec<RoleHit>,
    /// Bodies found by their patterns, in text order.
    pub bodies: Vec<BodyHit>,
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

    /// The id of the entry `m` names; never the stand-in for a report's own agency
    /// (`self:agency`, see `resolve.rs`), which is no affiliation: `the Agency's Management
    /// Board` is the report's own board.
    fn entry_id(&self, m: &GazMatch) -> Option<&str> {
        m.entry
            .and_then(|e| self.gaz.entries.get(e))
            .map(|e| e.id.as_str())
            .filter(|id| !id.starts_with("self:"))
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
    // U+FFFD stands for a letter that decoding lost (`R�mi S�verac`): still part of the name.
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '\u{FFFD}')
}

/// The word starting at `pos`: letters, digits, hyphens, apostrophes and inner stops. A final
/// stop belongs to the word only for initials (`J.W.`) and abbreviations that the gazetteer knows
/// as titles (those are matched there, not here).
fn word_at(text: &str, pos: usize) -> Option<(usize, usize)> {
    if !text.is_char_boundary(pos) {
        return None;
    }
    // Bytes while ASCII (most words), characters from the first non-ASCII byte on.
    let bytes = text.as_bytes();
    let mut end = pos;
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.') {
            end += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match text[end..].chars().next() {
                Some(c) if is_token_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    word_edges(text, pos, end)
}

/// The word `pos..end` (a run of token characters) without the punctuation at its end: a stop
/// unless the word is initials, quotes and hyphens; `None` if nothing is left or it does not
/// start like a word.
fn word_edges(text: &str, pos: usize, end: usize) -> Option<(usize, usize)> {
    // Most words start and end with an ASCII letter or digit: nothing to trim.
    let bytes = text.as_bytes();
    if end > pos && bytes[pos].is_ascii_alphanumeric() && bytes[end - 1].is_ascii_alphanumeric() {
        return Some((pos, end));
    }
    trimmed_word(text, pos, end)
}

/// [`word_edges`] by its rule, without the shortcut for plain words.
fn trimmed_word(text: &str, pos: usize, mut end: usize) -> Option<(usize, usize)> {
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

/// A surname set in capitals after a first name, as the Council's lists of participants print
/// it (`Mr Lukáš DVOŘÁK`, `Ms Marta RUIZ CABELLO`): two letters or more, all capitals, none of
/// the letters after a name that are no part of it (`MEP`).
/// The letters of a degree or a profession written after a name (`Latifa Bouzidi MBA`, `Jan
/// de Vries RA`): no part of it.
const POST_NOMINALS: &[&str] = &[
    "MBA", "EMBA", "MSc", "MA", "MPA", "MPhil", "LLM", "LL.M", "PhD", "BSc", "BA", "RA", "RC",
    "AA", "CPA", "EMFC",
];

fn surname_in_capitals(word: &str) -> bool {
    word.len() >= 2
        && !matches!(word, "MEP" | "MP" | "MdB" | "CEO")
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'')
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A particle in capitals (`DE`, `VAN`, `TER`), as a list sets a surname without a first name
/// (`Minister DE VRIES`, `de heer VAN DER LAAN`).
fn capitals_particle(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && is_particle(word.to_ascii_lowercase().as_bytes())
}

/// Whether `word` (ending at `end`) is a particle in capitals with a surname in capitals after
/// it, perhaps after more particles (`DE VRIES`, `VAN DER LAAN`): the name may open with it. A
/// word in capitals alone after a title is more often an acronym (`minister BHO`).
fn capitals_particle_before_surname(text: &str, word: &str, end: usize) -> bool {
    if !capitals_particle(word) {
        return false;
    }
    let mut rest = &text[end..];
    for _ in 0..3 {
        let Some(after) = rest.strip_prefix(' ') else {
            return false;
        };
        let next_end = after
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .unwrap_or(after.len());
        let next = &after[..next_end];
        if capitals_particle(next) {
            rest = &after[next_end..];
            continue;
        }
        return surname_in_capitals(next);
    }
    false
}

/// A capital alone inside a name (the Irish `Ó` of `Seán Ó Briain`, an initial written
/// without its full stop): the name goes on to a capitalised word after it.
fn inner_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// A name's word as a list shows it: a surname set in capitals (`DVOŘÁK`, `VAN DER LAAN`) in
/// the case of running text (`Dvořák`, `van der Laan`) when the name's other words are written
/// so.
fn name_case(word: &str, others: &[(usize, usize)], text: &str) -> String {
    // A name that opens with a particle in capitals (`DE VRIES`) is set as a list sets it.
    let lower_elsewhere = || {
        others
            .iter()
            .any(|&(s, e)| text[s..e].chars().any(char::is_lowercase))
            || others
                .first()
                .is_some_and(|&(s, e)| capitals_particle(&text[s..e]))
    };
    if !surname_in_capitals(word) || !lower_elsewhere() {
        return word.to_string();
    }
    // A particle in capitals (`Mr Henk VAN DER LAAN`) is written small, as in `van der Laan`.
    let lower = word.to_lowercase();
    if is_particle(lower.as_bytes()) {
        return lower;
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'');
    }
    out
}

/// A name: capitalised words, initials and particles, ending in a capitalised word.
/// Returns the words' spans.
fn name_at(ctx: &Ctx, pos: usize) -> Option<Vec<(usize, usize)>> {
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    // A name set in Markdown bold after its title: `mevrouw **H.J. Bakker**`.
    let bytes = ctx.text.as_bytes();
    let mut p = pos;
    if bytes.get(p) == Some(&b'*') {
        let stars = bytes[p..]
            .iter()
            .take(3)
            .take_while(|&&b| b == b'*')
            .count();
        if stars < 3 && bytes.get(p + stars).is_some_and(u8::is_ascii_alphabetic) {
            p += stars;
        }
    }
    while tokens.len() < 8 {
        // A first name in brackets after the initials (`M.C. (Marleen) van Dijk`) is stepped
        // over: the initials and the surname are the name.
        if bytes.get(p) == Some(&b'(')
            && tokens
                .last()
                .is_some_and(|&(s, e)| is_initials(&ctx.text[s..e]))
        {
            let close = bytes[p..].iter().take(24).position(|&b| b == b')');
            let inner = close.map(|c| &ctx.text[p + 1..p + c]);
            if let (Some(c), Some(inner)) = (close, inner) {
                if is_capitalised(inner) && !inner.contains(' ') {
                    p = skip_spaces(ctx.text, p + c + 1);
                    continue;
                }
            }
        }
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
            || (tokens.is_empty() && capitals_particle_before_surname(ctx.text, word, e))
            || (!tokens.is_empty()
                && (PARTICLES.contains(&word)
                    || in_t(ctx.text, word, e)
                    || surname_in_capitals(word)
                    || inner_capital(word)));
        if !ok {
            break;
        }
        // `minister Keijzer van Buitenlandse Zaken`: a particle before a word that is never a
        // name's (a ministry's, a place's) opens the role, not the rest of the name. So does
        // one in capitals: `Den Haag` under an addressee's role is a place.
        let after_particle = tokens.last().is_some_and(|&(ps, pe)| {
            let particle = &ctx.text.as_bytes()[ps..pe];
            PARTICLES
                .iter()
                .any(|p| p.as_bytes().eq_ignore_ascii_case(particle))
        });
        if after_particle && lexicon().flags(word, &mut String::new()) & NOT_NAME != 0 {
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
        // A column gap ends a name: `Ms Katherina Reiche      Federal Minister for …` in a
        // list of participants set in two columns.
        let gap = &ctx.text[e..p];
        if gap.contains('\t') || gap.contains("   ") || grid_row_ends(ctx.text, e, gap) {
            break;
        }
    }
    // Trim from the end whatever cannot end a name.
    while let Some(&(s, e)) = tokens.last() {
        let word = &ctx.text[s..e];
        let country = ctx
            .match_at(s)
            .is_some_and(|(_, m)| ctx.kind(m) == Some(ActorKind::Country));
        if (is_capitalised(word) || tokens.len() > 1 && surname_in_capitals(word))
            && !country
            && !(tokens.len() > 1 && POST_NOMINALS.contains(&word))
        {
            break;
        }
        tokens.pop();
    }
    if tokens.len() > 6 || tokens.is_empty() {
        return None;
    }
    // One word joined to another by `en`/`and` and closing the phrase is a body's or a
    // portfolio's name after the title, no person (see [`joined_portfolio`]).
    if let [(s, _)] = tokens[..] {
        if joined_portfolio(ctx.text, s).is_some() {
            return None;
        }
    }
    // Words that are never a name's, each of them, are a portfolio's or a department's name
    // (`De inspecteur-generaal Digitale Infrastructuur,`, `directeur Toezicht,`).
    if notname_portfolio(ctx.text, &tokens) {
        return None;
    }
    Some(tokens)
}

/// How many words (one or two) that are never part of a person's name open `tokens`, when two
/// or more words follow them that may be: `Toezicht` of `Toezicht Marloes Verhaegen` after
/// `directeur`, a department's name between a title and its holder's name.
/// A Dutch compound whose last part is such a word counts as one too, in the lead only:
/// `Beroepsonderwijs` (`onderwijs`) of `directeur Toezicht Beroepsonderwijs Youssef El Amrani`.
fn department_lead(text: &str, tokens: &[(usize, usize)]) -> Option<usize> {
    let (lex, mut buf) = (lexicon(), String::new());
    let mut not_name = |&(s, e): &(usize, usize)| lex.flags(&text[s..e], &mut buf) & NOT_NAME != 0;
    let mut lead_word = |t: &(usize, usize)| not_name(t) || notname_compound(&text[t.0..t.1]);
    let lead = tokens.iter().take(3).take_while(|t| lead_word(t)).count();
    ((1..=2).contains(&lead)
        && tokens.len() >= lead + 2
        && !tokens[lead..].iter().any(not_name)
        && [tokens[lead], tokens[tokens.len() - 1]]
            .iter()
            .all(|&(s, e)| text[s..e].starts_with(|c: char| c.is_uppercase())))
    .then_some(lead)
}

/// Whether `word` is a compound whose last part, of six letters or more after a first part of
/// three or more, is a word that is never part of a person's name (`Beroepsonderwijs`,
/// `Jeugdbescherming` after `bescherming`); a word without small letters is none.
fn notname_compound(word: &str) -> bool {
    if word.len() < 9 || !word.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    let (lex, mut buf) = (lexicon(), String::new());
    word.char_indices()
        .skip(3)
        .map(|(i, _)| &word[i..])
        .take_while(|tail| tail.chars().count() >= 6)
        .any(|tail| {
            tail.starts_with(|c: char| c.is_lowercase())
                && lex.flags(tail, &mut buf) & NOT_NAME != 0
        })
}

/// Whether `tokens` (at most three) are each a word that is never part of a person's name
/// (`notname` in `person_words.tsv`: `Digitale Infrastructuur`, `Toezicht`, or a compound
/// ending in one: `Beroepsonderwijs`), and close their phrase: a comma, a bracket, a full stop
/// or the line's end after them.
fn notname_portfolio(text: &str, tokens: &[(usize, usize)]) -> bool {
    let Some(&(_, end)) = tokens.last() else {
        return false;
    };
    if tokens.len() > 3 || !closes_phrase(text, end) {
        return false;
    }
    let (lex, mut buf) = (lexicon(), String::new());
    tokens.iter().all(|&(s, e)| {
        lex.flags(&text[s..e], &mut buf) & NOT_NAME != 0 || notname_compound(&text[s..e])
    })
}

/// The end of two capitalised words joined by `en` or `and` at `pos` that close their phrase
/// (a comma, a bracket, a full stop or the line's end after them): a body's or a portfolio's
/// name right after a title (`De inspecteur-generaal Leefomgeving en Transport,`, `director
/// Operations and Finance.`), no person's.
fn joined_portfolio(text: &str, pos: usize) -> Option<usize> {
    let (s, e) = word_at(text, pos)?;
    if !is_capitalised(&text[s..e]) {
        return None;
    }
    let rest = &text[e..];
    let after = rest
        .strip_prefix(" en ")
        .or_else(|| rest.strip_prefix(" and "))?;
    let end = after
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(after.len());
    let at = text.len() - after.len() + end;
    (end > 0 && is_capitalised(&after[..end]) && closes_phrase(text, at)).then_some(at)
}

/// The end of two capitalised words joined by `en` or `and` at `pos` and the start of the
/// name of two words or more, none of them never a name's, right after them: `Leefomgeving en
/// Transport` of `Inspecteur-generaal Leefomgeving en Transport Anna Smit`. One of the two words
/// must be a word that is never a name's (`notname`, or a compound ending in one). `None` when
/// no such name follows (`Justitie en Veiligheid heeft`, `Leefomgeving en Transport,`).
fn portfolio_before_name(ctx: &Ctx, pos: usize) -> Option<(usize, usize)> {
    let text = ctx.text;
    let (s, e) = word_at(text, pos)?;
    if s != pos || !is_capitalised(&text[s..e]) {
        return None;
    }
    let rest = &text[e..];
    let after = rest
        .strip_prefix(" en ")
        .or_else(|| rest.strip_prefix(" and "))?;
    let len = after
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(after.len());
    if len == 0 || !is_capitalised(&after[..len]) || !after[len..].starts_with(' ') {
        return None;
    }
    let end = text.len() - after.len() + len;
    let next = end + 1;
    let (lex, mut buf) = (lexicon(), String::new());
    // One of the two is a word that is never a name's: `Minister Jansen en Anna Maria Smit`
    // are two people.
    let mut portfolio_word =
        |w: &str| lex.flags(w, &mut buf) & NOT_NAME != 0 || notname_compound(w);
    if !portfolio_word(&text[s..e]) && !portfolio_word(&after[..len]) {
        return None;
    }
    let tokens = name_at(ctx, next)?;
    (tokens.len() >= 2
        && tokens.first().is_some_and(|t| t.0 == next)
        && tokens
            .iter()
            .all(|&(s, e)| lex.flags(&text[s..e], &mut buf) & NOT_NAME == 0))
    .then_some((end, next))
}

/// Whether a phrase ends at `end`: a comma, a bracket, a full stop, a semicolon, the line's end
/// or a table cell's (`| directeur Toezicht |`) follows.
fn closes_phrase(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end.min(text.len())..];
    match rest.first() {
        None | Some(b',' | b')' | b'\n' | b'\r' | b'.' | b';' | b'|') => true,
        Some(b' ' | b'\t') => rest
            .iter()
            .find(|b| !matches!(b, b' ' | b'\t'))
            .is_none_or(|b| *b == b'|'),
        _ => false,
    }
}

/// The people named in a list right after the plural title `m`: `de ministers Van Dijk en De
/// Boer`. Each is a person with the title in the singular as role; the title stays the group
/// it names. Returns the end of the list, `None` when no name follows the title.
fn plural_names(
    ctx: &Ctx,
    found: &mut Found,
    m: std::ops::Range<usize>,
    title: &Title,
) -> Option<usize> {
    let text = ctx.text;
    if !text[m.end..].starts_with(' ') {
        return None;
    }
    let role = singular(&text[m.start..m.end]);
    let mut pos = skip_spaces(text, m.end);
    let mut end = None;
    let mut named = Vec::new();
    let (lex, mut buf) = (lexicon(), String::new());
    for _ in 0..6 {
        // `ministers Buitenlandse Zaken` is a council, not two people.
        let Some(tokens) = name_at(ctx, pos).filter(|tokens| {
            tokens
                .iter()
                .all(|&(s, e)| lex.flags(&text[s..e], &mut buf) & NOT_NAME == 0)
        }) else {
            break;
        };
        let (Some(&(first, _)), Some(&(_, name_end))) = (tokens.first(), tokens.last()) else {
            break;
        };
        named.push(PersonHit::new(
            text,
            first..name_end,
            first,
            &tokens,
            Some(role.clone()),
            title.affiliation.clone(),
        ));
        end = Some(name_end);
        // `, ` or ` en `/` and ` before the next name.
        let rest = &text[name_end..];
        let joint = [", ", " en ", " and ", ", en ", ", and "]
            .iter()
            .filter(|j| rest.starts_with(**j))
            .map(|j| j.len())
            .max();
        let Some(joint) = joint else {
            break;
        };
        pos = skip_spaces(text, name_end + joint);
    }
    // A plural names more than one: a single name after it is something else (a place on the
    // next line of a heading, `fisheries ministers` ⏎ `Cork, 13-15 September 2026`, was a
    // person `Cork`).
    if named.len() < 2 {
        return None;
    }
    found.persons.append(&mut named);
    end
}

/// Whether the line break in `gap`, after a name's word ending at `end`, ends a row of a grid
/// set by spaces (`Ms Nancy Faeser      Mr Benjamin Haddad` ⏎ `Federal Minister of …`): the
/// line holds a column gap, so its last cell ends there. A name wrapped in running text goes
/// on over the break.
fn grid_row_ends(text: &str, end: usize, gap: &str) -> bool {
    if !gap.contains('\n') {
        return false;
    }
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..end]).map_or(0, |i| i + 1);
    crate::layout::find_three_spaces(&text.as_bytes()[line_start..end]).is_some()
}

/// [`plural_names`] after a group whose name ends in a plural title (`de ministers`), when a
/// capitalised word follows it. The last word is looked up in the gazetteer again: rare
/// enough (a group name, a space, a capital) to cost nothing.
fn group_names(ctx: &Ctx, found: &mut Found, m: &GazMatch) -> Option<usize> {
    let text = ctx.text;
    let after = text[m.end..].strip_prefix(' ')?;
    if !after.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let last = m.start + text[m.start..m.end].rfind(' ')? + 1;
    let word = &text[last..m.end];
    let title = ctx
        .gaz
        .scan(word)
        .into_iter()
        .filter(|w| w.start == 0 && w.end == word.len())
        .find_map(|w| w.title.and_then(|t| ctx.gaz.titles.get(t)))
        .filter(|t| t.plural)?;
    plural_names(ctx, found, last..m.end, title)
}

/// A plural title in the singular: `ministers` → `minister`, `staatssecretarissen` →
/// `staatssecretaris`, `Kamerleden` → `Kamerlid`.
fn singular(plural: &str) -> String {
    if let Some(stem) = plural.strip_suffix("leden") {
        format!("{stem}lid")
    } else if let Some(stem) = plural.strip_suffix("issen") {
        format!("{stem}is")
    } else {
        plural.strip_suffix('s').unwrap_or(plural).to_string()
    }
}

/// Whether a title and name from `start` to `end` are a speaker's label that opens its line, as
/// the Handelingen set a member of the government who speaks (`Minister Schoof:` ⏎ speech),
/// and as a short record (or the layout's joining of label and speech) writes it with the
/// speech on the same line (`Minister Van Weel: Voorzitter, …`): in the record of a national
/// parliament, a minister without a country is that country's.
/// The speech must be Dutch, as the title's home is (`Minister Berg: Thank you, Chair.` in an
/// English record is no Dutch minister): a Dutch word among its first words.
fn speaker_label_line(text: &str, start: usize, end: usize) -> bool {
    let after = text.as_bytes().get(end..).unwrap_or_default();
    let label = matches!(after, [b':', b'\n' | b' ', ..] | [b':', b'\r', b'\n', ..]);
    label && (start == 0 || text.as_bytes().get(start - 1) == Some(&b'\n')) && {
        let speech = &after[1..after.len().min(100)];
        speech.starts_with(b" Voorzitter")
            || speech.starts_with(b"\nVoorzitter")
            || speech
                .split(|b| !b.is_ascii_alphabetic())
                .take(12)
                .any(|w| {
                    matches!(
                        w,
                        b"de" | b"het" | b"een" | b"ik" | b"van" | b"dank" | b"wij"
                    )
                })
    }
}

/// A role phrase after a title: `van Binnenlandse Zaken`, `van het Internationaal Strafhof
/// (ICC)`, `for Home Affairs`. Returns its end and the first country or organisation in it.
fn role_phrase(ctx: &Ctx, pos: usize) -> Option<(usize, Option<String>)> {
    let (s, e) = word_at(ctx.text, pos)?;
    if !ROLE_OPENERS.contains(&&ctx.text[s..e]) {
        // A portfolio's name right after the title is the phrase.
        if let Some(end) = joined_portfolio(ctx.text, s) {
            return Some((end, None));
        }
        let mut tokens = vec![(s, e)];
        while tokens.len() < 3 {
            let last = tokens[tokens.len() - 1].1;
            match word_at(ctx.text, skip_spaces(ctx.text, last)) {
                Some(w)
                    if ctx.text[last..w.0].bytes().all(|b| b == b' ')
                        && w.0 > last
                        && is_capitalised(&ctx.text[w.0..w.1]) =>
                {
                    tokens.push(w)
                }
                _ => break,
            }
        }
        while !tokens.is_empty() {
            if tokens.iter().all(|&(a, b)| is_capitalised(&ctx.text[a..b]))
                && notname_portfolio(ctx.text, &tokens)
            {
                return tokens.last().map(|&(_, end)| (end, None));
            }
            tokens.pop();
        }
        return None;
    }
    // `vraagt de Minister of het kabinet bereid is`: Dutch `of` (or, whether) before a Dutch
    // article opens no role phrase.
    if &ctx.text[s..e] == "of"
        && word_at(ctx.text, skip_spaces(ctx.text, e))
            .is_some_and(|(a, b)| matches!(&ctx.text[a..b], "de" | "het" | "een" | "dit" | "deze"))
    {
        return None;
    }
    // `vraagt de Staatssecretaris of Nederland dit steunt`: nor before a name spelt only in
    // Dutch; an English role names `the Netherlands`.
    if &ctx.text[s..e] == "of"
        && ctx
            .match_at(skip_spaces(ctx.text, e))
            .is_some_and(|(_, m)| m.lang == Lang::Nl)
    {
        return None;
    }
    let mut end_content = None;
    let mut affiliation = None;
    let mut p = pos;
    // Whether the last word was a connector: an article right after a name's word opens the
    // object (`heeft de Minister van Infrastructuur en Waterstaat de Inspectie gevraagd`).
    let mut after_connector = true;
    // Whether the phrase went on past a body's possessive (`the European Parliament’s`): the
    // capitalised words after it name that body's own body, not a holder of the role.
    let mut owned = false;
    // Whether the words go on a body's name after `the` and an acronym (`of the EU Military
    // Committee`, `of the EU Military Staff`): no holder's name follows an article so.
    let mut the_acronym = false;
    let mut last_word = "";
    for _ in 0..12 {
        if ctx.text[p..].starts_with('(') {
            // A short acronym in brackets: `(ICC)`.
            // Only the next 17 bytes: a search of the whole rest would cost a pass per bracket.
            let close = ctx.text.as_bytes()[p..]
                .iter()
                .take(17)
                .position(|&b| b == b')');
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
            after_connector = false;
            p = skip_spaces(ctx.text, p + close + 1);
            continue;
        }
        let Some((s, e)) = word_at(ctx.text, p) else {
            break;
        };
        let word = &ctx.text[s..e];
        let mut e = e;
        // `de Inspectie` (the report's own body) after a word of the phrase opens the object,
        // as any article there does.
        let own_after_word = |m: &GazMatch| {
            !after_connector
                && m.entry
                    .and_then(|e| ctx.gaz.entries.get(e))
                    .is_some_and(|e| e.id.starts_with("self:"))
        };
        if let Some((_, m)) = ctx.match_at(s).filter(|(_, m)| !own_after_word(m)) {
            if m.title.is_some() {
                // Another title (`en de Staatssecretaris`) starts a new phrase.
                break;
            }
            // `of the European Union Agency for Maritime Surveillance`: a known name before an
            // agency's noun starts the name of another body, whose words go on.
            let agency_name = ctx.text[m.end..].strip_prefix(' ').is_some_and(|rest| {
                ["Agency ", "Authority ", "Office "]
                    .iter()
                    .any(|n| rest.starts_with(n))
            });
            // `Minister for EU Affairs of Sweden`: a name before a policy's noun is the
            // subject of the role, not its holder's affiliation.
            let policy = ctx.text[m.end..].strip_prefix(' ').is_some_and(|rest| {
                ["Affairs", "Policy", "Relations", "Matters", "Funds"]
                    .iter()
                    .any(|n| {
                        rest.starts_with(n) && !rest[n.len()..].starts_with(char::is_alphanumeric)
                    })
            });
            if affiliation.is_none()
                && !agency_name
                && !policy
                && matches!(
                    ctx.kind(m),
                    Some(ActorKind::Organization | ActorKind::Country)
                )
            {
                affiliation = ctx.entry_id(m).map(str::to_string);
            }
            the_acronym =
                last_word == "the" && e - s > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
            e = m.end.max(e);
            end_content = Some(e);
        } else if CONNECTORS.contains(&word) {
            // Only counts if something follows.
            if !after_connector && matches!(word, "de" | "het" | "the") {
                break;
            }
            // `minister van Financiën Eelco Heinen en de Deense minister …`: a Dutch portfolio
            // joins its words with a bare `en`; `en de` joins the next person.
            if word == "en"
                && word_at(ctx.text, skip_spaces(ctx.text, e))
                    .is_some_and(|(a, b)| matches!(&ctx.text[a..b], "de" | "het"))
            {
                break;
            }
        } else if (is_capitalised(word) || word.chars().all(|c| c.is_uppercase() || c == '-'))
            && (affiliation.is_none() || owned || the_acronym)
        {
            // Capitalised words after the institution are a name, not the role:
            // `Executive Director of Frontex Hans Leijtens`.
            end_content = Some(e);
        } else if COMMITTEE_NOUNS.contains(&word) {
            end_content = Some(e);
        } else {
            break;
        }
        after_connector = CONNECTORS.contains(&word);
        last_word = word;
        if ctx.text[e..].starts_with('.') {
            break;
        }
        // A list inside the role: `van Landbouw, Natuur en Voedselkwaliteit`.
        if end_content == Some(e) && listed_role_words(ctx, e) {
            p = e + 2;
            continue;
        }
        // `rapporteur of the European Parliament’s Committee on International Trade`: a body
        // of the body named before its possessive goes on the role.
        if end_content == Some(e) {
            let rest = &ctx.text.as_bytes()[e..];
            let possessive = if rest.starts_with("\u{2019}s ".as_bytes()) {
                5
            } else if rest.starts_with(b"'s ") {
                3
            } else {
                0
            };
            if possessive > 0 && ctx.text[e + possessive..].starts_with(|c: char| c.is_uppercase())
            {
                p = e + possessive;
                owned = true;
                continue;
            }
            // `thanked Prime Minister Takeda for Japan's steadfast support`: a possessive
            // before a thing in small letters makes the words a noun's owner, no portfolio.
            let owner = if possessive > 0 {
                &ctx.text[e + possessive..]
            } else if ctx.text[..e].ends_with("'s") || ctx.text[..e].ends_with("\u{2019}s") {
                ctx.text[e..].strip_prefix(' ').unwrap_or("")
            } else {
                ""
            };
            if owner.starts_with(|c: char| c.is_lowercase()) {
                return None;
            }
        }
        let next = skip_spaces(ctx.text, e);
        // A column gap ends the role: `Minister for Foreign Affairs      Deputy Minister of
        // Economy` in a list of participants set in two columns.
        // So does a tab, the gap between the cells of a table Word saved as text.
        // And so does the end of a table row's line (`Andreas Pavlou      Eurocommissaris voor
        // Visserij en Oceanen` ⏎ `Jerzy Nowicki      …`): the next line is the next row.
        if next == e
            || next - e >= 3 && ctx.text[e..next].contains("   ")
            || ctx.text.as_bytes()[e..next].contains(&b'\t')
            || grid_row_ends(ctx.text, e, &ctx.text[e..next])
        {
            break;
        }
        p = next;
    }
    end_content.map(|end| {
        let affiliation = affiliation.or_else(|| home_ministry(ctx.text, pos, end));
        (end, affiliation)
    })
}

/// The portfolios only one government has, with its country (`data/gazetteer/ministries.tsv`).
const MINISTRIES: &str = include_str!("../../data/gazetteer/ministries.tsv");

/// The country of a role phrase `text[pos..end]` that is `van` or `voor` and one government's
/// own portfolio (`van Justitie en Veiligheid`): `Minister Van Dalen van Justitie en
/// Veiligheid` is the Netherlands'. The phrase may wrap over lines.
fn home_ministry(text: &str, pos: usize, end: usize) -> Option<String> {
    static LIST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let phrase = &text[pos..end];
    let rest = phrase
        .strip_prefix("van ")
        .or_else(|| phrase.strip_prefix("voor "))?;
    // The shortest portfolio is two words: a one-word phrase (`van Financiën`) is no match.
    if !rest.contains(' ') || rest.len() > 80 {
        return None;
    }
    let list = LIST.get_or_init(|| {
        MINISTRIES
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });
    // A line's phrase is compared whole; only a wrapped one word by word.
    let wrapped = rest.bytes().any(|b| b == b'\n' || b == b'\r');
    let words = || rest.split_whitespace();
    list.iter()
        .find(|(name, _)| {
            if wrapped {
                name.split(' ').eq(words())
            } else {
                *name == rest
            }
        })
        .map(|(_, country)| country.to_string())
}

/// Whether a comma at `pos`, after a capitalised word of a role phrase, goes on with the rest
/// of a list of capitalised words closed by `en` or `and` and one to three capitalised words:
/// `, Natuur en Voedselkwaliteit`, `, Fisheries and Rural Affairs`, `, Visserij,
/// Voedselzekerheid en Natuur` (at most two words before the `en`, or five in a longer list
/// of single words). Not when a gazetteer name
/// stands in the list (`, Nederland en België`) or a capitalised word follows its end (two
/// names in apposition: `, Anna Berg en Piet Vos`).
fn listed_role_words(ctx: &Ctx, pos: usize) -> bool {
    let text = ctx.text;
    if !text[pos..].starts_with(", ") {
        return false;
    }
    let mut p = pos + 2;
    let mut before_and = 0;
    let mut after_and = 0;
    let mut joined = false;
    // Words in the item being read, and whether an item before it had more than one.
    let (mut item, mut long_item) = (0, false);
    let mut commas = 0;
    loop {
        let Some((s, e)) = word_at(text, p) else {
            return false;
        };
        let word = &text[s..e];
        if matches!(word, "en" | "and") && !joined && before_and > 0 {
            joined = true;
        } else if joined && after_and == 0 && word == "the" {
            // Ireland's `Minister for Agriculture, Food and the Marine`.
        } else if is_capitalised(word) && ctx.match_at(s).is_none() {
            if joined {
                after_and += 1;
            } else {
                before_and += 1;
                item += 1;
            }
            // Two words before the `en`, or up to five in a list of single words whose last
            // item may have two (`, Food, Fisheries, Rural Affairs and Spatial Planning`):
            // names in apposition (`, Anna Berg, Piet Vos en …`) have two words each.
            if (before_and > 2 && (commas == 0 || long_item)) || before_and > 5 || after_and > 3 {
                return false;
            }
        } else {
            return false;
        }
        let rest = &text[e..];
        // A longer list goes on after a comma before its `en` (`, Visserij, Voedselzekerheid
        // en Natuur`).
        if !joined && rest.starts_with(", ") {
            long_item |= item > 1;
            item = 0;
            commas += 1;
            p = e + 2;
            continue;
        }
        // The list's end: punctuation, a line end, or a word in lower case.
        let ends = rest.is_empty()
            || rest.starts_with([',', '.', ';', ':', '\n', ')'])
            || rest.starts_with(' ') && rest[1..].starts_with(|c: char| c.is_lowercase());
        let the_next = joined && after_and == 0 && rest.starts_with(" the ");
        // `, Food and the Marine and President of the Council`: a second `and` after the
        // list's own joins a second office, named in capitals, to the first; the list has
        // ended. (`… en Natuur en van de Minister van …` is no such office.)
        if joined && after_and > 0 {
            let second = rest
                .strip_prefix(" and ")
                .or_else(|| rest.strip_prefix(" en "));
            if second.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())) {
                return true;
            }
        }
        if ends && !(rest.starts_with(" en ") || rest.starts_with(" and ") || the_next) {
            return joined && after_and > 0;
        }
        if !rest.starts_with(' ') {
            return false;
        }
        p = e + 1;
    }
}

/// An organisation named by a word and a country (`VluchtelingenWerk Nederland`, `Statistics
/// Netherlands`), whose country is then no mention of its own: the word `first` at `pos` is
/// written with an inner capital, or stands after a word in lower case (not at a sentence's
/// start, where `Ook Nederland` and `Unlike Germany` are the country). At a sentence's start
/// the word names a body when it is an acronym (`FNV Nederland`), a compound of a body's noun
/// (`Patiëntenfederatie Nederland`) or, before `Nederland`, a word of six letters or more that
/// no word list knows and that is no adjective (`Jeugdzorg Nederland`, not `Caribisch
/// Nederland`): the words that
/// open a sentence before its subject are a closed class (`Zowel`, `Namens`, `Ook`), which
/// `person_words.tsv` lists. The country's match starts at `country`.
fn named_for_country(
    ctx: &Ctx,
    pos: usize,
    (first, flags): (&str, u16),
    country: usize,
) -> Option<BodyHit> {
    let (_, m) = ctx.match_at(country)?;
    if ctx.kind(m) != Some(ActorKind::Country) || m.title.is_some() {
        return None;
    }
    // The country's name, not an adjective: `Nederland`, not `Nederlandse`.
    let entry = m.entry.and_then(|e| ctx.gaz.entries.get(e))?;
    let written = &ctx.text[m.start..m.end];
    if written != entry.name_nl && written != entry.name_en {
        return None;
    }
    let inner_capital =
        first.chars().skip(1).any(char::is_uppercase) && first.chars().any(char::is_lowercase);
    let after_lower = prev_word(ctx.text, pos).is_some_and(|(s, e)| {
        let word = &ctx.text[s..e];
        word.starts_with(|c: char| c.is_lowercase()) && ctx.text[e..pos].trim() == ""
    });
    let acronym = first.len() >= 2
        && first.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
        && first.as_bytes()[first.len() - 1] != b'-';
    // Only the Netherlands' own bodies are named so in Dutch without a mark (`Jeugdzorg
    // Nederland`); before another country an unknown word is likelier a word no list has.
    let unknown_noun = || {
        entry.id == "country:nl"
            && flags == 0
            && first.chars().count() >= 6
            && first.chars().skip(1).all(char::is_lowercase)
            && !["e", "isch", "ees", "s"]
                .iter()
                .any(|end| first.ends_with(end))
    };
    let named = inner_capital || after_lower || acronym || body_ending(first) || unknown_noun();
    named.then(|| BodyHit {
        span: Span::new(pos, m.end),
        name: collapse(&ctx.text[pos..m.end]),
        acronym: None,
        affiliation: None,
    })
}

/// A known organisation or country alone in brackets right after `pos`: `(VVD)` after `het lid
/// Jansen`, or a group with its member's country code (`Rapporteur Ana Ruiz (EPP, ES)`). Where
/// the brackets end, and its id.
fn bracketed_body(ctx: &Ctx, pos: usize) -> Option<(usize, String)> {
    let rest = ctx.text.as_bytes().get(pos..)?;
    // `(` right after the name or after one space; nothing further is looked at.
    let inner = pos + rest.iter().take(2).position(|&b| b == b'(')? + 1;
    let (_, m) = ctx.match_at(inner)?;
    if m.title.is_some() {
        return None;
    }
    let end = match ctx.kind(m) {
        Some(ActorKind::Organization) => country_code_close(ctx.text.as_bytes(), m.end)?,
        Some(ActorKind::Country) if ctx.text[m.end..].starts_with(')') => m.end + 1,
        _ => return None,
    };
    Some((end, ctx.entry_id(m)?.to_string()))
}

/// A ministry in brackets right after a name ending at `pos`: `(Buitenlandse Zaken)`,
/// `(Justitie en Veiligheid)`, `(Klimaat en Groene Groei)`. Where the brackets end, and the
/// ministry's name: capitalised words, with `en` and commas between them, that name no actor.
fn bracketed_ministry(ctx: &Ctx, pos: usize) -> Option<(usize, String)> {
    const MAX_MINISTRY: usize = 70;
    let rest = ctx.text.get(pos..)?;
    let inner_start = pos + rest.bytes().take(2).position(|b| b == b'(')? + 1;
    let window = &ctx.text.as_bytes()[inner_start..];
    let close = window
        .iter()
        .take(MAX_MINISTRY)
        .position(|&b| matches!(b, b')' | b'\n' | b'('))?;
    if window[close] != b')' || ctx.match_at(inner_start).is_some() {
        return None;
    }
    let inner = &ctx.text[inner_start..inner_start + close];
    let mut words = inner.split([' ', ',']).filter(|w| !w.is_empty()).peekable();
    words.peek()?;
    let ministry = words.all(|w| {
        w == "en"
            || (w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
    });
    ministry.then(|| (inner_start + close + 1, collapse(inner)))
}

/// Whether a number follows the word that ends at `pos`: `Prinses Irenestraat 6` is an
/// address, not a name.
fn number_follows(text: &str, pos: usize) -> bool {
    let rest = text[pos..].trim_start_matches(' ');
    rest.len() < text.len() - pos && rest.starts_with(|c: char| c.is_ascii_digit())
}

/// After the comma that ends a role on a line of its own, where the name on the next line (or
/// after a blank line) starts: the signature of a letter (`De Minister van Landbouw,⏎⏎P.J.
/// Verhoeckx`). `None` unless only white space with one to three line ends follows the comma.
/// A copy's mark of the signed original between them (`w.g.`) is stepped over.
fn signature_start(text: &str, comma: usize) -> Option<usize> {
    let rest = text.get(comma + 1..)?;
    let start = rest.len() - rest.trim_start().len();
    let lines = rest[..start].bytes().filter(|&b| b == b'\n').count();
    let at = comma + 1 + start;
    if !(1..=3).contains(&lines) {
        return None;
    }
    let line_end = text[at..].find('\n').map_or(text.len(), |k| at + k);
    if line_end - at <= 16 && crate::metadata::signed_mark(&text[at..line_end]) {
        let rest = &text[line_end..];
        let start = rest.len() - rest.trim_start().len();
        if (1..=3).contains(&rest[..start].bytes().filter(|&b| b == b'\n').count()) {
            return Some(line_end + start);
        }
    }
    Some(at)
}

/// Whether `word` is a double surname: two capitalised parts of two letters or more joined
/// by a hyphen (`Tielens-Tripels`), not an acronym's compound (`EU-Raad`, `Benelux-landen`).
fn double_surname(word: &str) -> bool {
    let mut parts = word.split('-');
    let part = |p: Option<&str>| {
        p.is_some_and(|p| {
            let mut chars = p.chars();
            chars.next().is_some_and(char::is_uppercase)
                && p.chars().count() >= 2
                && chars.all(char::is_lowercase)
        })
    };
    part(parts.next()) && part(parts.next()) && parts.next().is_none()
}

/// Whether `s` holds a blank line: two line ends with only spaces between them.
fn has_blank_line(s: &str) -> bool {
    let (Some(first), Some(last)) = (s.find('\n'), s.rfind('\n')) else {
        return false;
    };
    first < last && s[first + 1..last].split('\n').any(|l| l.trim().is_empty())
}

/// Whether no word of `tokens` is one that no name holds (`Verslag`, `De`).
fn name_words_only(text: &str, tokens: &[(usize, usize)]) -> bool {
    let lex = lexicon();
    let mut buf = String::new();
    // Particles (`de`, `van der`) are articles too: only the capitalised words are asked. A
    // capitalised grammar word after a particle in lower case is a surname (`R.P. ter Haar`,
    // `A. van Ons`): prose writes `ter haar`, `van ons`.
    tokens.iter().enumerate().all(|(k, &(s, e))| {
        let word = &text[s..e];
        let after_particle = k > 0 && {
            let (ps, pe) = tokens[k - 1];
            starts_lower(&text[ps..pe]) && is_particle(&text.as_bytes()[ps..pe])
        };
        let ruled_out = if after_particle {
            NOT_NAME
        } else {
            NOT_NAME | FUNCTION
        };
        !starts_upper(word) || lex.flags(word, &mut buf) & ruled_out == 0
    })
}

/// Whether the name ending at `pos` ends its line too: a signature's name stands alone.
fn line_ends(text: &str, pos: usize) -> bool {
    let rest = text[pos..].trim_start_matches([' ', '\t', '\r']);
    rest.is_empty() || rest.starts_with('\n')
}

/// A country that ends a role phrase, after `of` or `van` (`Foreign Minister of Ukraine`,
/// `minister van Buitenlandse Zaken van Oekraïne`): where the role ends before it, and the
/// country's id. The phrase runs from `start` (the title's end) to `end`.
fn country_tail(ctx: &Ctx, start: usize, end: usize) -> Option<(usize, String)> {
    let i = ctx.matches.partition_point(|m| m.end < end);
    let m = ctx
        .matches
        .get(i)
        .filter(|m| m.end == end && m.start > start)?;
    if ctx.kind(m) != Some(ActorKind::Country) || m.title.is_some() {
        return None;
    }
    let before = ctx.text[start..m.start].trim_end();
    let before = ["the", "de", "het"]
        .iter()
        .find_map(|a| before.strip_suffix(a).filter(|r| r.ends_with(' ')))
        .map_or(before, str::trim_end);
    let role_end = ["of", "van"]
        .iter()
        .find_map(|w| {
            before
                .strip_suffix(w)
                .filter(|r| r.is_empty() || r.ends_with(' '))
        })
        .map(|r| start + r.trim_end().len())?;
    Some((role_end, ctx.entry_id(m)?.to_string()))
}

/// A name of two or more words that ends a role phrase running from `pos` to `end`, after at
/// least one word of the role's own: `for Enlargement Petra Lindqvist`, `of Foreign Affairs
/// Ann Lindvik`. Words of institutions, places and policies are never part of it, so `for Home
/// Affairs` keeps its words. Returns where the role ends and the name's words.
fn name_closing_phrase(ctx: &Ctx, pos: usize, end: usize) -> Option<(usize, Vec<(usize, usize)>)> {
    let lexicon = lexicon();
    let mut buf = String::new();
    // The opener (`for`), then the role's first word.
    let (opener_start, opener_end) = word_at(ctx.text, pos)?;
    let dutch = matches!(&ctx.text[opener_start..opener_end], "voor" | "van");
    let (first_start, first_end) = word_at(ctx.text, skip_spaces(ctx.text, opener_end))?;
    let mut role_end = first_end;
    let mut previous = first_start;
    let mut p = skip_spaces(ctx.text, first_end);
    // Whether a comma of the phrase's list stands before the word at `p`.
    let mut after_comma = ctx.text[first_end..].starts_with(", ");
    if after_comma {
        p = skip_spaces(ctx.text, first_end + 1);
    }
    // The words of the portfolio's item so far, after the opener, an `and` or a comma.
    let mut item_words = usize::from(!after_comma);
    while p < end {
        let (s, e) = word_at(ctx.text, p)?;
        // After `en`/`and` the capitals go on the phrase's list (`Minister van Klimaat en
        // Groene Groei`), a name does not start there; nor after a comma of that list
        // (`for Democracy, Justice and the Rule of Law`).
        let listed = after_comma || matches!(&ctx.text[previous..role_end], "en" | "and" | "&");
        // A name follows a word of the role's own (`for Enlargement Petra Lindqvist`), never
        // an article, a preposition or an acronym: `Minister for the Ecological Transition`,
        // `Chair of the EU Military Committee`, `Commission for Tech Sovereignty` end in the
        // words of a portfolio or a body.
        let own_word = &ctx.text[previous..role_end];
        let after_own_word =
            starts_upper(own_word) && !own_word.bytes().all(|b| !b.is_ascii_lowercase());
        if is_capitalised(&ctx.text[s..e]) && !listed && after_own_word {
            let tokens = name_at(ctx, s).filter(|t| {
                t.len() >= 2
                    && t.last().is_some_and(|l| l.1 == end)
                    && t.iter()
                        .all(|&(a, b)| lexicon.flags(&ctx.text[a..b], &mut buf) & NOT_NAME == 0)
            });
            if let Some(mut tokens) = tokens {
                // `for Health and Animal Welfare Tomas Várhelyi`, `voor Internationale
                // Partnerschappen Marta Kovač`: after an item's first word shaped as an
                // adjective, three plain words are its noun, a first name and a surname, not a
                // name of three (`for Agriculture Luis Planas Puchades` is one).
                if item_words == 1
                    && tokens.len() == 3
                    && adjective_shaped(own_word, dutch)
                    && tokens.iter().all(|&(a, b)| plain_word(&ctx.text[a..b]))
                {
                    let (_, second_end) = tokens.remove(0);
                    return Some((second_end, tokens));
                }
                return Some((role_end, tokens));
            }
        }
        let word = &ctx.text[s..e];
        item_words = if matches!(word, "en" | "and" | "&") {
            0
        } else {
            item_words + 1
        };
        previous = s;
        role_end = e;
        let next = skip_spaces(ctx.text, e);
        after_comma = next == e && ctx.text[e..].starts_with(", ");
        if after_comma {
            item_words = 0;
            p = skip_spaces(ctx.text, e + 1);
            continue;
        }
        if next == e {
            return None;
        }
        p = next;
    }
    None
}

/// Whether `word` is a capitalised word of letters alone: no initial, particle, hyphen or
/// capitals throughout.
fn plain_word(word: &str) -> bool {
    is_capitalised(word)
        && word.chars().count() >= 3
        && word.chars().skip(1).all(char::is_lowercase)
}

/// Whether `word` ends as an adjective does that needs its noun after it: Dutch `-e` (not
/// `-ie`, `-ee`: `Internationale`, `Binnenlandse`), English `-al`, `-ic`, `-ive`, `-ary`,
/// `-ous`, `-ish`, `-ian`, `-ean`, `-ern` (`International`, `Animal`, `Digital`).
fn adjective_shaped(word: &str, dutch: bool) -> bool {
    if dutch {
        word.ends_with('e') && !word.ends_with("ie") && !word.ends_with("ee")
    } else {
        ["al", "ic", "ive", "ary", "ous", "ish", "ian", "ean", "ern"]
            .iter()
            .any(|s| word.ends_with(s))
    }
}

/// A known organisation in brackets right after a name ending at `pos` (`(Renew)`, `(VVD)`),
/// perhaps with a member's country code after a comma (`(EPP, PL)`): its id, and the end of
/// the bracket.
fn bracketed_affiliation(ctx: &Ctx, pos: usize) -> Option<(usize, String)> {
    let open = pos + ctx.text.get(pos..)?.strip_prefix(' ').map_or(0, |_| 1);
    if ctx.text.as_bytes().get(open) != Some(&b'(') {
        return None;
    }
    let (_, m) = ctx.match_at(open + 1)?;
    if ctx.kind(m) != Some(ActorKind::Organization) {
        return None;
    }
    let end = country_code_close(ctx.text.as_bytes(), m.end)?;
    Some((end, ctx.entry_id(m)?.to_string()))
}

/// A short note in brackets right after a name ending at `pos` (`(Norway)`, `(DG MOVE)`): the
/// end of the bracket, and the country or body it names, if any. A bracket of more than a few
/// words is a sentence's aside, not a note on the name.
fn bracketed_note(ctx: &Ctx, pos: usize) -> Option<(usize, Option<String>)> {
    let bytes = ctx.text.as_bytes();
    let open = pos + usize::from(bytes.get(pos) == Some(&b' '));
    if bytes.get(open) != Some(&b'(') {
        return None;
    }
    let inner = bytes.get(open + 1..(open + 41).min(bytes.len()))?;
    let close = open + 1 + memchr::memchr(b')', inner)?;
    let note = &ctx.text[open + 1..close];
    if note.is_empty()
        || note.contains(['(', '.', ',', ';', ':', '\n'])
        || note.split(' ').count() > 4
        || !closes_apposition(ctx.text, close + 1)
    {
        return None;
    }
    let named = ctx.match_at(open + 1).and_then(|(_, m)| {
        (m.end == close
            && m.title.is_none()
            && matches!(
                ctx.kind(m),
                Some(ActorKind::Country | ActorKind::Organization)
            ))
        .then(|| ctx.entry_id(m))
        .flatten()
    });
    Some((close + 1, named.map(str::to_string)))
}

/// The end of a bracket that closes at `pos` (`)`), or after a comma and a member's country
/// code (`, PL)`), as a parliament's summaries tag a member with group and country.
fn country_code_close(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos..)? {
        [b')', ..] => Some(pos + 1),
        [b',', b' ', a, b, b')', ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            Some(pos + 5)
        }
        _ => None,
    }
}

/// A member's tag in brackets after an untitled name ending at `pos`, the evidence that the
/// name is a person's: a known group or party (`(Renew)`, `(EPP, PL)`), or a short capitalised
/// tag with a country code (`(ID, FR)`, a group no list knows). The end of the bracket, and the
/// group if known.
fn member_tag(ctx: &Ctx, pos: usize) -> Option<(usize, Option<String>)> {
    let bytes = ctx.text.as_bytes();
    let open = pos + usize::from(bytes.get(pos) == Some(&b' '));
    if bytes.get(open) != Some(&b'(') {
        return None;
    }
    if let Some((end, group)) = bracketed_affiliation(ctx, pos) {
        return Some((end, Some(group)));
    }
    // The group's tag as the Parliament writes it in French (`Roberta Salvini (PPE) as
    // rapporteur`): only in brackets right after a name, for `PPE` elsewhere is as often
    // personal protective equipment.
    for (tag, id) in FRENCH_GROUP_TAGS {
        let close = open + 1 + tag.len();
        if bytes.get(open + 1..close) == Some(tag.as_bytes())
            && matches!(bytes.get(close), Some(b')' | b','))
            && ctx.gaz.entries.iter().any(|e| e.id == *id)
        {
            let end = country_code_close(bytes, close)?;
            return Some((end, Some(id.to_string())));
        }
    }
    // An unknown tag must carry the country code: `(ID, FR)`, not `(Tsjechië)`.
    let tag = bytes.get(open + 1..)?;
    let len = tag
        .iter()
        .take(16)
        .position(|b| !(b.is_ascii_alphabetic() || matches!(b, b'&' | b'/' | b'-')))?;
    if len == 0 || !tag[0].is_ascii_uppercase() || tag.get(len) != Some(&b',') {
        return None;
    }
    let end = country_code_close(bytes, open + 1 + len)?;
    Some((end, None))
}

/// The European Parliament's group tags in French that the gazetteer does not list on their
/// own (the others, `S&D`, `ECR`, `Verts/ALE`, `GUE/NGL`, it does), and the group's id.
const FRENCH_GROUP_TAGS: [(&str, &str); 1] = [("PPE", "org:epp-group")];

/// A parliament's political group named with `of the` right after a name ending at `pos`
/// (` of the Greens/EFA group`, ` of the EPP Group`): the end of the phrase and the group's id.
/// A group is a body of the gazetteer that belongs to the European Parliament.
fn group_phrase(ctx: &Ctx, pos: usize) -> Option<(usize, String)> {
    let at = pos + ctx.text.get(pos..)?.strip_prefix(" of the ").map(|_| 8)?;
    let (_, m) = ctx.match_at(at)?;
    let entry = ctx.gaz.entries.get(m.entry?)?;
    if entry.affiliation.as_deref() != Some("org:european-parliament") {
        return None;
    }
    let rest = &ctx.text[m.end..];
    let end = [" group", " Group"]
        .iter()
        .find(|g| rest.starts_with(**g) && !rest[g.len()..].starts_with(char::is_alphanumeric))
        .map_or(m.end, |g| m.end + g.len());
    Some((end, entry.id.clone()))
}

/// A country alone in brackets right after a name ending at `pos` (`(Portugal)`,
/// `(Tsjechië)`, a member state's code `(CZ)`): the end of the bracket and the country's id.
fn country_tag(ctx: &Ctx, pos: usize) -> Option<(usize, String)> {
    let open = pos + usize::from(ctx.text.as_bytes().get(pos) == Some(&b' '));
    if ctx.text.as_bytes().get(open) != Some(&b'(') {
        return None;
    }
    // A member state's code alone (`Jan Novák (CZ) said`), as a parliament's summaries tag
    // a member.
    let bytes = ctx.text.as_bytes();
    if bytes.get(open + 3) == Some(&b')') {
        if let Some(id) = ctx.gaz.member_code(&bytes[open + 1..open + 3]) {
            return Some((open + 4, id.to_string()));
        }
    }
    let (_, m) = ctx.match_at(open + 1)?;
    if ctx.kind(m) != Some(ActorKind::Country) || ctx.text.as_bytes().get(m.end) != Some(&b')') {
        return None;
    }
    Some((m.end + 1, ctx.entry_id(m)?.to_string()))
}

/// Whether `pos` opens a bulleted list item: only a bullet (`-`, `*`, `•`, `–`) and spaces
/// before it on its line.
fn opens_list_item(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |k| k + 1);
    let lead = text[line_start..pos].trim_start_matches([' ', '\t']);
    ["- ", "* ", "• ", "– "].contains(&lead)
}

/// The rest of the line after `pos` when it is a comma and a short office with no sentence in
/// it (`, Deputy Chair`, `, lid`): its end and the office; `Some(None)` when the line ends
/// there, `None` when anything else follows.
fn office_after(text: &str, pos: usize) -> Option<Option<(usize, &str)>> {
    let bytes = text.as_bytes();
    let line_end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |k| pos + k);
    let rest = text[pos..line_end].trim_end();
    if rest.is_empty() {
        return Some(None);
    }
    let office = rest.strip_prefix(", ")?;
    (office.split(' ').count() <= 5
        && !office.contains(['.', ';', ':', '(', ','])
        && office.starts_with(|c: char| c.is_alphabetic()))
    .then_some(Some((pos + rest.len(), office)))
}

/// A role in brackets right after a name ending at `pos`, perhaps with its body after a comma:
/// `Nadia Bakker (Executive Director, EUAA)`, `(Minister for Foreign Affairs, Portugal)`,
/// `(Chair)`. A bracket that opens with an office (a title that is no honorific, or a known
/// role) says who the name is. The end of the bracket, the role as written and the
/// affiliation: the body after the comma, else the one in the role phrase, else the title's.
fn role_tag(ctx: &Ctx, pos: usize) -> Option<(usize, String, Option<String>)> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let open = pos + usize::from(bytes.get(pos) == Some(&b' '));
    if bytes.get(open) != Some(&b'(') {
        return None;
    }
    let (_, m) = ctx.match_at(open + 1)?;
    let title = m.title.and_then(|t| ctx.gaz.titles.get(t));
    let office = match title {
        Some(t) => !t.honorific && !t.plural,
        None => ctx.kind(m) == Some(ActorKind::Role),
    };
    if !office {
        return None;
    }
    let mut role_end = m.end;
    let mut affiliation = None;
    if bytes.get(m.end) == Some(&b' ') {
        if let Some((end, aff)) = role_phrase(ctx, m.end + 1) {
            role_end = end;
            affiliation = aff;
        }
    }
    let end = match bytes.get(role_end..)? {
        [b')', ..] => role_end + 1,
        [b',', b' ', ..] => {
            let (_, body) = ctx.match_at(role_end + 2)?;
            if !matches!(
                ctx.kind(body),
                Some(ActorKind::Organization | ActorKind::Country)
            ) || bytes.get(body.end) != Some(&b')')
            {
                return None;
            }
            affiliation = ctx.entry_id(body).map(str::to_string);
            body.end + 1
        }
        _ => return None,
    };
    let affiliation = affiliation.or_else(|| title.and_then(|t| t.affiliation.clone()));
    Some((end, collapse(&text[open + 1..role_end]), affiliation))
}

/// Whether a capitalised title that is no honorific follows a name ending at `pos`, after one
/// space: the next row of a list of participants whose lines the layout joined (`President of
/// the European Council, Mr Tomasz Wrona` ⏎ `Prime Minister of Denmark, Ms …`), which no
/// running text writes so.
fn title_after_name(ctx: &Ctx, pos: usize) -> bool {
    ctx.text[pos..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
        && ctx.match_at(pos + 1).is_some_and(|(_, m)| {
            m.title
                .and_then(|t| ctx.gaz.titles.get(t))
                .is_some_and(|t| !t.honorific && !t.plural)
                // `… Ms Ursula Brandt` ⏎ `High Representative of the Union …, Ms …`.
                || ctx.kind(m) == Some(ActorKind::Role)
        })
}

/// The end of a post-nominal after a name ending at `pos` (`Mr Cathal Brennan T.D.,`, `Ms
/// Ann Reid MP,`): one word of capitals and full stops, two capitals at least.
fn post_nominal_after(text: &str, pos: usize) -> Option<usize> {
    let rest = text[pos..].strip_prefix(' ')?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || *b == b'.')
        .count();
    let word = &rest.as_bytes()[..len];
    ((2..=6).contains(&len)
        && word.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
        && !rest
            .as_bytes()
            .get(len)
            .is_some_and(u8::is_ascii_alphanumeric))
    .then_some(pos + 1 + len)
}

/// Whether a name ending at `pos` is followed by the end of its apposition.
fn closes_apposition(text: &str, pos: usize) -> bool {
    let p = skip_spaces(text, pos);
    match text[p..].chars().next() {
        None => true,
        Some(c) => {
            matches!(c, ',' | '.' | ';' | ':' | ')' | '–' | '—' | '\n')
                // `Brief regering - minister van Buitenlandse Zaken, H.W. van Weel - 2 juni
                // 2026`: a Kamer list's fields apart by a hyphen between spaces.
                || c == '-' && p > pos && text[p + 1..].starts_with(' ')
        }
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs the patterns over the gazetteer's matches.
#[inline(never)]
pub fn find(text: &str, matches: &[GazMatch], gaz: &Gazetteer) -> Found {
    let cut = if cfg!(not(target_arch = "wasm32")) && text.len() >= SPLIT_UNTITLED_FROM {
        // After a paragraph break past the middle, where no name runs over.
        let middle = text.len() / 2;
        memchr::memmem::find(&text.as_bytes()[middle..], b"\n\n").map(|k| middle + k + 2)
    } else {
        None
    };
    find_with::<true>(text, matches, gaz, cut)
}

/// Texts from this size on have their untitled scan split in two halves on two threads
/// (natively): persons are found on one core while the other finds the verbs, and take longer.
const SPLIT_UNTITLED_FROM: usize = 512 * 1024;

/// [`find`], with the byte prefilter of the untitled scan or (for tests) without it, and with
/// that scan in two halves that meet at `cut` or in one.
fn find_with<const PREFILTER: bool>(
    text: &str,
    matches: &[GazMatch],
    gaz: &Gazetteer,
    cut: Option<usize>,
) -> Found {
    let ctx = Ctx { text, matches, gaz };
    let mut found = Found {
        consumed: vec![false; matches.len()],
        ..Found::default()
    };
    // Nothing may be claimed twice: a title inside a role phrase already used is skipped.
    let mut claimed_until = 0;
    let mut from = 0;
    while from < matches.len() {
        let to = from.saturating_add(TITLE_PART).min(matches.len());
        titled_part(&ctx, from..to, &mut found, &mut claimed_until);
        from = to;
    }
    appositive_roles(&ctx, &mut found);
    find_untitled::<PREFILTER>(&ctx, &mut found, cut);
    signatures(&ctx, &mut found);
    board_signatures(&ctx, &mut found);
    tab_rows(&ctx, &mut found);
    attendance_roles(&ctx, &mut found);
    drop_labels(text, &mut found);
    floor_given(&ctx, &mut found);
    delegation_labels(&ctx, &mut found);
    found
}

/// The office the chair gives the floor to at the end of the paragraph before a speaker's
/// label (`Het woord is aan de minister-president.` ⏎ `Minister Schoof:`, `I give the floor to
/// the Minister for Finance.` ⏎ `Mr Berg:`): the speaker holds it, as the Handelingen name him
/// once and by his title alone (`Minister`, `De heer`) in the label. The office becomes his
/// role when the label's title opens it (or the label has none), and his office, so that the
/// text's bare mentions of it (`De minister-president zegt …`) are his (resolve.rs). Later
/// labels of the same name with the same bare title get the office too.
fn floor_given(ctx: &Ctx, found: &mut Found) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut given: HashMap<Vec<String>, (String, Option<String>)> = HashMap::new();
    let roles = &found.roles;
    for p in found.persons.iter_mut() {
        let start = p.mention.start;
        // A label opens its paragraph and ends in a colon, perhaps after a party in brackets.
        if start < 3 || &bytes[start - 2..start] != b"\n\n" {
            continue;
        }
        let rest = &bytes[p.mention.end..];
        let colon = match rest {
            [b':', ..] => true,
            [b' ', b'(', inner @ ..] => inner
                .iter()
                .take(40)
                .position(|&b| b == b')')
                .is_some_and(|c| inner.get(c + 1) == Some(&b':')),
            _ => false,
        };
        if !colon {
            continue;
        }
        let Some((office, affiliation)) = office_given(ctx, roles, start - 2) else {
            continue;
        };
        if !title_opens(p.role.as_deref(), &office) {
            continue;
        }
        p.role = Some(office.clone());
        p.office = Some(office.clone());
        if p.affiliation.is_none() {
            p.affiliation.clone_from(&affiliation);
        }
        given.insert(p.tokens.clone(), (office, affiliation));
    }
    if given.is_empty() {
        return;
    }
    for p in found.persons.iter_mut() {
        let Some((office, affiliation)) = given.get(&p.tokens) else {
            continue;
        };
        if p.office.is_none() && title_opens(p.role.as_deref(), office) {
            p.role = Some(office.clone());
            p.office = Some(office.clone());
            if p.affiliation.is_none() {
                p.affiliation.clone_from(affiliation);
            }
        }
    }
}

/// Whether a label's role (`Minister`, or none after `De heer`) is the title that `office`
/// opens with (`minister-president`, `minister van Financiën`).
fn title_opens(role: Option<&str>, office: &str) -> bool {
    let Some(role) = role else {
        return true;
    };
    office.len() >= role.len()
        && office.is_char_boundary(role.len())
        && office[..role.len()].eq_ignore_ascii_case(role)
        && matches!(office.as_bytes().get(role.len()), None | Some(b' ' | b'-'))
}

/// The office named at the end of the paragraph that ends at `end` when it gives the floor
/// (`… Het woord is aan de minister-president.`, `Dan geef ik het woord aan de minister van
/// Buitenlandse Zaken.`, `I give the floor to the Prime Minister.`): a title or role of the
/// gazetteer after `aan de` or `to the`, up to the sentence's full stop. Its text, white space
/// collapsed, and its affiliation.
fn office_given(ctx: &Ctx, roles: &[RoleHit], end: usize) -> Option<(String, Option<String>)> {
    let text = ctx.text;
    let paragraph = text[..end].trim_end();
    let body = paragraph.strip_suffix('.')?;
    let from = crate::floor_boundary(body, body.len().saturating_sub(160));
    let mut window = &body[from..];
    if let Some(k) = window.rfind("\n\n") {
        window = &window[k + 2..];
    }
    if let Some(k) = window.rfind(['.', '?', '!', ':']) {
        window = &window[k + 1..];
    }
    // The word itself: `antwoord` gives no floor.
    let floor = [" woord ", " floor "].iter().any(|w| window.contains(w));
    if !floor {
        return None;
    }
    let (at, dutch) = [(" aan de ", true), (" aan het ", true), (" to the ", false)]
        .iter()
        .filter_map(|&(p, dutch)| window.rfind(p).map(|k| (k + p.len(), dutch)))
        .max()?;
    let start = body.len() - window.len() + at;
    let (_, m) = ctx.match_at(start)?;
    let title = m.title.and_then(|t| ctx.gaz.titles.get(t));
    let role_entry = ctx.kind(m) == Some(ActorKind::Role);
    if title.is_some_and(|t| t.honorific || t.plural) || (title.is_none() && !role_entry) {
        return None;
    }
    // The floor given back to the chair (`Het woord is aan de voorzitter.`) makes no member
    // who speaks next the chair: the chair's own labels stay the chair's.
    if ctx
        .entry_id(m)
        .is_some_and(|id| matches!(id, "role:chair" | "role:vice-chair"))
    {
        return None;
    }
    let office = collapse(&body[start..]);
    if office.len() > 80 {
        return None;
    }
    // The affiliation of an unnamed role found there (`minister van Buitenlandse Zaken`, a
    // Dutch minister), else the role's or the title's own, or in Dutch the title's home.
    let k = roles.partition_point(|r| r.span.start < start);
    let affiliation = match roles.get(k).filter(|r| r.span.start == start) {
        Some(role) => role.affiliation.clone(),
        None => m
            .entry
            .and_then(|e| ctx.gaz.entries.get(e))
            .and_then(|e| e.affiliation.clone())
            .or_else(|| title.and_then(|t| t.affiliation.clone()))
            .or_else(|| title.and_then(|t| t.home.clone()).filter(|_| dutch)),
    };
    Some((office, affiliation))
}

/// How many delegates' rows may stand between a delegation's label and a delegate's row.
const MAX_DELEGATES: usize = 8;

/// The start of the line that holds `pos`, when it is at most `reach` bytes back: checks that
/// only look at a short start of a line need not search back through a long paragraph (a text
/// saved as one line made each such search as long as the text).
fn line_start_within(bytes: &[u8], pos: usize, reach: usize) -> Option<usize> {
    let from = pos.saturating_sub(reach);
    match memchr::memrchr(b'\n', &bytes[from..pos]) {
        Some(i) => Some(from + i + 1),
        None => (from == 0).then_some(0),
    }
}

/// The honorifics that open a row of a list of participants.
const HONORIFICS: [&str; 5] = ["Mr ", "Ms ", "Mrs ", "Dr ", "Dr. "];

/// The delegation that labels a list of participants by country (`Belgium:` ⏎ `Ms Tinne
/// Vandamme<TAB>Minister for Energy`, or `Belgium: Ms Tinne Vandamme, Minister for Energy` on
/// one line): a person named first on the label's line, or first on the line under a label
/// alone, belongs to the country or body the label names.
fn delegation_labels(ctx: &Ctx, found: &mut Found) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let Found { persons, roles, .. } = found;
    for p in persons.iter_mut().filter(|p| p.affiliation.is_none()) {
        let start = p.mention.start;
        // A head longer than this is neither indentation nor a label.
        let Some(line_start) = line_start_within(bytes, start, 256) else {
            continue;
        };
        let head = &text[line_start..start];
        // Cheap first: the name opens its line, or a short label with its colon stands
        // before it.
        let label_at = if head.bytes().all(|b| b == b' ' || b == b'\t') {
            // The label alone on a line above, a blank line at most between, over the rows
            // of the delegation's other members (`Germany:` ⏎ `Mr Jörg KUKIES …` ⏎ `Ms Anna
            // LÜHRMANN …`).
            let mut end = line_start.saturating_sub(1);
            if end > 0 && bytes[end - 1] == b'\n' {
                end -= 1;
            }
            let mut found_at = None;
            for _ in 0..MAX_DELEGATES {
                if end == 0 {
                    break;
                }
                let above = memchr::memrchr(b'\n', &bytes[..end]).map_or(0, |i| i + 1);
                let line = text[above..end].trim();
                // A no-break space may follow the honorific (`Mr\u{a0}Thomas`).
                let row = |l: &str| {
                    HONORIFICS.iter().any(|h| {
                        l.starts_with(h)
                            || l.strip_prefix(h.trim_end())
                                .is_some_and(|r| r.starts_with('\u{a0}'))
                    })
                };
                // The label alone, or before the first delegate's row (`Germany: Mr …`).
                let labelled = line.ends_with(':')
                    || line
                        .split_once(": ")
                        .is_some_and(|(head, rest)| head.len() <= 40 && row(rest))
                    || bare_label(line) && !row(line);
                if labelled {
                    found_at = Some(above);
                    break;
                }
                if !row(line) {
                    break;
                }
                end = above.saturating_sub(1);
                if end > 0 && bytes[end - 1] == b'\n' {
                    end -= 1;
                }
            }
            found_at
        } else {
            (head.len() <= 40 && head.trim_end().ends_with(':')).then_some(line_start)
        };
        let Some(at) = label_at else {
            continue;
        };
        let at = at + (text[at..].len() - text[at..].trim_start().len());
        let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
        let line = text[at..line_end].trim_end();
        // `BELGIUM` ⏎ `Ms Hanne VERBRUGGEN      Minister for the Interior`: a country alone on
        // its line, without a colon, in capitals as a Council outcome sets its participants.
        if bare_label(line) {
            if let Some(country) = country_line(ctx, at, line) {
                p.affiliation = Some(country);
                delegate_office(text, p, roles);
            }
            continue;
        }
        let Some((_, m)) = ctx.match_at(at) else {
            continue;
        };
        let label_ends = text[m.end..]
            .strip_prefix(':')
            .is_some_and(|rest| rest.starts_with([' ', '\t', '\n']) || rest.is_empty());
        let delegation = matches!(
            ctx.kind(m),
            Some(ActorKind::Country | ActorKind::Organization)
        );
        if !(label_ends && delegation && m.title.is_none() && m.end <= start) {
            continue;
        }
        p.affiliation = ctx.entry_id(m).map(str::to_string);
        delegate_office(text, p, roles);
    }
}

/// The cell after a delegate's name is the delegate's office, though it names no ministry
/// (`Permanent Representative`, `Commissioner`, `State Secretary, Federal Ministry …`).
fn delegate_office(text: &str, p: &mut PersonHit, roles: &mut Vec<RoleHit>) {
    if p.role.is_some() || !cell_gap_after(text, p.mention.end) {
        return;
    }
    let rest = text[p.mention.end..].trim_start_matches([' ', '\t']);
    let cell = rest.split('\n').next().unwrap_or("").trim_end();
    if (2..=100).contains(&cell.len())
        && cell.starts_with(|c: char| c.is_uppercase())
        && !cell.ends_with('.')
        && !cell.contains('\t')
    {
        p.role = Some(collapse(cell));
        // A second title in the cell (`Deputy Prime Minister and Minister of Finance`) is the
        // delegate's too, no role of its own.
        let cell_start = cell.as_ptr() as usize - text.as_ptr() as usize;
        let cell_end = cell_start + cell.len();
        roles.retain(|r| r.span.start < cell_start || r.span.end > cell_end);
    }
}

/// Whether a trimmed line could be a delegation's label without its colon: one to four
/// words of letters, a capital first (`BELGIUM`, `Czech Republic`).
fn bare_label(line: &str) -> bool {
    (2..=40).contains(&line.len())
        && line.starts_with(|c: char| c.is_uppercase())
        && line.split(' ').count() <= 4
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// The country that the line `line` at `at` names whole (`Belgium`, or `BELGIUM` in
/// capitals, which the gazetteer's case rule does not match: looked up in title case).
fn country_line(ctx: &Ctx, at: usize, line: &str) -> Option<String> {
    if let Some((_, m)) = ctx.match_at(at) {
        return (m.end == at + line.len() && ctx.kind(m) == Some(ActorKind::Country))
            .then(|| ctx.entry_id(m).map(str::to_string))
            .flatten();
    }
    if line.chars().any(char::is_lowercase) {
        return None;
    }
    let titled: String = line
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map_or(String::new(), |c| {
                c.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    let found = ctx.gaz.scan(&titled);
    let m = found
        .first()
        .filter(|m| m.start == 0 && m.end == titled.len())?;
    let entry = ctx.gaz.entries.get(m.entry?)?;
    (entry.kind == ActorKind::Country).then(|| entry.id.clone())
}

/// A row of a list of participants that Word saved as text, its cells split by tabs: a name
/// alone in the first cell, a role in the next (`Christophe Hansen<TAB>Eurocommissaris voor
/// Landbouw<TAB>Europese Commissie`). The name is a person with that role; a country or body
/// alone in the cell after it is the person's affiliation, before the role's own (`Stefan
/// Krajewski<TAB>minister van Landbouw<TAB>Polen` is Poland's minister, not the home's).
/// Only the roles found are looked at, each for a tab right before it.
fn tab_rows(ctx: &Ctx, found: &mut Found) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut taken: Vec<usize> = Vec::new();
    let mut added: Vec<PersonHit> = Vec::new();
    for (k, r) in found.roles.iter().enumerate() {
        let start = r.span.start;
        // A tab before the role, or a gap of spaces (`Jerzy Nowicki      minister van
        // Landbouw`, a table set by spaces): a byte test first, most roles follow one space.
        let spaced = start >= 3 && &bytes[start - 3..start] == b"   ";
        if start == 0 || !(bytes[start - 1] == b'\t' || spaced) {
            continue;
        }
        // A cell of at most 60 bytes, and its gap: further back, no cell.
        let Some(line_start) = line_start_within(bytes, start, 256) else {
            continue;
        };
        let cell = text[line_start..start].trim_end_matches(['\t', ' ']);
        if cell.is_empty()
            || cell.len() > 60
            || cell.contains('\t')
            || crate::layout::find_three_spaces(cell.as_bytes()).is_some()
        {
            continue;
        }
        let name_end = line_start + cell.len();
        let Some(tokens) = name_at(ctx, line_start)
            .filter(|t| t.len() >= 2 && t.last().is_some_and(|l| l.1 == name_end))
        else {
            continue;
        };
        let at = found
            .persons
            .partition_point(|p| p.mention.end <= line_start);
        // The next cell: a country or a body alone up to the line's end.
        let next = cell_gap_after(text, r.span.end)
            .then(|| skip_cell_gap(text, r.span.end))
            .filter(|&p| p < text.len() && !matches!(bytes[p], b'\n' | b'\r'));
        let cell_affiliation = next.and_then(|p| {
            let (_, m) = ctx.match_at(p)?;
            let alone = matches!(bytes.get(m.end), None | Some(b'\n' | b'\r'))
                || cell_gap_after(text, m.end);
            let body = matches!(
                ctx.kind(m),
                Some(ActorKind::Country | ActorKind::Organization)
            );
            (alone && body && m.title.is_none())
                .then(|| ctx.entry_id(m).map(str::to_string))
                .flatten()
        });
        // The rest of the role's cell is the role's too (`minister van Landbouw, Voedsel en de
        // Marine`), but for a country in brackets at its end, the holder's (`(Ierland,
        // voorzitter)`, `(Polen)`).
        let (role, bracketed) = row_role(ctx, r);
        let affiliation = cell_affiliation
            .or(bracketed)
            .or_else(|| r.affiliation.clone());
        match found.persons.get_mut(at) {
            // The name found already, without a role: the row gives it one.
            Some(p) if p.mention == Span::new(line_start, name_end) && p.role.is_none() => {
                p.role = Some(role);
                p.affiliation = p.affiliation.take().or(affiliation);
            }
            Some(p) if p.mention.start < name_end => continue,
            _ => added.push(PersonHit::new(
                text,
                line_start..name_end,
                line_start,
                &tokens,
                Some(role),
                affiliation,
            )),
        }
        taken.push(k);
    }
    if taken.is_empty() {
        return;
    }
    // `taken` is in order: one walk, not a search of it for each role (a list of thousands of
    // rows made that quadratic).
    let mut next = taken.into_iter().peekable();
    let mut k = 0;
    found.roles.retain(|_| {
        k += 1;
        next.next_if_eq(&(k - 1)).is_none()
    });
    found.persons.extend(added);
    found
        .persons
        .sort_by_key(|p| (p.mention.start, p.mention.end));
}

/// The role of a table row's cell that `r` opens: the cell's words up to its end (the next
/// column gap or the line's end), without a bracket at its end that opens with a country,
/// which is returned as the holder's affiliation.
fn row_role(ctx: &Ctx, r: &RoleHit) -> (String, Option<String>) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let line_end =
        memchr::memchr(b'\n', &bytes[r.span.end..]).map_or(text.len(), |i| r.span.end + i);
    let line = &text[r.span.start..line_end];
    let tab = memchr::memchr(b'\t', line.as_bytes());
    let gap = crate::layout::find_three_spaces(line.as_bytes());
    let cell = &line[..tab.into_iter().chain(gap).min().unwrap_or(line.len())];
    let cell = cell.trim_end_matches(['\r', ' ']);
    if cell.len() < r.span.end - r.span.start {
        return (r.role.clone(), None);
    }
    let bracket = cell
        .strip_suffix(')')
        .and_then(|c| c.rfind('('))
        .and_then(|open| {
            let (_, m) = ctx.match_at(r.span.start + open + 1)?;
            (ctx.kind(m) == Some(ActorKind::Country))
                .then(|| ctx.entry_id(m).map(|id| (open, id.to_string())))
                .flatten()
        });
    match bracket {
        Some((open, country)) => (collapse(&cell[..open]), Some(country)),
        None if cell.len() == r.span.end - r.span.start => (r.role.clone(), None),
        None => (collapse(cell), None),
    }
}

/// A signature without a closing formula: a paragraph that is a name alone right above one
/// that is a role alone, at the end of a foreword or of minutes (`Maja Lindqvist` ⏎
/// `Executive Director`). The name is a person with that role; the role line is no role of
/// its own.
/// Whether a title abbreviated in lower case starts at `pos` (`drs. P.M. Huisman`, `mr. A. de
/// Vries`): a Dutch signature's name may open so.
fn title_abbreviation_at(bytes: &[u8], pos: usize) -> bool {
    let word = &bytes[pos..bytes.len().min(pos + 6)];
    let letters = word.iter().take_while(|b| b.is_ascii_lowercase()).count();
    (1..=4).contains(&letters) && word.get(letters) == Some(&b'.')
}

fn signatures(ctx: &Ctx, found: &mut Found) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut added: Vec<PersonHit> = Vec::new();
    let mut taken: Vec<Span> = Vec::new();
    // The role lines given to persons found before.
    let mut signed: Vec<Span> = Vec::new();
    for brk in memchr::memmem::find_iter(bytes, b"\n\n") {
        let start = brk + 2;
        // Cheap tests first: a short line that starts with a capital, a paragraph break after
        // it, and a short line after that, ending its paragraph.
        if !bytes
            .get(start)
            .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80 || matches!(b, b'*' | b'_'))
            && !title_abbreviation_at(bytes, start)
        {
            continue;
        }
        let window = &bytes[start..(start + 61).min(bytes.len())];
        let Some(name_end) = memchr::memchr(b'\n', window).map(|k| start + k) else {
            continue;
        };
        if bytes.get(name_end + 1) != Some(&b'\n') {
            continue;
        }
        let role_start = name_end + 2;
        let role_end = memchr::memchr(b'\n', &bytes[role_start.min(bytes.len())..])
            .map_or(bytes.len(), |k| role_start + k);
        if role_start >= role_end
            || role_end - role_start > 80
            || !matches!(bytes.get(role_end + 1), None | Some(b'\n'))
        {
            continue;
        }
        // A Markdown signature may be set in italics (`*Josef Brandt*`): the name is inside.
        let (line, role) = (
            text[start..name_end].trim_end(),
            crate::layout::unemphasised(text[role_start..role_end].trim_end()),
        );
        let name = crate::layout::unemphasised(line);
        let start = start + (line.len() - line.trim_start_matches(['*', '_']).len());
        if !crate::layout::is_signature(text, start, name, role) {
            continue;
        }
        let at = found.persons.partition_point(|p| p.mention.end <= start);
        if let Some(p) = found
            .persons
            .get_mut(at)
            .filter(|p| p.mention.start < name_end)
        {
            // A titled name found already (`**Dr Ilona Holt**` ⏎ `Executive Director`): the
            // role under it is its own when it had none.
            // The line is a name alone, so a person inside it is that name, whatever titles
            // and initials stand before it (`Mr. drs. H.J. (Hanneke) Bosman`).
            let titles_before = p.mention.start >= start
                && text[start..p.mention.start]
                    .split_whitespace()
                    .all(|w| w.ends_with('.') || w.starts_with('('));
            if p.role.is_none() && titles_before && p.mention.end <= name_end {
                p.role = Some(collapse(role));
                let role_start = text[role_start..]
                    .find(role)
                    .map_or(role_start, |k| role_start + k);
                signed.push(Span::new(role_start, role_start + role.len()));
            }
            continue;
        }
        let Some(hit) = signed_name(ctx, start, start + name.len(), role) else {
            continue;
        };
        added.push(hit);
        let role_start = text[role_start..]
            .find(role)
            .map_or(role_start, |k| role_start + k);
        taken.push(Span::new(role_start, role_start + role.len()));
    }
    if !signed.is_empty() {
        found.roles.retain(|r| {
            !signed
                .iter()
                .any(|t| r.span.start < t.end && t.start < r.span.end)
        });
    }
    if added.is_empty() {
        return;
    }
    // `Karin Lindqvist` ⏎ `Minister for Justice of Sweden`: the country the role line names is
    // hers, as in apposition.
    for (p, t) in added.iter_mut().zip(&taken) {
        let k = found.roles.partition_point(|r| r.span.start < t.start);
        if let Some(r) = found.roles.get(k).filter(|r| r.span.start == t.start) {
            p.affiliation = p.affiliation.take().or_else(|| r.affiliation.clone());
        }
    }
    add_signed(found, added, &taken);
}

/// Adds the persons that signatures name, in text order, and drops the roles their signing
/// lines (`taken`) hold: each is the person's role, no actor of its own.
fn add_signed(found: &mut Found, added: Vec<PersonHit>, taken: &[Span]) {
    found.roles.retain(|r| {
        !taken
            .iter()
            .any(|t| r.span.start < t.end && t.start < r.span.end)
    });
    found.persons.extend(added);
    found
        .persons
        .sort_by_key(|p| (p.mention.start, p.mention.end));
}

/// The person a signature names from `start` to `name_end`, a name of two words or more,
/// with the role it signs in.
fn signed_name(ctx: &Ctx, start: usize, name_end: usize, role: &str) -> Option<PersonHit> {
    let tokens = name_at(ctx, start)
        .filter(|t| t.len() >= 2 && t.last().is_some_and(|l| l.1 == name_end))?;
    Some(PersonHit::new(
        ctx.text,
        start..name_end,
        start,
        &tokens,
        Some(collapse(role)),
        None,
    ))
}

/// A board's signatures, one line each under its last text (`P. Jansen, voorzitter` ⏎ `M. El
/// Idrissi, lid`): each name a person who holds the seat after the comma, which is no role of
/// its own.
fn board_signatures(ctx: &Ctx, found: &mut Found) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut taken: Vec<Span> = Vec::new();
    let mut added: Vec<PersonHit> = Vec::new();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|k| k + 1));
    for start in starts {
        // Cheap tests first: a capital, a bullet or a title's small letter opens the line,
        // and a comma stands in it.
        if !bytes
            .get(start)
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'*') || *b >= 0x80)
        {
            continue;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |k| start + k);
        if end - start > 90 || memchr::memchr(b',', &bytes[start..end]).is_none() {
            continue;
        }
        let Some((name, seat)) = crate::layout::board_signature_line(&text[start..end]) else {
            continue;
        };
        // The name and the seat are slices of the line: after a bullet, perhaps.
        let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
        let name_start = offset(name);
        let name_end = name_start + name.len();
        let seat_start = offset(seat);
        let seat_span = Span::new(seat_start, seat_start + seat.len());
        let at = found
            .persons
            .partition_point(|p| p.mention.end <= name_start);
        match found.persons.get_mut(at) {
            Some(p) if p.mention.start < name_end => {
                if p.mention.end == name_end && p.role.is_none() {
                    p.role = Some(collapse(seat));
                    taken.push(seat_span);
                }
            }
            _ => {
                let Some(hit) = signed_name(ctx, name_start, name_end, seat) else {
                    continue;
                };
                added.push(hit);
                taken.push(seat_span);
            }
        }
    }
    if taken.is_empty() {
        return;
    }
    add_signed(found, added, &taken);
}

/// The words that end the label of a minutes' attendance line (`Aanwezig:`, `Met kennisgeving
/// afwezig:`, `Present:`, `Apologies for absence:`, `In attendance:`), in lower case.
const ATTENDANCE_LABELS: &[&str] = &[
    "aanwezig",
    "afwezig",
    "verhinderd",
    "afmeldingen",
    "deelnemers",
    "present",
    "absent",
    "apologies",
    "absence",
    "attendees",
    "attendance",
    "participants",
    // A parliament committee's minutes: who spoke on an item, and the record of attendance
    // by the members' standing (`Bureau:`, `Members:`, `Substitutes:`).
    "speakers",
    "bureau",
    "members",
    "substitutes",
];

/// Whether `pos` stands after the colon of a line that opens with an attendance label: the
/// line lists the people at a meeting (`Aanwezig: J. de Boer (voorzitter), P. Janssen`).
fn on_attendance_line(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(head) = bytes.get(..pos) else {
        return false;
    };
    let line_start = memchr::memrchr(b'\n', head).map_or(0, |i| i + 1);
    let Some(colon) = memchr::memchr(b':', &head[line_start..]) else {
        return false;
    };
    let label = text[line_start..line_start + colon]
        .trim_matches(|c: char| c.is_ascii_whitespace() || matches!(c, '*' | '_' | '-'));
    label.len() <= 40
        && label
            .rsplit(' ')
            .next()
            .is_some_and(|w| ATTENDANCE_LABELS.iter().any(|l| w.eq_ignore_ascii_case(l)))
}

/// Whether a name starting at `first` is an item of an attendance line: right after its colon,
/// a comma or a semicolon.
fn attendance_item(text: &str, first: usize) -> bool {
    let before = text[..first].trim_end_matches([' ', '\t']);
    before.ends_with([':', ',', ';']) && on_attendance_line(text, first)
}

/// The office in brackets after a name on an attendance line (`J. de Boer (voorzitter)`,
/// `Anna Smit (Chair)`): the person's role, which later bare mentions of the office (`De
/// voorzitter opent de vergadering`) then refer to (resolve.rs). Words of letters only, not
/// an acronym (`(VVD)` is a party).
///
/// Or the office that labels the line the name stands alone on (`President: Mr Tomas Virtanen`
/// on a Council outcome's cover, `Voorzitter: mw. A. Smit` in minutes): `The President
/// concluded` is then that person.
fn attendance_roles(ctx: &Ctx, found: &mut Found) {
    let text = ctx.text;
    let mut taken: Vec<usize> = Vec::new();
    for p in found.persons.iter_mut() {
        // `The Board is chaired by Mr Jan Kowalski`: he holds the chair, as a label would say.
        if let Some(office) = chaired_by(text, p.mention.start) {
            p.office = Some(office.to_string());
            if p.role.is_none() {
                p.role = Some(office.to_string());
            }
            continue;
        }
        // `President          Kaja Kallas High Representative of the Union for …`: a cover's
        // label set as a title before the name, the office the gazetteer knows after it on
        // the line (the lines joined).
        if let Some(m) = p
            .role
            .as_deref()
            .filter(|r| CHAIR_TITLES.iter().any(|c| r.eq_ignore_ascii_case(c)))
            .and_then(|_| known_office_after(ctx, p.mention.end, false))
        {
            p.office = p.role.take();
            p.role = Some(collapse(&text[m.start..m.end]));
            p.mention.end = m.end;
            continue;
        }
        let after = role_after_name(text, &found.roles, p);
        let role_end = after.map_or(p.mention.end, |k| found.roles[k].span.end);
        let label = office_label(text, p.mention, role_end)
            .or_else(|| after.and_then(|_| office_title(text, p)));
        if let Some(office) = label {
            if let Some(k) = after {
                // The role on the name's line is the person's, the label her office.
                let role = &found.roles[k];
                p.office = Some(office.to_string());
                p.role = Some(role.role.clone());
                p.affiliation = p.affiliation.take().or_else(|| role.affiliation.clone());
                p.mention.end = role.span.end;
                taken.push(k);
                continue;
            }
            // `President: Mr Pádraig Ó Súilleabháin` ⏎ `Minister of State for Trade Promotion
            // of Ireland`: on a cover the role stands on the line under the labelled name.
            if let Some(k) = (p
                .role
                .as_deref()
                .is_none_or(|r| r.eq_ignore_ascii_case(office)))
            .then(|| {
                let ends_line = text.as_bytes().get(p.mention.end) == Some(&b'\n');
                ends_line
                    .then(|| role_opening_next_line(text, &found.roles, p.mention.end))
                    .flatten()
            })
            .flatten()
            {
                let role = &found.roles[k];
                p.office = Some(office.to_string());
                p.role = Some(role.role.clone());
                p.affiliation = p.affiliation.take().or_else(|| role.affiliation.clone());
                taken.push(k);
                continue;
            }
            // `President    Kaja Kallas` ⏎ `High Representative of the Union for Foreign
            // Affairs and Security Policy`: an office the gazetteer knows, after the labelled
            // name (the lines joined), is her role.
            let known = p
                .role
                .as_deref()
                .is_none_or(|r| r.eq_ignore_ascii_case(office))
                .then(|| known_office_after(ctx, p.mention.end, true))
                .flatten();
            if let Some(m) = known {
                p.office = Some(office.to_string());
                p.role = Some(collapse(&text[m.start..m.end]));
                p.mention.end = m.end;
                continue;
            }
            // `President: Ms X, Minister for Agriculture of Belgium`: the apposition's role
            // stays hers, and the office names her too.
            p.office = Some(office.to_string());
            if p.role.is_none() {
                p.role = Some(office.to_string());
            }
            continue;
        }
        // `Belgium      Mr Vincent Van Peteghem        Minister of Finance`: a row of a list
        // of participants set as a table, the role in the cell after the name's.
        if let Some(k) = after.filter(|_| p.role.is_none() && cell_gap_after(text, p.mention.end)) {
            let role = &found.roles[k];
            p.role = Some(role.role.clone());
            p.affiliation = p.affiliation.take().or_else(|| role.affiliation.clone());
            taken.push(k);
            continue;
        }
        // `Mr Vít Rakušan First Deputy Prime Minister and Minister of the Interior`: a list of
        // participants one field a line, whose name and role lines layout joined.
        if let Some((k, head)) = (p.role.is_none())
            .then(|| role_joined_to_name(text, &found.roles, p.mention))
            .flatten()
        {
            let role = &found.roles[k];
            p.role = Some(format!("{}{}", &text[head..role.span.start], role.role));
            p.affiliation = p.affiliation.take().or_else(|| role.affiliation.clone());
            // The whole line names her, as a label's line does: the country over it is hers.
            p.mention.end = role.span.end;
            taken.push(k);
            continue;
        }
        // `Mr Jan Novak Commissioner`: the same joined row, its role an office alone.
        if let Some((end, role, affiliation)) = (p.role.is_none())
            .then(|| office_joined_to_name(ctx, p.mention))
            .flatten()
        {
            p.role = Some(role);
            p.affiliation = p.affiliation.take().or(affiliation);
            p.mention.end = end;
            continue;
        }
        // `Ms Nancy Faeser      Mr Benjamin Haddad` ⏎ `Federal Minister of …      Minister
        // Delegate …`: a grid of participants, each role under its name.
        let below = (p.role.is_none())
            .then(|| cell_below(text, p.mention.start))
            .flatten()
            .and_then(|cell| {
                let k = found.roles.partition_point(|r| r.span.start < cell.start);
                found
                    .roles
                    .get(k)
                    .filter(|r| r.span.start == cell.start)
                    .map(|_| k)
            });
        // `Belgium` ⏎ `Ms Annelies Verhoeven` ⏎ `Minister for Justice`: a list of participants
        // with each field on a line of its own, the role alone on the line under the name.
        let below = below.or_else(|| {
            p.role
                .is_none()
                .then(|| role_on_line_below(text, &found.roles, p.mention))?
        });
        if let Some(k) = below {
            let role = &found.roles[k];
            // The role line's first office too, when a bare title opens it (`joined_title`).
            let line = text[..role.span.start].rfind('\n').map_or(0, |i| i + 1);
            let head = &text[line..role.span.start];
            p.role = Some(if joined_title(head) && p.mention.end < line {
                format!("{head}{}", role.role)
            } else {
                role.role.clone()
            });
            p.affiliation = p.affiliation.take().or_else(|| role.affiliation.clone());
            taken.push(k);
            continue;
        }
        let Some(rest) = text[p.mention.end..].strip_prefix(" (") else {
            continue;
        };
        // `Present: Ms Ana Ruiz (Chair)`: she chairs the meeting, and `the Chair` is her.
        let office = rest
            .split_once(')')
            .map(|(inner, _)| inner)
            .and_then(|inner| OFFICE_LABELS.iter().find(|l| inner.eq_ignore_ascii_case(l)));
        if let Some(office) = office.filter(|_| on_attendance_line(text, p.mention.start)) {
            p.office = Some(rest[..office.len()].to_string());
        }
        if p.role.is_some() {
            continue;
        }
        let Some(rest) = text[p.mention.end..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = rest.find(')').filter(|&c| c > 0 && c <= 40) else {
            continue;
        };
        let inner = &rest[..close];
        let wordy = inner
            .split(' ')
            .all(|w| w.len() > 1 && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            && inner.chars().any(|c| c.is_lowercase());
        if wordy && on_attendance_line(text, p.mention.start) {
            p.role = Some(inner.to_string());
        }
    }
    // One walk over the roles, not a removal (a shift of all after it) for each taken.
    taken.sort_unstable();
    taken.dedup();
    let mut next = taken.into_iter().peekable();
    let mut k = 0;
    found.roles.retain(|_| {
        k += 1;
        next.next_if_eq(&(k - 1)).is_none()
    });
}

/// The office of a person named at `start` right after words that say she chairs
/// (`chaired by`, `onder voorzitterschap van`): `Chair` or `voorzitter`.
pub(super) fn chaired_by(text: &str, start: usize) -> Option<&'static str> {
    const CHAIRED_BY: [(&str, &str); 6] = [
        ("chaired by ", "Chair"),
        ("chaired by the ", "Chair"),
        ("under the chairmanship of ", "Chair"),
        ("voorgezeten door ", "voorzitter"),
        ("onder voorzitterschap van ", "voorzitter"),
        ("onder het voorzitterschap van ", "voorzitter"),
    ];
    let before = text.get(crate::floor_boundary(text, start.saturating_sub(48))..start)?;
    let after_words = |before: &str| {
        CHAIRED_BY.iter().find_map(|(words, office)| {
            let tail = before.len().checked_sub(words.len())?;
            before
                .get(tail..)
                .is_some_and(|t| t.eq_ignore_ascii_case(words))
                .then_some(*office)
        })
    };
    // `chaired by the Lithuanian Permanent Representative, Ambassador …`: a capitalised word
    // (the country's adjective) may stand between the words and a mention that opens with its
    // role.
    after_words(before).or_else(|| {
        let head = before.strip_suffix(' ')?;
        let cut = head.rfind(' ')? + 1;
        head[cut..]
            .starts_with(|c: char| c.is_uppercase())
            .then(|| after_words(&before[..cut]))
            .flatten()
    })
}

/// The offices that label a line with the name of the one who holds it (`President:`,
/// `Voorzitter:`), in lower case.
const OFFICE_LABELS: &[&str] = &[
    "president",
    "chair",
    "chairperson",
    "chairman",
    "chairwoman",
    "voorzitter",
    "secretary",
    "secretaris",
    "notulist",
    // A UN body's chair, who also reports (`Chair-Rapporteur: Amara Okonkwo (Nigeria)`).
    "chair-rapporteur",
    // A parliament committee's member who drafts its report (`Rapporteur:` over her name).
    "rapporteur",
];

/// The office that labels the line `mention` stands on, alone before it (`President: Mr Tomas
/// Virtanen`, or `President        Ms Ana Ruiz` in a cover's columns), when nothing but a role
/// follows the name on that line (`role_end`: where that role ends, else the name's end).
fn office_label(text: &str, mention: Span, role_end: usize) -> Option<&str> {
    let before = &text[..mention.start];
    let mut head = before.trim_end_matches([' ', '\t']);
    // `Rapporteur:` ⏎ ⏎ `Elena Vasquez (S&D)      PR - PE779.870v02-00`: a label alone on the
    // line above (one blank line may stand between), as a committee's minutes set it.
    let mut above = false;
    if head.ends_with('\n') {
        let up = head.trim_end_matches('\n');
        // `President` ⏎ `Anna Lindqvist` ⏎ `Minister for Climate of Sweden`: a cover set by
        // `pdftotext` without `-layout` puts the office alone on the line above, with no colon
        // (the layout may have set each line apart with a blank one).
        let alone = last_line(up, OFFICE_REACH)?;
        if head.len() - up.len() <= 2 && line_ends(text, role_end) && is_office(alone.trim()) {
            return Some(alone.trim());
        }
        if head.len() - up.len() > 2 || !up.ends_with(':') {
            return None;
        }
        head = up;
        above = true;
    }
    // A colon, or a column's gap of two spaces or more: most names have neither before them.
    let head = match head.strip_suffix(':') {
        Some(label) if above => label,
        Some(label) if before.len() > head.len() => label,
        None if before.len() >= head.len() + 2 => head,
        _ => return None,
    };
    // `Chair-Rapporteur: Amara Okonkwo (Nigeria)`: her country in brackets may end the line.
    let end = text[role_end..]
        .strip_prefix(" (")
        .and_then(|rest| rest.find(')').filter(|&c| c <= 40))
        .map_or(role_end, |c| role_end + 2 + c + 1);
    // Under a label alone, a column (the document's number) may follow the name; beside the
    // label too when the column holds a number (`Rapporteur: Martin Hollis (EPP)      PR -
    // PE781.001v01-00`), not another office.
    let numbered_cell = |at: usize| {
        let rest = &text.as_bytes()[at..text.len().min(at + OFFICE_REACH)];
        let line = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
        line.iter().any(|b| b.is_ascii_digit())
    };
    let ends =
        |at: usize| line_ends(text, at) || cell_gap_after(text, at) && (above || numbered_cell(at));
    if !ends(role_end) && !ends(end) {
        return None;
    }
    let label = last_line(head, OFFICE_REACH)?;
    labelled_office(label)
}

/// How far [`office_label`] looks along a line for a label or a cell: further than any office,
/// and short, so that a long paragraph is not read again for each name in it.
const OFFICE_REACH: usize = 200;

/// The last line of `text`, if it is at most `reach` bytes long.
fn last_line(text: &str, reach: usize) -> Option<&str> {
    let from = text.len().saturating_sub(reach);
    match memchr::memrchr(b'\n', &text.as_bytes()[from..]) {
        Some(k) => text.get(from + k + 1..),
        None => (from == 0).then_some(text),
    }
}

/// Whether a name starting at `first` stands right after the colon of a line an office labels
/// (`Chair-Rapporteur: Amara Okonkwo (Nigeria)`): a person though no title names her so.
fn office_item(text: &str, first: usize) -> bool {
    let before = text[..first].trim_end_matches([' ', '\t']);
    before.strip_suffix(':').is_some_and(|head| {
        let from = head.len().saturating_sub(OFFICE_REACH);
        let line = memchr::memrchr(b'\n', &head.as_bytes()[from..]).map_or(from, |k| from + k + 1);
        head.get(line..).and_then(labelled_office).is_some()
    })
}

/// Drops the "persons" that are an office's label before the name of the one who holds it:
/// `Directeur Toezicht: Karin Mulder` names Karin Mulder, not a Mr Toezicht.
fn drop_labels(text: &str, found: &mut Found) {
    let bytes = text.as_bytes();
    let labels: Vec<usize> = found
        .persons
        .iter()
        .enumerate()
        .filter(|(_, p)| bytes.get(p.mention.end) == Some(&b':'))
        .filter(|(_, p)| {
            let line = memchr::memrchr(b'\n', &bytes[..p.mention.start]).map_or(0, |k| k + 1);
            p.mention.end - line <= OFFICE_REACH
                && labelled_office(&text[line..p.mention.end]).is_some()
        })
        .map(|(i, _)| i)
        .collect();
    if labels.is_empty() {
        return;
    }
    let mut starts: Vec<usize> = found.persons.iter().map(|p| p.mention.start).collect();
    starts.sort_unstable();
    for i in labels.into_iter().rev() {
        let after = skip_spaces(text, found.persons[i].mention.end + 1);
        if starts.binary_search(&after).is_ok() {
            found.persons.remove(i);
        }
    }
}

/// Whether `word` is one of [`OFFICE_LABELS`], in any case.
fn is_office(word: &str) -> bool {
    OFFICE_LABELS.iter().any(|l| word.eq_ignore_ascii_case(l))
}

/// The words that make a short label an office when they open it (`Head of Operations`,
/// `Directeur Toezicht`) or close it (`Deputy Executive Director`, `Accounting Officer`), in
/// lower case: an organisation chart lists its people under such labels.
const OFFICE_HEADS: &[&str] = &[
    "director",
    "directeur",
    "directrice",
    "head",
    "hoofd",
    "officer",
    "manager",
    "secretary-general",
    "secretaris-generaal",
    "treasurer",
    "penningmeester",
    "coordinator",
    "coördinator",
    "spokesperson",
    "woordvoerder",
    "inspecteur-generaal",
    "inspector-general",
    "directeur-generaal",
    "director-general",
    "vicevoorzitter",
    "vice-voorzitter",
    "vice-president",
    "vice-chair",
];

/// The office that `label`, the text before a line's colon, names: one of [`OFFICE_LABELS`],
/// or at most five words, the first capitalised and no article, that an [`OFFICE_HEADS`] word
/// opens or closes (`Plaatsvervangend inspecteur-generaal`). A list's bullet or emphasis before
/// it is not part of it (`- Deputy Executive Director: Jamil Addou`).
fn labelled_office(label: &str) -> Option<&str> {
    let label = label
        .trim()
        .trim_start_matches(['-', '*', '•', '_', ' ', '\t'])
        .trim_end_matches(['*', '_']);
    if is_office(label) {
        return Some(label);
    }
    let words: Vec<&str> = label.split(' ').collect();
    let head = |w: &str| OFFICE_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h));
    let article = |w: &str| {
        ["de", "het", "een", "the", "a", "an"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    };
    (words.len() <= 5
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '&'))
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !article(w))
        && (head(words[0]) || words.last().is_some_and(|w| head(w))))
    .then_some(label)
}

/// The office that is the title opening the line of `person`'s mention (`President
/// Ingrid Solberg-Haas` in a cover's columns, her ministry on the next line).
fn office_title<'t>(text: &'t str, person: &PersonHit) -> Option<&'t str> {
    let office = person.role.as_deref()?;
    let start = person.mention.start;
    let line_start = start == 0 || text[..start].ends_with('\n');
    let title = text.get(start..start + office.len())?;
    (line_start && title == office && is_office(title)).then_some(title)
}

/// Where the cell of a grid row set by spaces starts, when one starts at `pos`: at the line's
/// start, or after a column gap. Its line's start and its character column.
fn grid_cell_at(text: &str, pos: usize) -> Option<(usize, usize)> {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..pos]).map_or(0, |i| i + 1);
    let head = &text[line_start..pos];
    if !head.is_empty() && !head.ends_with("   ") {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i);
    // A row of a grid has a second cell: a gap inside the line.
    let row = &text[line_start..line_end];
    crate::layout::find_three_spaces(row.trim().as_bytes())?;
    Some((line_start, head.chars().count()))
}

/// The cell that starts at character column `col` (two either way) of the line starting at
/// `line_start`, up to the next column gap or the line's end.
fn cell_at_column(text: &str, line_start: usize, col: usize) -> Option<Span> {
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[line_start..])
        .map_or(text.len(), |i| line_start + i);
    let line = &text[line_start..line_end];
    let (k, _) = line
        .char_indices()
        .enumerate()
        .skip(col.saturating_sub(2))
        .take(5)
        .find(|&(n, (k, c))| !c.is_whitespace() && (n == 0 || line[..k].ends_with("   ") || k == 0))
        .map(|(_, ck)| ck)?;
    let cell = &line[k..];
    let len = crate::layout::find_three_spaces(cell.as_bytes()).unwrap_or(cell.len());
    let cell = cell[..len].trim_end();
    (!cell.is_empty()).then(|| Span::new(line_start + k, line_start + k + cell.len()))
}

/// The cell right under the grid cell that starts at `pos` (`Mr Atanas Ilkov` over `Minister
/// of the Interior` in a list of participants set in two columns): on the next line, at the
/// same column.
fn cell_below(text: &str, pos: usize) -> Option<Span> {
    let (_, col) = grid_cell_at(text, pos)?;
    let next = pos + memchr::memchr(b'\n', &text.as_bytes()[pos..])? + 1;
    cell_at_column(text, next, col)
}

/// Whether `span` is all its line holds.
pub(super) fn alone_on_line(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    (span.start == 0 || bytes[span.start - 1] == b'\n')
        && bytes.get(span.end).is_none_or(|&b| b == b'\n')
}

/// The role that opens the line under the name `mention`, itself alone on its line (one blank
/// line may stand between): its index in `roles`.
fn role_on_line_below(text: &str, roles: &[RoleHit], mention: Span) -> Option<usize> {
    if !alone_on_line(text, mention) {
        return None;
    }
    role_opening_next_line(text, roles, mention.end)
}

/// The role that opens the line after the line end at `end` (one blank line may stand
/// between): its index in `roles`.
fn role_opening_next_line(text: &str, roles: &[RoleHit], end: usize) -> Option<usize> {
    let mention = Span::new(end, end);
    let rest = &text[mention.end..];
    let gap = rest.len() - rest.trim_start_matches('\n').len();
    if !(1..=2).contains(&gap) {
        return None;
    }
    let at = mention.end + gap;
    let k = roles.partition_point(|r| r.span.start < at);
    let r = roles.get(k).filter(|r| !r.bare)?;
    // `First Deputy Prime Minister and Minister of the Interior`: a bare title joined by `and`
    // to the role the line goes on with; the title's words capitalised, on that one line.
    (r.span.start == at || joined_title(&text[at..r.span.start])).then_some(k)
}

/// The role that follows the name `mention` after one space and ends its line, the name
/// opening the line (`Mr Kasper Holm Minister for Immigration and Integration`): a row of a
/// list of participants whose two lines were joined. Its index in `roles`, and where the role
/// line starts: at a bare title joined to the role (`First Deputy Prime Minister and `).
fn role_joined_to_name(text: &str, roles: &[RoleHit], mention: Span) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let at = mention.end + 1;
    if bytes.get(mention.end) != Some(&b' ') || !bytes.get(at)?.is_ascii_uppercase() {
        return None;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..mention.start]).map_or(0, |i| i + 1);
    // Or the name opens the second cell of a row (`Belgium      Ms Ann VERHELST Federal
    // Minister for Energy`): a list of participants set as a table of countries and names.
    if !text[line_start..mention.start].trim().is_empty()
        && !row_cell_before(text, line_start, mention.start)
    {
        return None;
    }
    let k = roles.partition_point(|r| r.span.start < at);
    let r = roles
        .get(k)
        .filter(|r| !r.bare && r.adjective_start.is_none())?;
    let ends_line = text[r.span.end..]
        .split('\n')
        .next()
        .is_some_and(|rest| rest.trim().is_empty());
    let head = &text[at..r.span.start];
    (ends_line && (head.is_empty() || joined_title(head))).then_some((k, at))
}

/// An office alone (a title that is no honorific, or a known role) after the name `mention`
/// and one space, ending the line the name opens: `Mr Jan Novak Commissioner`, a row of a list
/// of participants whose two lines were joined. Its end, the office as written and the
/// title's affiliation (a Commissioner's Commission).
fn office_joined_to_name(ctx: &Ctx, mention: Span) -> Option<(usize, String, Option<String>)> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let at = mention.end + 1;
    if bytes.get(mention.end) != Some(&b' ') || !bytes.get(at)?.is_ascii_uppercase() {
        return None;
    }
    let (_, m) = ctx.match_at(at)?;
    let title = m.title.and_then(|t| ctx.gaz.titles.get(t));
    let office = match title {
        Some(t) => !t.honorific && !t.plural && !t.named && !t.phrased,
        None => ctx.kind(m) == Some(ActorKind::Role),
    };
    let ends_line = text[m.end..]
        .split('\n')
        .next()
        .is_some_and(|rest| rest.trim().is_empty());
    let line_start = memchr::memrchr(b'\n', &bytes[..mention.start]).map_or(0, |i| i + 1);
    if !office
        || !ends_line
        || !(text[line_start..mention.start].trim().is_empty()
            || row_cell_before(text, line_start, mention.start))
    {
        return None;
    }
    let affiliation = title.and_then(|t| t.affiliation.clone());
    Some((m.end, text[at..m.end].to_string(), affiliation))
}

/// Whether a short first cell and a column gap stand before `pos` on the line that starts at
/// `line_start` (`Belgium      Ms Ann VERHELST …`): the second cell of a participants table's
/// row. A long run of text before it is no row's cell, and is not scanned.
fn row_cell_before(text: &str, line_start: usize, pos: usize) -> bool {
    pos - line_start <= MAX_ROW_CELL && cell_after_gap(text, pos)
}

/// The farthest a participants table's second cell starts from its line's start.
const MAX_ROW_CELL: usize = 80;

/// Whether `head` is a title written in capitals and `and ` after it (`First Deputy Prime
/// Minister and `), all on one line: the first office of a role line that holds two.
fn joined_title(head: &str) -> bool {
    let Some(title) = head.strip_suffix(" and ") else {
        return false;
    };
    let mut words = 0;
    for w in title.split(' ') {
        words += 1;
        let upper = w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        if words > 6 || !(upper || w == "of" || w == "for") {
            return false;
        }
    }
    !title.contains('\n') && title.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

/// The line over the line that `span` is all of (one blank line may stand between), trimmed:
/// `Belgium` over `Ms Annelies Verhoeven` in a list of participants set one field a line.
pub(super) fn line_above(text: &str, span: Span) -> Option<Span> {
    if !alone_on_line(text, span) {
        return None;
    }
    let before = text[..span.start].trim_end_matches('\n');
    if span.start - before.len() > 2 || before.is_empty() {
        return None;
    }
    let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    let line = &before[start..];
    let lead = line.len() - line.trim_start().len();
    (line.trim().len() > 1).then(|| Span::new(start + lead, start + lead + line.trim().len()))
}

/// The cell over the grid cell that starts at `pos`, on the line above it or above the blank
/// line before it (`Belgium      Bulgaria` over the names of their ministers).
pub(super) fn cell_above(text: &str, pos: usize) -> Option<Span> {
    let (line_start, col) = grid_cell_at(text, pos)?;
    let before = text[..line_start].trim_end_matches(['\n', ' ', '\r']);
    // One blank line at most: the row above is in the block before.
    if line_start - before.len() > 3 || before.is_empty() {
        return None;
    }
    let above = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    cell_at_column(text, above, col)
}

/// Whether `pos` opens a cell after a column gap (a tab, or three spaces or more) on its line,
/// with text before the gap: the second cell of a table row.
fn cell_after_gap(text: &str, pos: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..pos]).map_or(0, |i| i + 1);
    let head = &text[line_start..pos];
    let cell = head.trim_end_matches([' ', '\t']);
    !cell.trim_start().is_empty()
        && (head[cell.len()..].contains('\t') || head.len() - cell.len() >= 3)
}

/// Where the cell after the column gap at `pos` starts: past its tabs and spaces.
fn skip_cell_gap(text: &str, pos: usize) -> usize {
    pos + text.as_bytes()[pos..]
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count()
}

/// Whether a column gap (a tab, or three spaces or more) follows `pos` on its line: the next
/// cell of a table row set by spaces.
fn cell_gap_after(text: &str, pos: usize) -> bool {
    let rest = &text.as_bytes()[pos..];
    let gap = rest
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    gap >= 3 || rest.first() == Some(&b'\t')
}

/// Titles of whoever chairs a meeting, which a cover sets as the label of a name.
const CHAIR_TITLES: [&str; 3] = ["President", "Chair", "Voorzitter"];

/// The office of the gazetteer (`High Representative of the Union for Foreign Affairs and
/// Security Policy`) right after a name that ends at `end`: after spaces on its line, or, with
/// `next_line`, at the start of the next line (a cover's blocks, a blank line between).
fn known_office_after<'c>(ctx: &'c Ctx, end: usize, next_line: bool) -> Option<&'c GazMatch> {
    let text = ctx.text;
    let mut at = end + text[end..].len() - text[end..].trim_start_matches([' ', '\t']).len();
    if next_line {
        let rest = text[at..].trim_start_matches(['\n', ' ', '\t', '\r']);
        let skipped = &text[at..text.len() - rest.len()];
        if skipped.matches('\n').count() > 2 {
            return None;
        }
        at = text.len() - rest.len();
    }
    if at == end {
        return None;
    }
    ctx.match_at(at)
        .map(|(_, m)| m)
        .filter(|m| ctx.kind(m) == Some(ActorKind::Role))
}

/// The role that follows the name of `person` on its line, as a cover sets it (`President ⏎ Ms
/// Ana Ruiz ⏎ Minister for Economic Affairs of Spain`, the lines joined): its index in
/// `roles`.
fn role_after_name(text: &str, roles: &[RoleHit], person: &PersonHit) -> Option<usize> {
    let at = person.mention.end;
    let gap = text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
    // Roles come in text order, as the titles that start them do.
    let k = roles.partition_point(|r| r.span.start < at + gap);
    roles
        .get(k)
        .filter(|r| gap > 0 && r.span.start == at + gap && r.adjective_start.is_none() && !r.bare)
        .map(|_| k)
}

/// Gazetteer matches per call of [`titled_part`].
const TITLE_PART: usize = 4096;

/// The people and roles [`find`] reads from the titles among `ctx.matches[range]`;
/// `claimed_until` is where the last one claimed ends. One call over all the matches of a big
/// text would run in WebAssembly's slow baseline code throughout: V8 swaps in optimised code
/// for a function only when it is called again.
#[inline(never)]
/// Where a bracketed acronym of two to six capitals at `pos` (`(HV) `, `(HR/VP) `) ends, when a
/// space follows it.
fn bracketed_acronym_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.as_bytes().get(pos..)?.strip_prefix(b"(")?;
    let len = rest
        .iter()
        .take(8)
        .take_while(|b| b.is_ascii_uppercase() || **b == b'/')
        .count();
    ((2..=6).contains(&len) && rest.get(len) == Some(&b')') && rest.get(len + 1) == Some(&b' '))
        .then_some(pos + len + 2)
}

fn titled_part(
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    found: &mut Found,
    claimed_until: &mut usize,
) {
    let Ctx { text, matches, gaz } = *ctx;
    for (i, m) in range.clone().zip(&matches[range]) {
        let Some(title) = m.title.and_then(|t| gaz.titles.get(t)) else {
            // `de ministers Van Dijk en De Boer`: the group's name won the match, but it ends
            // in a plural title that a list of names follows.
            if m.start >= *claimed_until && ctx.kind(m) == Some(ActorKind::Collective) {
                if let Some(end) = group_names(ctx, found, m) {
                    *claimed_until = end;
                }
            }
            continue;
        };
        if found.consumed[i] || m.start < *claimed_until {
            continue;
        }
        if title.plural {
            // `de ministers Van Dijk en De Boer`, `Commissioners Halvorsen and Berg`.
            if let Some(end) = plural_names(ctx, found, m.start..m.end, title) {
                found.consumed[i] = true;
                *claimed_until = end;
            }
            continue;
        }
        let title_text = &text[m.start..m.end];
        // A country or organisation right before the title: `De Moldavische Minister`.
        let before = i
            .checked_sub(1)
            .map(|j| &matches[j])
            .filter(|p| {
                // `Ukraine's Foreign Minister` as `the Ukrainian Foreign Minister`.
                let between = &text[p.end..m.start];
                let between = ["'s", "’s"]
                    .iter()
                    .find_map(|s| between.strip_prefix(s))
                    .unwrap_or(between);
                // `Europol-directeur`, `NAVO-chef`: the body joined to the title.
                between == "-" || between.chars().all(|c| c == ' ' || c == '\u{a0}')
            })
            .filter(|p| {
                matches!(
                    ctx.kind(p),
                    Some(ActorKind::Country | ActorKind::Organization)
                ) && p.title.is_none()
            });
        let affiliation_before = before
            .and_then(|p| ctx.entry_id(p))
            .map(str::to_string)
            .or_else(|| colleague_before(ctx, i));
        let pos = skip_spaces(text, m.end);
        // The title's acronym in brackets between it and the name: `de Hoge Vertegenwoordiger
        // (HV) Kaja Kallas`.
        let pos = bracketed_acronym_end(text, pos)
            .filter(|_| pos > m.end)
            .map_or(pos, |end| skip_spaces(text, end));

        // `Inspecteur-generaal Leefomgeving en Transport Anna Smit`: a portfolio of two words
        // joined by `en`/`and` between the title and a name of two words or more is the title's.
        let (pos, title_text) = match portfolio_before_name(ctx, pos) {
            Some((end, next)) if !title.honorific && !title.phrased => (next, &text[m.start..end]),
            _ => (pos, title_text),
        };
        // A name right after the title: `Minister Petrenko`, `Dhr. Álvarez Ortega`.
        if !title.phrased && (pos > m.end || text[m.end..].starts_with(' ')) {
            // A rank names no one before a word that is never a name's: `(General Affairs)`,
            // `General Secretariat`.
            let name = name_at(ctx, pos).filter(|tokens| {
                !title.named || {
                    let mut buf = String::new();
                    let lex = lexicon();
                    tokens
                        .iter()
                        .all(|&(s, e)| lex.flags(&text[s..e], &mut buf) & NOT_NAME == 0)
                }
            });
            if let Some(mut tokens) = name {
                // `directeur Toezicht Marloes Verhaegen`: the department's words that open the
                // run (never a name's) belong to the title, and the name follows them.
                let title_text = match department_lead(text, &tokens) {
                    Some(lead) if !title.honorific => {
                        let title_end = tokens[lead - 1].1;
                        tokens.drain(..lead);
                        &text[m.start..title_end]
                    }
                    _ => title_text,
                };
                let name_end = tokens.last().map_or(pos, |t| t.1);
                let phrase_start = skip_spaces(text, name_end);
                let continuation = role_phrase(ctx, phrase_start);
                // `Minister Pieter Vandeberg of Belgium`: Belgium's Minister.
                let tail = continuation
                    .as_ref()
                    .and_then(|(end, _)| country_tail(ctx, name_end, *end));
                let role = (!title.honorific).then(|| match (&continuation, &tail) {
                    (Some(_), Some((role_end, _))) if *role_end <= phrase_start => {
                        title_text.to_string()
                    }
                    (Some(_), Some((role_end, _))) => collapse(&format!(
                        "{} {}",
                        title_text,
                        &text[phrase_start..*role_end]
                    )),
                    (Some((end, _)), None) => {
                        collapse(&format!("{} {}", title_text, &text[phrase_start..*end]))
                    }
                    (None, _) => title_text.to_string(),
                });
                // A party or body in brackets after the name: `het lid Jansen (VVD)`.
                let bracket = continuation
                    .is_none()
                    .then(|| bracketed_body(ctx, name_end))
                    .flatten();
                // `minister Van Weel (Buitenlandse Zaken)`: a Dutch minister's ministry in
                // brackets, as answers to parliamentary questions name the one who answers.
                let ministry = (continuation.is_none() && bracket.is_none())
                    .then(|| {
                        title
                            .home
                            .as_ref()
                            .and_then(|_| bracketed_ministry(ctx, name_end))
                    })
                    .flatten();
                let role = match (&ministry, role) {
                    (Some((_, name)), Some(title_text)) => Some(format!("{title_text} van {name}")),
                    (_, role) => role,
                };
                let bracket = bracket.or_else(|| {
                    ministry
                        .as_ref()
                        .and_then(|(end, _)| Some((*end, title.home.clone()?)))
                });
                let affiliation = affiliation_before
                    .clone()
                    .or_else(|| tail.map(|t| t.1))
                    .or_else(|| continuation.as_ref().and_then(|c| c.1.clone()))
                    .or_else(|| bracket.as_ref().map(|b| b.1.clone()))
                    .or_else(|| title.affiliation.clone())
                    .or_else(|| {
                        speaker_label_line(text, m.start, name_end)
                            .then(|| title.home.clone())
                            .flatten()
                    });
                let alias_end = name_end;
                let name_end = bracket.map_or(name_end, |b| b.0);
                let mut hit = PersonHit::new(
                    text,
                    m.start..alias_end,
                    m.start,
                    &tokens,
                    role,
                    affiliation,
                );
                hit.mention.end = name_end;
                found.persons.push(hit);
                found.consumed[i] = true;
                *claimed_until = name_end;
                continue;
            }
        }
        if title.honorific || title.named {
            continue;
        }

        // The title's role phrase, then perhaps a name in apposition.
        let phrase = role_phrase(ctx, pos);
        let after = phrase.as_ref().map_or(m.end, |p| p.0);
        // `Foreign Minister of Ukraine` is Ukraine's `Foreign Minister`, as `the Ukrainian
        // Foreign Minister` is: the country is the affiliation, not a part of the role.
        let country_tail = phrase
            .as_ref()
            .and_then(|_| country_tail(ctx, m.end, after));
        let role_end = country_tail.as_ref().map_or(after, |t| t.0);
        let role = collapse(&text[m.start..role_end]);
        let affiliation = affiliation_before
            .clone()
            .or_else(|| country_tail.map(|t| t.1))
            .or_else(|| phrase.as_ref().and_then(|p| p.1.clone()))
            .or_else(|| title.affiliation.clone());
        // A role of the title's home (`De Minister van Landbouw` in Dutch), for the role and
        // its holder named in apposition, not for a name before it (`Dmytro Kovalenko,
        // minister van Buitenlandse Zaken`, a foreign minister).
        // Only a Dutch phrase makes it one: `Minister for Industry` in an English list of
        // participants is some other country's minister.
        let dutch_phrase =
            word_at(text, pos).is_some_and(|(s, e)| matches!(&text[s..e], "van" | "voor"));
        let home = match (&affiliation, &phrase) {
            (None, Some(_)) if dutch_phrase => title.home.clone(),
            _ => None,
        };
        if phrase.is_some() {
            // A role in a table row's cell (`Mathieu Kremer      Eurocommissaris voor
            // Landbouw` ⏎ `Andreas Pavlou      …`) is the name's before it: the name that
            // opens the next row is another's.
            let next_row =
                |first: usize| text[m.start..first].contains('\n') && cell_after_gap(text, m.start);
            if let Some((role_end, tokens)) =
                name_closing_phrase(ctx, pos, after).filter(|(_, tokens)| !next_row(tokens[0].0))
            {
                // `Commissioner for Enlargement Petra Lindqvist`: the phrase took the name in.
                let name_end = tokens.last().map_or(after, |t| t.1);
                found.persons.push(PersonHit::new(
                    text,
                    m.start..name_end,
                    tokens[0].0,
                    &tokens,
                    Some(collapse(&text[m.start..role_end])),
                    affiliation.or(home),
                ));
                found.consumed[i] = true;
                *claimed_until = name_end;
                continue;
            }
            let p = skip_spaces(text, after);
            // A phrase that ends in an acronym goes on with the body's name, not a person's:
            // `Director General of the EU Military Staff`.
            let acronym_ends = prev_word(text, after).is_some_and(|(s, e)| {
                e - s > 1 && !text[s..e].bytes().any(|b| b.is_ascii_lowercase())
            });
            // `Eurocommissaris voor Energie Dhr. Tomas Kalnins`: an honorific between the role
            // and the name, which then may be a surname alone.
            let honorific = (p > after)
                .then(|| ctx.match_at(p))
                .flatten()
                .filter(|(_, h)| {
                    h.title
                        .and_then(|t| gaz.titles.get(t))
                        .is_some_and(|t| t.honorific)
                })
                .map(|(_, h)| skip_spaces(text, h.end));
            let p = honorific.unwrap_or(p);
            // Three spaces or more are the gap between two columns of a letter head (`Aan de
            // Voorzitter van de Tweede Kamer      Groene Groei`): what stands across is no name.
            let column_gap = text[after..p].contains("   ");
            if p > after && !acronym_ends && !next_row(p) && !column_gap {
                let name = name_at(ctx, p).filter(|t| {
                    (t.len() >= 2 || honorific.is_some())
                        && !t.last().is_some_and(|l| number_follows(text, l.1))
                });
                if let Some(tokens) = name {
                    let name_end = tokens.last().map_or(p, |t| t.1);
                    found.persons.push(PersonHit::new(
                        text,
                        m.start..name_end,
                        p,
                        &tokens,
                        Some(role),
                        affiliation.or(home),
                    ));
                    found.consumed[i] = true;
                    *claimed_until = name_end;
                    continue;
                }
            }
        }
        if text[after..].starts_with(',') {
            let signature = signature_start(text, after);
            let mut p = signature.unwrap_or_else(|| skip_spaces(text, after + 1));
            let mut mention_start = p;
            let mut honorific = None;
            // A signature's academic titles may come two or three in a row (`mr. drs.
            // K.A. Vermeulen`): each is stepped over, the mention starting at the first.
            let mut titles = 0;
            let mut more_titles = [None; 2];
            while let Some((j, h)) = ctx.match_at(p) {
                let second = h.title.and_then(|t| gaz.titles.get(t));
                if !(titles < 3 && second.is_some_and(|t| t.honorific)) {
                    break;
                }
                match honorific {
                    None => honorific = Some(j),
                    Some(_) => more_titles[titles - 1] = Some(j),
                }
                mention_start = if titles == 0 { h.start } else { mention_start };
                p = skip_spaces(text, h.end);
                titles += 1;
            }
            if let Some((j, h)) = ctx.match_at(p).filter(|_| titles == 0) {
                let second = h.title.and_then(|t| gaz.titles.get(t));
                if second.is_some_and(|t| !t.plural && !t.phrased)
                    && h.entry.is_none()
                    && name_at(ctx, skip_spaces(text, h.end)).is_some()
                {
                    // `de Permanent Vertegenwoordiger, ambassadeur H.J. de Wit`: a rank
                    // before the name in apposition; the office named first is the role.
                    honorific = Some(j);
                    mention_start = h.start;
                    p = skip_spaces(text, h.end);
                }
            }
            if let Some(tokens) = name_at(ctx, p) {
                let name_end = tokens.last().map_or(p, |t| t.1);
                // A signature's double surname alone is a name too (`De griffier van de
                // commissie,` ⏎ `Tielens-Tripels`, the two lines joined by layout): no word but
                // a name joins two capitals so, and it ends its line.
                let enough = tokens.len() >= 2
                    || honorific.is_some()
                    || (tokens.len() == 1
                        && double_surname(&text[p..name_end])
                        && line_ends(text, name_end)
                        && name_words_only(text, &tokens));
                // `The rapporteur, Mr Henrik Solberg (Renew),`: a group or party in brackets
                // after the name is the person's affiliation, inside the mention.
                let group = match signature {
                    Some(_) => None,
                    None => bracketed_affiliation(ctx, name_end),
                };
                // `The Chair of the Board, Ms Sigrid Aalvik (Norway),`, `Mr Thomas Becker (DG
                // MOVE),`: a short note in brackets stands inside the apposition; a country
                // there is the person's.
                let note = match (signature, &group) {
                    (None, None) => bracketed_note(ctx, name_end),
                    _ => None,
                };
                // The alias is the name without the note.
                let alias_end = note.as_ref().map(|_| name_end);
                let (name_end, held) = match (group, note) {
                    (Some((end, group)), _) => (end, Some(group)),
                    (None, Some((end, named))) => (end, named),
                    (None, None) => (name_end, None),
                };
                let closes = match signature {
                    // A line of its own, of name words only (`Verslag van de Eurogroep` is a
                    // heading).
                    Some(_) => line_ends(text, name_end) && name_words_only(text, &tokens),
                    None => {
                        closes_apposition(text, name_end)
                            || title_after_name(ctx, name_end)
                            || post_nominal_after(text, name_end)
                                .is_some_and(|end| closes_apposition(text, end))
                    }
                };
                if enough && closes {
                    found.persons.push(PersonHit::new(
                        text,
                        m.start..name_end,
                        mention_start,
                        &tokens,
                        Some(role),
                        held.or(affiliation).or(home),
                    ));
                    if let (Some(end), Some(hit)) = (alias_end, found.persons.last_mut()) {
                        hit.alias = collapse(&text[mention_start..end]);
                    }
                    found.consumed[i] = true;
                    for j in honorific
                        .into_iter()
                        .chain(more_titles.into_iter().flatten())
                    {
                        found.consumed[j] = true;
                    }
                    *claimed_until = name_end;
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
            // A role after a blank line opens a new paragraph, perhaps a heading.
            let same_paragraph = !has_blank_line(between);
            if before.is_none()
                && same_paragraph
                && joined.is_some_and(|rest| article.contains(&rest))
            {
                if last.role.as_ref().is_none_or(|r| r.len() < role.len()) {
                    last.role = Some(role);
                }
                if last.affiliation.is_none() {
                    last.affiliation = affiliation;
                }
                last.mention.end = after;
                found.consumed[i] = true;
                *claimed_until = after;
                continue;
            }
        }
        // An unnamed role: a role phrase, or a country before the title.
        // Only a title that is no actor of its own (`de voorzitter` is the chair's role).
        let bare = phrase.is_none()
            && before.is_none()
            && m.entry.is_none()
            && after_definite_article(text, m.start);
        if phrase.is_some() || before.is_some() || bare {
            found.roles.push(RoleHit {
                span: Span::new(m.start, after),
                adjective_start: before.map(|b| b.start),
                role,
                affiliation: affiliation.or(home),
                bare,
            });
            found.consumed[i] = true;
            *claimed_until = after;
        }
    }
}

/// The country of a colleague set before a title in apposition (`mijn Duitse collega, minister
/// Brandauer`): the adjective before `collega`, when only `, ` stands between it and the title
/// of the match `i`.
fn colleague_before(ctx: &Ctx, i: usize) -> Option<String> {
    let (j, k) = (i.checked_sub(1)?, i.checked_sub(2)?);
    let (m, colleague, country) = (&ctx.matches[i], &ctx.matches[j], &ctx.matches[k]);
    let text = ctx.text;
    if !matches!(
        &text[colleague.start..colleague.end],
        "collega" | "counterpart"
    ) || text[colleague.end..m.start].trim_end() != ","
        || !text[country.end..colleague.start]
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
        || ctx.kind(country) != Some(ActorKind::Country)
    {
        return None;
    }
    ctx.entry_id(country).map(str::to_string)
}

/// Whether `the`, `de` or `het` (in any case) stands right before `pos`.
fn after_definite_article(text: &str, pos: usize) -> bool {
    prev_word(text, pos).is_some_and(|(s, e)| {
        ["the", "de", "het"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&text[s..e]))
    })
}

const PERSON_WORDS: &str = include_str!("../../data/person_words.tsv");
const VERBS: &str = include_str!("../../data/verbs.tsv");
const NOT_ACTORS: &str = include_str!("../../data/gazetteer/not_actors.tsv");
/// The names of bodies and groups, whose words are no person's (`Unie`, `Ombudsman`). Country
/// names are left out: their words are first names too often (`Sint Maarten`, `San Marino`).
const BODIES: [&str; 3] = [
    include_str!("../../data/gazetteer/organizations.tsv"),
    include_str!("../../data/gazetteer/collectives.tsv"),
    include_str!("../../data/gazetteer/roles.tsv"),
];

/// A name does not follow it: `de`, `the`, `zijn`.
const ARTICLE: u16 = 1;
/// A place follows it: `in Den Haag`.
const PLACE: u16 = 1 << 1;
/// A person may follow it: `volgens`, `namens`, `by`.
const TRIGGER: u16 = 1 << 2;
/// Never the first word of a name: `Ook`, `Volgens`.
const FUNCTION: u16 = 1 << 3;
/// May stand between a name and its verb: `ook`, `also`.
const ADVERB: u16 = 1 << 4;
/// Joins a Title-Case series: `and`, `of`.
const SERIES: u16 = 1 << 5;
/// Opens a relative clause: `who`, `die`.
const RELATIVE: u16 = 1 << 6;
/// Never part of a person's name: `Affairs`, `Institute`, `Juli`.
const NOT_NAME: u16 = 1 << 7;
/// A speech or stance verb of `data/verbs.tsv`.
const VERB: u16 = 1 << 8;
/// A name after it is its object: `tijdens`, `during`.
const PREPOSITION: u16 = 1 << 9;

type WordMap = HashMap<String, u16, super::fx_hash::FxBuild>;

/// The words of `data/person_words.tsv`, the verbs, and the words of the gazetteer's names of
/// bodies, by their lower-case form.
struct Lexicon {
    words: WordMap,
    /// Two-word entries (`according to`): the first word, the second, their classes.
    pairs: Vec<(String, String, u16)>,
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut words = WordMap::default();
        let mut pairs = Vec::new();
        let lines = |data: &'static str| {
            data.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| l.split('\t').collect::<Vec<_>>())
        };
        for cols in lines(PERSON_WORDS) {
            let (Some(word), Some(classes)) = (cols.first(), cols.get(1)) else {
                continue;
            };
            let mut flags = 0;
            for class in classes.split(',') {
                flags |= match class.trim() {
                    "article" => ARTICLE | FUNCTION,
                    "place" => PLACE | FUNCTION,
                    "trigger" => TRIGGER | FUNCTION,
                    "function" => FUNCTION,
                    "adverb" => ADVERB,
                    "series" => SERIES,
                    "relative" => RELATIVE,
                    "notname" => NOT_NAME,
                    "preposition" => PREPOSITION,
                    _ => 0,
                };
            }
            let word = word.trim().to_lowercase();
            match word.split_once(' ') {
                Some((a, b)) => pairs.push((a.to_string(), b.to_string(), flags)),
                None => *words.entry(word).or_default() |= flags,
            }
        }
        // A copula or modal (`was`, `kon`) says nothing of who stands before it.
        let weak = |cols: &Vec<&str>| {
            cols.get(2)
                .is_some_and(|stance| stance.split(',').any(|flag| flag.trim() == "weak"))
        };
        for cols in lines(VERBS).filter(|cols| !weak(cols)) {
            for form in cols.first().into_iter().flat_map(|f| f.split('|')) {
                *words.entry(form.trim().to_lowercase()).or_default() |= VERB;
            }
        }
        for cols in lines(NOT_ACTORS) {
            for word in cols.first().into_iter().flat_map(|f| f.split([' ', '-'])) {
                *words.entry(word.to_lowercase()).or_default() |= NOT_NAME;
            }
        }
        for data in BODIES {
            for cols in lines(data) {
                let names = cols.iter().skip(2).take(4).flat_map(|c| c.split('|'));
                for name in names.filter(|n| n.contains(' ')) {
                    // Only the words the data writes with a capital: `groot` in `een groot
                    // aantal lidstaten` is no word of a name.
                    for word in name.split_whitespace().filter(|w| starts_upper(w)) {
                        let word = word.to_lowercase();
                        if word.chars().count() > 2
                            && !PARTICLES.contains(&word.as_str())
                            && !CONNECTORS.contains(&word.as_str())
                        {
                            *words.entry(word).or_default() |= NOT_NAME;
                        }
                    }
                }
            }
        }
        Lexicon { words, pairs }
    }

    /// The classes of `word`, in any case; `buf` holds its lower case.
    fn flags(&self, word: &str, buf: &mut String) -> u16 {
        let key = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else if word.is_ascii() {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            buf.as_str()
        } else {
            buf.clear();
            buf.extend(word.chars().flat_map(char::to_lowercase));
            buf.as_str()
        };
        self.words.get(key).copied().unwrap_or(0)
    }

    /// The classes of a two-word entry ending with the word `second` after `first`.
    fn pair_flags(&self, first: &str, second: &str) -> u16 {
        self.pairs
            .iter()
            .filter(|(a, b, _)| a.eq_ignore_ascii_case(first) && b.eq_ignore_ascii_case(second))
            .fold(0, |acc, p| acc | p.2)
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// The word that ends right before `pos` with only spaces (and at most one line break) between;
/// `None` after punctuation, so at the start of a sentence, clause or paragraph.
fn prev_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    const SPACE: [char; 4] = [' ', '\t', '\r', '\u{a0}'];
    let mut before = text.get(..pos)?.trim_end_matches(SPACE);
    if let Some(line) = before.strip_suffix('\n') {
        before = line.trim_end_matches(SPACE);
        if before.ends_with('\n') {
            return None;
        }
    }
    let end = before.len();
    if before.ends_with('&') {
        return Some((end - 1, end));
    }
    let last = before.chars().next_back()?;
    if !last.is_alphanumeric() {
        return None;
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
        .last()
        .map(|(i, _)| i)?;
    Some((start, end))
}

/// The word after `pos` with only spaces between.
fn next_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let p = skip_spaces(text, pos);
    if p == pos {
        return None;
    }
    word_at(text, p)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a speech verb follows `pos`, perhaps after an adverb: `benadrukte`, `also said`.
fn verb_follows(text: &str, lex: &Lexicon, buf: &mut String, pos: usize) -> bool {
    let Some((s, e)) = next_word(text, pos) else {
        return false;
    };
    let word = &text[s..e];
    if !starts_lower(word) {
        return false;
    }
    let flags = lex.flags(word, buf);
    if flags & VERB != 0 {
        return true;
    }
    flags & ADVERB != 0
        && next_word(text, e).is_some_and(|(s, e)| {
            starts_lower(&text[s..e]) && lex.flags(&text[s..e], buf) & VERB != 0
        })
}

/// Whether `, ` right before `first` closes a body or an office of the gazetteer (`The European
/// Ombudsman, `), not a country (`Germany, Anna Berg` lists).
fn apposed_to_known(ctx: &Ctx, first: usize) -> bool {
    let Some(comma) = ctx.text[..first].strip_suffix(", ").map(str::len) else {
        return false;
    };
    let i = ctx.matches.partition_point(|m| m.start < comma);
    i > 0
        && ctx.matches[i - 1].end == comma
        && matches!(
            ctx.kind(&ctx.matches[i - 1]),
            Some(ActorKind::Organization | ActorKind::Role)
        )
}

/// A phrase in apposition after a name, between commas: `, director of the institute,`.
struct Apposition {
    /// End of the phrase (before its closing comma).
    end: usize,
    /// The phrase, without a leading article, when it reads as a role (not `who chairs …`).
    role: Option<String>,
    /// Whether the phrase holds `of`, `van`, `for` or `voor`, as roles do.
    role_like: bool,
    /// Whether a speech verb follows the closing comma.
    verb_after: bool,
    /// Whether the phrase opens with a country's adjective before a title (`, Cypriot Minister
    /// of Finance`).
    national_title: bool,
}

/// The apposition opened by the comma at `comma`, if it is one: at most ten words, opening in
/// lower case or with a title, holding no verb, closed by a comma.
fn apposition(ctx: &Ctx, lex: &Lexicon, buf: &mut String, comma: usize) -> Option<Apposition> {
    let text = ctx.text;
    let start = skip_spaces(text, comma + 1);
    let window_end = crate::floor_boundary(text, start + 200);
    let window = text.get(start..window_end)?;
    const CLOSERS: [char; 10] = [',', '.', ';', ':', '!', '?', '\n', '(', '"', '“'];
    let mut close = start + window.find(CLOSERS)?;
    // `, Cypriot Minister of` ⏎ `Finance.`: a phrase wrapped onto the next line of its
    // paragraph goes on there.
    if text.as_bytes()[close] == b'\n' {
        let next = skip_spaces(text, close + 1);
        if next < window_end && text[next..].starts_with(|c: char| c.is_alphabetic()) {
            if let Some(k) = text[next..window_end].find(CLOSERS) {
                close = next + k;
            }
        }
    }
    // `, Deputy Minister for Research, Innovation and Digital Policy of Cyprus,`: a list of a
    // portfolio's capitalised words goes on past its commas, to the punctuation after its
    // `and`.
    let mut longest = 10;
    while longest < 16 && listed_role_words(ctx, close) {
        let from = close + 2;
        let list = &text[from..window_end.max(from)];
        let Some(and) = list
            .find(" and ")
            .map(|k| k + 5)
            .or_else(|| list.find(" en ").map(|k| k + 4))
        else {
            break;
        };
        let Some(k) = list[and..].find(CLOSERS) else {
            break;
        };
        close = from + and + k;
        longest += 3;
    }
    let phrase = text[start..close].trim_end();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // A phrase that opens with a title may hold two offices (`, Polish Minister for Climate
    // and Environment and President of the Council.`): a few words more.
    if words.is_empty() || words.len() > longest + 4 {
        return None;
    }
    let mut first = 0;
    let mut relative = false;
    let first_flags = lex.flags(words[0], buf);
    if first_flags & RELATIVE != 0 {
        relative = true;
    } else if first_flags & ARTICLE != 0 && words.len() > 1 {
        first = 1;
    }
    let opener = words[first];
    let opener_at = start + phrase.find(opener).unwrap_or(0);
    // A title, or a country's adjective before one (`, Polish Minister of the Interior,`).
    let mut national_title = false;
    let opens_with_title = ctx.match_at(opener_at).is_some_and(|(_, m)| {
        national_title = ctx.kind(m) == Some(ActorKind::Country)
            && ctx
                .match_at(skip_spaces(text, m.end))
                .is_some_and(|(_, t)| t.title.is_some());
        // Or an office the gazetteer knows whole (`, High Representative of the Union for
        // Foreign Affairs and Security Policy,`).
        m.title.is_some() || ctx.kind(m) == Some(ActorKind::Role) || national_title
    });
    if words.len() > longest && !opens_with_title {
        return None;
    }
    // A comma closes an apposition; a full stop only a title's, which ends the sentence
    // (`said Tomasz Siemoniak, Polish Minister of the Interior.`).
    if !(text[close..].starts_with(',') || (opens_with_title && text[close..].starts_with('.'))) {
        return None;
    }
    if !relative {
        let flags = lex.flags(opener, buf);
        if flags & (FUNCTION | ADVERB | VERB) != 0 || !(starts_lower(opener) || opens_with_title) {
            return None;
        }
    }
    for word in &words {
        if word.starts_with(|c: char| c.is_ascii_digit())
            || (starts_lower(word) && lex.flags(word, buf) & VERB != 0)
        {
            return None;
        }
    }
    let role_like = words.iter().any(|w| ROLE_OPENERS.contains(w));
    let role_start = if first == 1 {
        start + phrase.find(opener).unwrap_or(0)
    } else {
        start
    };
    Some(Apposition {
        end: start + phrase.len(),
        role: (!relative).then(|| collapse(&text[role_start..start + phrase.len()])),
        role_like,
        verb_after: verb_follows(text, lex, buf, close + 1),
        national_title,
    })
}

/// The first country or organisation named in `start..end`.
fn affiliation_in(ctx: &Ctx, start: usize, end: usize) -> Option<String> {
    let i = ctx.matches.partition_point(|m| m.start < start);
    ctx.matches[i..]
        .iter()
        .take_while(|m| m.end <= end)
        .find(|m| {
            m.title.is_none()
                && matches!(
                    ctx.kind(m),
                    Some(ActorKind::Organization | ActorKind::Country)
                )
        })
        .and_then(|m| ctx.entry_id(m))
        .map(str::to_string)
}

/// Grows `hit` over the apposition `app` that follows it: the phrase is the person's role, and
/// the mention covers it so that a statement finds its subject (`Dr. Anna Smit, director of the
/// institute, said`). An unnamed role found inside the phrase is this person's, not another.
fn take_apposition(ctx: &Ctx, found: &mut Found, hit: usize, app: Apposition) {
    let Some(person) = found.persons.get_mut(hit) else {
        return;
    };
    let start = person.mention.end;
    if person.affiliation.is_none() {
        person.affiliation = affiliation_in(ctx, start, app.end);
    }
    person.role = app.role;
    person.mention.end = app.end;
    found
        .roles
        .retain(|r| r.span.end <= start || r.span.start >= app.end);
}

/// Titled people without a role, followed by a role in apposition: `Dr. Anna Smit, director
/// of the institute, said`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn appositive_roles(ctx: &Ctx, found: &mut Found) {
    let lex = lexicon();
    let mut buf = String::new();
    let mut swallowed = Vec::new();
    for i in 0..found.persons.len() {
        let person = &found.persons[i];
        if person.role.is_some() || !ctx.text[person.mention.end..].starts_with(',') {
            continue;
        }
        let comma = person.mention.end;
        let next = found.persons.get(i + 1);
        let next_start = next.map_or(usize::MAX, |p| p.mention.start);
        let Some(app) = apposition(ctx, lex, &mut buf, comma) else {
            continue;
        };
        // `mevrouw Anouk Verschuren-Baas, directeur Inspecties,`: a title and one capitalised
        // word that make up the whole apposition name the department the person heads, not a
        // second person.
        let department = next.is_some_and(|p| {
            p.mention.start == skip_spaces(ctx.text, comma + 1)
                && p.mention.end == app.end
                && p.tokens.len() == 1
                && p.role.is_some()
        });
        if app.role.is_some()
            && (department || (app.verb_after || app.role_like) && app.end <= next_start)
        {
            take_apposition(ctx, found, i, app);
            if department {
                swallowed.push(i + 1);
            }
        }
    }
    for &k in swallowed.iter().rev() {
        found.persons.remove(k);
    }
}

/// Whether `pos` lies in a heading: a Markdown heading, or a paragraph of one short line that
/// ends without punctuation.
fn in_heading(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[pos..]).map_or(text.len(), |i| pos + i);
    let line = text[line_start..line_end].trim();
    if line.starts_with('#') {
        return true;
    }
    // The headline of remarks or a speech names its speaker (`Remarks by Tiago Mendonça
    // following the Eurogroup meeting`): a name there is a person's, as in a sentence.
    if crate::statements::names_its_speaker(line) {
        return false;
    }
    if line.len() > 100 || line.ends_with(['.', '!', '?', ':', ';', ',', ')']) {
        return false;
    }
    let blank_before = text[..line_start]
        .trim_end_matches([' ', '\t', '\r'])
        .strip_suffix('\n')
        .is_none_or(|rest| rest.trim_end_matches([' ', '\t', '\r']).ends_with('\n'))
        || line_start == 0;
    let after = &text[line_end..];
    let blank_after = after.trim_start_matches('\n').len() + 1 < after.len()
        || after.trim().is_empty()
        || after
            .strip_prefix('\n')
            .is_some_and(|rest| rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n'));
    blank_before && blank_after
}

/// A capitalised sequence, before it is judged.
struct Sequence {
    /// The name's words.
    tokens: Vec<(usize, usize)>,
    /// A function word that opened the sequence (`Volgens`), which stands before the name.
    lead: Option<(usize, usize)>,
}

/// Reads capitalised words, initials and particles from the word start `pos`. Returns the
/// sequence if it has the shape of a name and where the scan resumes.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn sequence_at(
    ctx: &Ctx,
    lex: &Lexicon,
    buf: &mut String,
    pos: usize,
) -> (Option<Sequence>, usize) {
    let text = ctx.text;
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut lead = None;
    let mut resume = pos + 1;
    let mut particles = 0;
    let mut p = pos;
    for _ in 0..10 {
        let Some((s, e)) = word_at(text, p) else {
            break;
        };
        resume = resume.max(e);
        if let Some((_, m)) = ctx.match_at(s) {
            // A known name or a title ends a name; one that a name runs straight into makes
            // the whole a name of something else (`Raad Buitenlandse Zaken`).
            resume = resume.max(m.end);
            if particles == 0 {
                return (None, resume);
            }
            break;
        }
        let word = &text[s..e];
        if is_initials(word) {
            tokens.push((s, e));
            particles = 0;
        } else if is_capitalised(word) {
            let flags = lex.flags(word, buf);
            if tokens.is_empty() && lead.is_none() && flags & FUNCTION != 0 {
                lead = Some((s, e));
            } else if flags & NOT_NAME != 0 {
                if particles == 0 {
                    return (None, run_end(text, resume));
                }
                break;
            } else {
                tokens.push((s, e));
                particles = 0;
            }
        } else if !tokens.is_empty()
            && (PARTICLES.contains(&word)
                || in_t(text, word, e)
                // The Irish `Ó` of `Pádraig Ó Súilleabháin`: a capital alone, kept only when
                // a capitalised word follows it, as a particle is. An ASCII one may be a
                // sentence's `A` or a plan's `B`.
                || (!word.is_ascii() && inner_capital(word)))
        {
            tokens.push((s, e));
            particles += 1;
        } else {
            break;
        }
        if text[e..].starts_with('.') && !is_initials(word) {
            break;
        }
        let next = skip_spaces(text, e);
        if next == e && !is_initials(word) {
            break;
        }
        p = next;
    }
    tokens.truncate(tokens.len() - particles.min(tokens.len()));
    // A single initial after a word of the same sentence ends that sentence (`plan B. Anna`).
    if let (None, Some(&(s, e))) = (lead, tokens.first()) {
        if e - s == 2 && tokens.len() > 1 {
            if let Some((ps, pe)) = prev_word(text, s) {
                if lex.flags(&text[ps..pe], buf) & (VERB | TRIGGER | FUNCTION) == 0 {
                    tokens.remove(0);
                }
            }
        }
    }
    let initials = tokens
        .iter()
        .filter(|&&(s, e)| is_initials(&text[s..e]))
        .count();
    let capitals = tokens
        .iter()
        .filter(|&&(s, e)| is_capitalised(&text[s..e]))
        .count();
    let shaped = tokens.len() <= 7
        && tokens
            .first()
            .is_some_and(|&(s, e)| !PARTICLES.contains(&&text[s..e]))
        && (capitals >= 2 || (capitals >= 1 && initials >= 1));
    (shaped.then_some(Sequence { tokens, lead }), resume)
}

/// Whether `word`, ending at `e`, is the `in` of `Sophie in 't Veld`: a particle only before
/// `'t` (or with a curly apostrophe), or `in Brussels` would go on a name.
fn in_t(text: &str, word: &str, e: usize) -> bool {
    let rest = &text.as_bytes()[e..];
    word == "in" && (rest.starts_with(b" 't ") || rest.starts_with(" \u{2019}t ".as_bytes()))
}

/// The end of the run of capitalised words and particles that goes on at `pos`: a rejected
/// sequence takes the rest of its run with it (`Politie Eenheid Rotterdam` is not read again
/// from `Eenheid`).
fn run_end(text: &str, mut pos: usize) -> usize {
    for _ in 0..10 {
        let Some((s, e)) = next_word(text, pos) else {
            break;
        };
        let word = &text[s..e];
        if !(starts_upper(word) || PARTICLES.contains(&word)) {
            break;
        }
        pos = e;
    }
    pos
}

/// Whether a capitalised sequence stands in a Title-Case series: `Justice and Home Affairs`.
fn in_series(
    text: &str,
    lex: &Lexicon,
    buf: &mut String,
    joint: (usize, usize),
    before: bool,
) -> bool {
    if lex.flags(&text[joint.0..joint.1], buf) & SERIES == 0 {
        return false;
    }
    let other = if before {
        prev_word(text, joint.0)
    } else {
        next_word(text, joint.1)
    };
    other.is_some_and(|(s, e)| starts_upper(&text[s..e]))
}

/// People named without a title, found by the shape of their name and evidence around it.
///
/// A name is two or more capitalised words, or initials and a capitalised word, with particles
/// between (`Jan-Peter van der Berg`, `K.L. Vermaat`, `Radoš Šelmovič`). It is a person only
/// when a speech verb follows it or stands right before it (`Ook sprak …`), when `volgens`,
/// `namens`, `door`, `by` or `according to` introduces it, when a role in apposition and a verb
/// follow it, or when a titled person of the text has its last word. It is not when the gazetteer
/// knows it or one of its words, when an article or a place preposition precedes it (`in Den
/// Haag`), when it sits in a Title-Case series or a heading, or when one of its words is never a
/// name's (`data/person_words.tsv`: `Affairs`, `International`, months and days).
///
/// Linear: one pass over the bytes stops only at capitals; a capital that does not start a
/// word followed by another name word is left at once.
fn find_untitled<const PREFILTER: bool>(ctx: &Ctx, found: &mut Found, cut: Option<usize>) {
    let lex = lexicon();
    let mut buf = String::new();
    let surnames: HashSet<String> = found
        .persons
        .iter()
        .filter_map(|p| p.tokens.last())
        .map(|t| fold(t))
        .collect();
    let mut claimed: Vec<Span> = found.persons.iter().map(|p| p.mention).collect();
    claimed.extend(found.roles.iter().map(|r| r.span));
    claimed.sort();
    let mut pending: Vec<(Vec<(usize, usize)>, Evidence)> = Vec::new();
    let mut at = UntitledAt {
        i: 0,
        mi: 0,
        next_claim: 0,
    };
    let scan = UntitledScan {
        ctx,
        lex,
        surnames: &surnames,
        claimed: &claimed,
        until: usize::MAX,
    };
    let mut bodies = Vec::new();
    let tail = cut.and_then(|cut| {
        untitled_in_halves::<PREFILTER>(&scan, &mut buf, (&mut pending, &mut bodies), &mut at, cut)
    });
    match tail {
        Some((more, more_bodies)) => {
            pending.extend(more);
            bodies.extend(more_bodies);
        }
        // From the start, or on from where the first half stopped.
        None => {
            while untitled_part::<PREFILTER>(&scan, &mut buf, (&mut pending, &mut bodies), &mut at)
            {
            }
        }
    }
    found.bodies = bodies;
    bare_speaker_labels(ctx, &claimed, &mut pending);
    debate_labels(ctx, &claimed, &mut pending);
    add_untitled(ctx, found, pending);
}

/// The names of a debate's bare speaker labels (`Van der Laan (CDA):` on a line of its own, as
/// a report names a member again in an interruption): name words before a known party in
/// brackets and the colon that ends the line. A surname alone is a person there, though the
/// scan wants two capitalised words of an untitled name elsewhere.
fn bare_speaker_labels(ctx: &Ctx, claimed: &[Span], pending: &mut Vec<Pending>) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    for colon in memchr::memmem::find_iter(bytes, b"):") {
        if !matches!(bytes.get(colon + 2), None | Some(b'\n' | b'\r')) {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &bytes[..colon]).map_or(0, |k| k + 1);
        let line = &text[line_start..colon + 2];
        if line.len() > 80 || !crate::layout::is_speaker_label(line.trim()) {
            continue;
        }
        let start = line_start + (line.len() - line.trim_start().len());
        let Some(tokens) = name_at(ctx, start) else {
            continue;
        };
        let Some(&(_, name_end)) = tokens.last() else {
            continue;
        };
        let Some((end, group)) = bracketed_affiliation(ctx, name_end) else {
            continue;
        };
        if end != colon + 1 || claimed.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        if pending
            .iter()
            .any(|(t, _)| t.first().is_some_and(|f| f.0 == start))
        {
            continue;
        }
        pending.push((tokens, Evidence::Tagged(end, Some(group))));
    }
}

/// What ends a verbatim report's speaker label: a full stop and a dash (`Name, role. – `).
pub(crate) const DEBATE_DASHES: [&str; 3] = [". \u{2013} ", ". \u{2014} ", ". - "];

/// The longest speaker label of a verbatim report, in bytes.
pub(crate) const MAX_DEBATE_LABEL: usize = 220;

/// The names of a verbatim report's speaker labels, as the European Parliament's sets every
/// speech: a paragraph opens with the speaker's name, then perhaps a role, a group or a
/// member's tag, and a full stop and a dash before the speech (`Anna Lindqvist,
/// President-in-Office of the Council. – Madam President, …`, `Manfred Keller, on behalf of
/// the PPE Group. – …`, `Seán Kelly (PPE). – …`, `Tomasz Nowak (ECR), in writing. – …`).
fn debate_labels(ctx: &Ctx, claimed: &[Span], pending: &mut Vec<Pending>) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    for dash in DEBATE_DASHES {
        for dot in memchr::memmem::find_iter(bytes, dash.as_bytes()) {
            let Some(start) = debate_label_start(text, dot) else {
                continue;
            };
            let Some(tokens) = name_at(ctx, start).filter(|t| t.len() >= 2) else {
                continue;
            };
            let name_end = tokens[tokens.len() - 1].1;
            if name_end > dot
                || claimed.iter().any(|c| c.start < name_end && start < c.end)
                || pending
                    .iter()
                    .any(|(t, _)| t.first().is_some_and(|f| f.0 == start))
            {
                continue;
            }
            if let Some(evidence) = debate_label_evidence(ctx, name_end, dot) {
                pending.push((tokens, evidence));
            }
        }
    }
}

/// Where the paragraph begins whose first line has a speaker label's full stop and dash at
/// `dot`: a paragraph of its own (the text's start or a blank line before), the label short.
pub(crate) fn debate_label_start(text: &str, dot: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..dot]).map_or(0, |k| k + 1);
    let blank_before = line_start == 0 || (line_start >= 2 && bytes[line_start - 2] == b'\n');
    let label = &text[line_start..dot];
    // A sentence before the dash is speech, not a label.
    (blank_before && label.len() <= MAX_DEBATE_LABEL && !label.contains(". ")).then_some(line_start)
}

/// What a speaker label says of the name ending at `name_end`, up to the full stop at `dot`:
/// nothing, a member's tag (`(PPE)`, and `, in writing`), a group (`, on behalf of the S&D
/// Group`) or a role (`, Member of the Commission`).
fn debate_label_evidence(ctx: &Ctx, name_end: usize, dot: usize) -> Option<Evidence> {
    let text = ctx.text;
    let rest = &text[name_end..dot];
    if rest.is_empty() {
        return Some(Evidence::Tagged(name_end, None));
    }
    if let Some((end, group)) = member_tag(ctx, name_end).filter(|(end, _)| *end <= dot) {
        // `(ECR), in writing`, `(S&D), rapporteur`: a note on how the member speaks.
        return label_note(&text[end..dot]).then_some(Evidence::Tagged(end, group));
    }
    // A group's tag no list knows, as the Parliament writes it in its own language (`(PPE)`,
    // `(NI)`): in a label, a short bracket right after the name says who the member is.
    if let Some(tag) = rest.strip_prefix(" (") {
        let close = tag.find(')').filter(|&k| k > 0 && k <= 20)?;
        return (label_note(&tag[close + 1..]) && tag.starts_with(char::is_uppercase))
            .then(|| Evidence::Tagged(name_end + 2 + close + 1, None));
    }
    let phrase = rest.strip_prefix(", ")?;
    if phrase.is_empty() || phrase.contains(['(', ')']) && !phrase.ends_with(')') {
        return None;
    }
    if matches!(phrase, "in writing" | "schriftelijk") {
        return Some(Evidence::Tagged(name_end, None));
    }
    if let Some(group) = ["on behalf of ", "namens "]
        .iter()
        .find_map(|w| phrase.strip_prefix(w))
    {
        // `on behalf of the S&D Group`, `on behalf of The Left Group`, `namens de
        // PPE-Fractie`.
        let group = ["the ", "de ", "het "]
            .iter()
            .find_map(|a| group.strip_prefix(a))
            .unwrap_or(group);
        let at = dot - group.len();
        let id = ctx
            .match_at(at)
            .filter(|(_, m)| ctx.kind(m) == Some(ActorKind::Organization))
            .and_then(|(_, m)| ctx.entry_id(m))
            .map(str::to_string);
        return Some(Evidence::Tagged(name_end, id));
    }
    // A role: capitalised (`Member of the Commission`), or a rapporteur's or author's.
    let role_like = phrase.starts_with(char::is_uppercase)
        || ["rapporteur", "author", "deputising for ", "rapporteur for "]
            .iter()
            .any(|w| phrase.starts_with(w));
    if !role_like {
        return None;
    }
    let affiliation = affiliation_in(ctx, name_end, dot);
    Some(Evidence::Role(dot, collapse(phrase), affiliation))
}

/// Whether what follows a member's tag in a speaker label is nothing or a note on how the
/// member speaks (`, in writing`, `, rapporteur`).
fn label_note(after: &str) -> bool {
    after.is_empty()
        || after
            .strip_prefix(", ")
            .is_some_and(|n| n.len() <= 60 && n.starts_with(char::is_lowercase))
}

/// A name without a title that the scan found, with the evidence that it is a person's.
type Pending = (Vec<(usize, usize)>, Evidence);

/// The state of [`find_untitled`]'s scan between two parts.
struct UntitledAt {
    /// Where the search for the next capital goes on.
    i: usize,
    /// The first gazetteer match that may start at or after `i`.
    mi: usize,
    /// The first claimed span that may end after the next name.
    next_claim: usize,
}

/// What [`find_untitled`]'s scan reads.
#[derive(Clone, Copy)]
struct UntitledScan<'a, 'c> {
    ctx: &'a Ctx<'c>,
    lex: &'a Lexicon,
    surnames: &'a HashSet<String>,
    claimed: &'a [Span],
    /// No capital from here on is looked at.
    until: usize,
}

/// The found names and bodies of an untitled scan.
type Untitled = (Vec<Pending>, Vec<BodyHit>);

/// The untitled scan of `scan` in two halves on two threads, the second from `cut` on: the
/// first half adds to `pending` and `bodies` here, and the second half's are returned. The
/// scan's state at any point is its position and two cursors that follow from it, so the second
/// half starts afresh at the cut; only a word or name running over the cut moves the first
/// half's position past it, and then the halves are not what one scan finds: `None`, and `at`
/// is where the first half stopped, for one scan to go on from.
#[cfg(not(target_arch = "wasm32"))]
fn untitled_in_halves<const PREFILTER: bool>(
    scan: &UntitledScan,
    buf: &mut String,
    (pending, bodies): (&mut Vec<Pending>, &mut Vec<BodyHit>),
    at: &mut UntitledAt,
    cut: usize,
) -> Option<Untitled> {
    let bytes = scan.ctx.text.as_bytes();
    let tail_scan = UntitledScan {
        until: usize::MAX,
        ..*scan
    };
    let head_scan = UntitledScan {
        until: cut,
        ..*scan
    };
    let tail = std::thread::scope(|scope| {
        let side = std::thread::Builder::new()
            .name("report-core-untitled".into())
            .spawn_scoped(scope, move || {
                let mut out: Untitled = (Vec::new(), Vec::new());
                let mut at = UntitledAt {
                    i: cut,
                    mi: tail_scan.ctx.matches.partition_point(|m| m.start < cut),
                    next_claim: 0,
                };
                let mut buf = String::new();
                while untitled_part::<PREFILTER>(
                    &tail_scan,
                    &mut buf,
                    (&mut out.0, &mut out.1),
                    &mut at,
                ) {}
                out
            });
        while untitled_part::<PREFILTER>(&head_scan, buf, (&mut *pending, &mut *bodies), at) {}
        side.ok()?.join().ok()
    });
    // The first half's next capital is the second half's first: they meet.
    (next_capital(bytes, at.i) == next_capital(bytes, cut)).then_some(tail?)
}

#[cfg(target_arch = "wasm32")]
fn untitled_in_halves<const PREFILTER: bool>(
    _: &UntitledScan,
    _: &mut String,
    _: (&mut Vec<Pending>, &mut Vec<BodyHit>),
    _: &mut UntitledAt,
    _: usize,
) -> Option<Untitled> {
    None
}

/// Bytes of text per call of [`untitled_part`].
const UNTITLED_PART: usize = 32 * 1024;

/// The scan of [`find_untitled`] over the capitals from `at.i` until [`UNTITLED_PART`] bytes
/// on; `false` once the text is done. One call over a whole text would run in WebAssembly's
/// slow baseline code throughout: V8 swaps in optimised code for a function only when it is
/// called again.
#[inline(never)]
fn untitled_part<const PREFILTER: bool>(
    scan: &UntitledScan,
    buf: &mut String,
    (pending, bodies): (&mut Vec<Pending>, &mut Vec<BodyHit>),
    at: &mut UntitledAt,
) -> bool {
    let UntitledScan {
        ctx,
        lex,
        surnames,
        claimed,
        until,
    } = *scan;
    let text = ctx.text;
    let UntitledAt {
        mut i,
        mut mi,
        mut next_claim,
    } = *at;
    let stop = i.saturating_add(UNTITLED_PART).min(until);
    let bytes = text.as_bytes();
    // The gazetteer's matches, in step with the scan: a capital that starts a known name or a
    // title starts no untitled name (`sequence_at` would reject it), so the scan jumps over it.
    let matches = ctx.matches;
    let match_at = |mi: &mut usize, at: usize| -> Option<usize> {
        while matches.get(*mi).is_some_and(|m| m.start < at) {
            *mi += 1;
        }
        matches.get(*mi).filter(|m| m.start == at).map(|m| m.end)
    };
    while let Some(pos) = next_capital(bytes, i) {
        if pos >= stop {
            // The next part starts with this capital: there is none in `i..pos`.
            *at = UntitledAt {
                i: pos,
                mi,
                next_claim,
            };
            return pos < until;
        }
        i = pos + 1;
        if let Some(end) = match_at(&mut mi, pos) {
            i = end;
            if let Some(body) = adjective_body(ctx, lex, buf, pos, end) {
                i = body.span.end;
                bodies.push(body);
            }
            continue;
        }
        let b = bytes[pos];
        if b.is_ascii() && !PREFILTER {
            acronym_here(ctx, pos, bodies);
            bodies.extend(bare_acronym(ctx, lex, buf, pos));
            if !starts_word(text, pos) {
                continue;
            }
        } else if b.is_ascii() {
            match ascii_pair(bytes, pos) {
                Pair::No(end) => {
                    i = end;
                    // An acronym defined in brackets after a name, `(VNG)`, is one of these, and
                    // so is a committee after a possessive (`Parliament's Committee on …`).
                    if bytes.get(end) == Some(&b')') {
                        acronym_here(ctx, pos, bodies);
                    } else if let Some(body) = bare_acronym(ctx, lex, buf, pos) {
                        bodies.push(body);
                    } else if let Some(body) = bare_board(text, pos) {
                        bodies.push(body);
                    } else if pos >= 3 && bytes[pos - 1] == b' ' && bytes[pos - 2] == b's' {
                        if let Some(body) = possessed_board(ctx, pos) {
                            i = i.max(body.span.end);
                            bodies.push(body);
                        }
                    }
                    continue;
                }
                Pair::Maybe(_) if !starts_word(text, pos) => continue,
                Pair::Maybe(Some(next)) => {
                    // `De Raad`, `Het Tsjechisch`: a known name right after the first word
                    // ends the sequence before it is one. Not after a word that is no name
                    // (`Tweede Council Anna De`): `sequence_at` then skips the whole run of
                    // capitals, known names and all, and so must this shortcut.
                    if let Some(end) = match_at(&mut mi.clone(), next) {
                        let first = text.get(pos..next.saturating_sub(1)).unwrap_or_default();
                        let flags = lex.flags(first, buf);
                        if flags & FUNCTION != 0 || flags & NOT_NAME == 0 {
                            if flags & FUNCTION == 0 {
                                if let Some(body) =
                                    named_for_country(ctx, pos, (first, flags), next)
                                {
                                    bodies.push(body);
                                }
                            }
                            i = end;
                            if let Some(body) = adjective_body(ctx, lex, buf, next, end) {
                                i = body.span.end;
                                bodies.push(body);
                            }
                            continue;
                        }
                    }
                }
                Pair::Maybe(None) => {}
            }
        } else {
            // A lead byte (a continuation byte starts nothing): a capital with a diacritic?
            let Some(c) = text.get(pos..).and_then(|t| t.chars().next()) else {
                continue;
            };
            i = pos + c.len_utf8();
            if !c.is_uppercase() || !starts_word(text, pos) {
                continue;
            }
        }
        let Some((s, e)) = word_at(text, pos) else {
            continue;
        };
        i = i.max(e);
        // Most capitals open a sentence or a known name: leave them unless a name word follows.
        let word = &text[s..e];
        if !is_initials(word) {
            if !is_capitalised(word) || text[e..].starts_with('.') {
                continue;
            }
            let Some((ns, ne)) = next_word(text, e) else {
                continue;
            };
            let next = &text[ns..ne];
            if !starts_upper(next) && !is_particle(next.as_bytes()) && !in_t(text, next, ne) {
                bodies.extend(bare_board(text, s).or_else(|| compound_body(ctx, lex, buf, (s, e))));
                continue;
            }
            // `De Consumentenbond wees op` at the start of a sentence.
            if let Some(body) = compound_body(ctx, lex, buf, (ns, ne)) {
                i = i.max(body.span.end);
                bodies.push(body);
                continue;
            }
            // `Het COA gaf aan` at the start of a sentence.
            if let Some(body) = bare_acronym(ctx, lex, buf, ns) {
                i = i.max(ne);
                bodies.push(body);
                continue;
            }
            if let Some(body) = board_at(ctx, lex, buf, (s, e), (ns, ne)) {
                i = i.max(body.span.end);
                bodies.push(body);
                continue;
            }
        }
        let (sequence, resume) = sequence_at(ctx, lex, buf, pos);
        i = i.max(resume);
        let Some(sequence) = sequence else {
            continue;
        };
        let (Some(&(first, _)), Some(&(_, last_end))) =
            (sequence.tokens.first(), sequence.tokens.last())
        else {
            continue;
        };
        while claimed.get(next_claim).is_some_and(|c| c.end <= first) {
            next_claim += 1;
        }
        if claimed.get(next_claim).is_some_and(|c| c.start < last_end) {
            continue;
        }
        if let Some(evidence) = judge(ctx, lex, buf, &sequence, surnames) {
            pending.push((sequence.tokens, evidence));
        }
    }
    *at = UntitledAt { i, mi, next_claim };
    false
}

/// The nouns that end the name of a board or forum of an institution (`Management Board`,
/// `Advisory Forum`, `Scientific Committee`, a Council's `Working Party on Trade Questions`),
/// after one capitalised word; `resolve.rs` reads a board's noun from its name by them.
pub(super) const BOARD_HEADS: [&str; 6] =
    ["Board", "Committee", "Forum", "Panel", "Group", "Party"];

/// Whether `word` is one of the [`BOARD_HEADS`].
fn is_board_head(word: &str) -> bool {
    // The first byte turns nearly every word away before a comparison.
    matches!(
        word.as_bytes().first(),
        Some(b'B' | b'F' | b'C' | b'P' | b'G')
    ) && BOARD_HEADS.contains(&word)
}

/// The nouns that, after `the` alone, stand for an institution of the gazetteer named before
/// in full (`the European Court of Auditors` … `The Court noted`): `resolve.rs` finds which.
pub(super) const ANAPHOR_HEADS: [&str; 4] = ["Court", "Bank", "Authority", "Office"];

/// `The Board` or `the Committee` with no name or topic, at `pos` (the noun): the board of that
/// noun named last before it, which `resolve.rs` finds; or `the Court`, `the Bank`, one of the
/// [`ANAPHOR_HEADS`]. The article must be `the`, and a word
/// in lower case must follow that joins no topic or owner (`the Committee on Budgets`).
fn bare_board(text: &str, pos: usize) -> Option<BodyHit> {
    let bytes = text.as_bytes();
    let before = bytes.get(pos.checked_sub(4)?..pos)?;
    if !before.eq_ignore_ascii_case(b"the ") || (pos > 4 && bytes[pos - 5].is_ascii_alphanumeric())
    {
        return None;
    }
    let end = pos
        + bytes[pos..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    let head = &text[pos..end];
    if !is_board_head(head) && !ANAPHOR_HEADS.contains(&head) {
        return None;
    }
    let (ns, ne) = next_word(text, end)?;
    let next = &text[ns..ne];
    if !starts_lower(next) || matches!(next, "on" | "for" | "of") {
        return None;
    }
    Some(BodyHit {
        span: Span::new(pos, end),
        name: head.to_string(),
        acronym: None,
        affiliation: None,
    })
}

/// A board or forum of an institution (`Management Board`, `Advisory Forum`), no person,
/// named by the capitalised word `first` and the word `second` after it, or after an article
/// by `second` and the word after it (`The Scientific Committee`).
fn board_at(
    ctx: &Ctx,
    lex: &Lexicon,
    buf: &mut String,
    first: (usize, usize),
    second: (usize, usize),
) -> Option<BodyHit> {
    let text = ctx.text;
    let word = &text[first.0..first.1];
    // `European Agency for Plant Health`: an agency no list knows, named by its field (the
    // report's own agency when it opens the report, see `resolve.rs`).
    if &text[second.0..second.1] == "Agency" {
        let end = topic_end(text, second.1, &["for"]);
        // `for Safety at Sea`, `for Safety of Navigation`: a field's name may hold `at` or
        // `of` before a capitalised word.
        let end = inner_topic_end(text, second.1, end);
        if end == second.1 || lex.flags(word, buf) & FUNCTION != 0 {
            return None;
        }
        return Some(BodyHit {
            span: Span::new(first.0, end),
            name: collapse(&text[first.0..end]),
            acronym: None,
            affiliation: None,
        });
    }
    if ANAPHOR_HEADS.contains(&&text[second.0..second.1]) {
        // `The Court noted`: the institution named before (`bare_board`); `Supreme Court` is
        // no body this scan names.
        return bare_board(text, second.0).filter(|_| lex.flags(word, buf) & FUNCTION != 0);
    }
    let (s, e) = if is_board_head(&text[second.0..second.1]) {
        if lex.flags(word, buf) & FUNCTION != 0 {
            return bare_board(text, second.0);
        }
        (first.0, second.1)
    } else if let Some(head_end) = board_head_after(text, second.1).or_else(|| {
        // `The Member State Committee`: two capitalised words after the article.
        if !matches!(word, "The" | "the") {
            return None;
        }
        let (ts, te) = next_word(text, second.1)?;
        (text[second.1..ts] == *" " && is_capitalised(&text[ts..te]))
            .then(|| board_head_after(text, te))
            .flatten()
    }) {
        // Bytes first: the lexicon is asked only before a board's noun.
        let second_word = &text[second.0..second.1];
        if !is_capitalised(second_word) || lex.flags(second_word, buf) & FUNCTION != 0 {
            return None;
        }
        if lex.flags(word, buf) & ARTICLE == 0 {
            return None;
        }
        (second.0, head_end)
    } else {
        return None;
    };
    // `Scientific Committee on Risk Assessment`: capitalised words after `on` or `for` name it.
    let topic = topic_end(text, e, &["on", "for"]);
    let e = if topic > e {
        listed_topic_end(ctx, topic)
    } else {
        topic
    };
    // `The Management Board of EFSA`: the board of a known organisation, the phrase its
    // mention (two agencies' boards are two actors, see `resolve.rs`).
    let (owner, end) = match owner_after(ctx, e) {
        Some((owner, end)) => (Some(owner), end),
        None => (possessor(ctx, s), e),
    };
    Some(BodyHit {
        span: Span::new(s, end),
        name: collapse(&text[s..e]),
        acronym: None,
        affiliation: owner,
    })
}

/// The end of the capitalised words after one of the linking words `links` right after a
/// board's noun ending at `e` (`on Risk Assessment`, `for Budgets and Finance`), or `e`.
fn topic_end(text: &str, e: usize, links: &[&str]) -> usize {
    let mut end = e;
    if let Some((ls, le)) = next_word(text, e) {
        if links.contains(&&text[ls..le]) && text[e..ls].trim().is_empty() {
            let mut p = le;
            // Five capitalised words at most; `and` and `the` between them do not count
            // (`on Financial Services and the Banking Union`).
            let (mut n, mut words) = (0, 0);
            while let Some((ws, we)) = next_word(text, p) {
                let word = &text[ws..we];
                let linking = matches!(word, "and" | "the") && words > 0;
                if n >= 5
                    || words >= 8
                    || !text[p..ws].trim().is_empty()
                    || !(is_capitalised(word) || linking)
                {
                    break;
                }
                if !linking {
                    end = we;
                    n += 1;
                }
                p = we;
                words += 1;
            }
        }
    }
    end
}

/// The end of a topic that goes on as a list after the comma at `end` (`Working Party on
/// Integration, Migration and Expulsion`): capitalised words, commas, and `and` before the
/// last of them. Without that `and`, or when a known actor is among the words (`the Committee
/// on Budgets, Germany and France`), the comma ends the topic: `end`.
fn listed_topic_end(ctx: &Ctx, end: usize) -> usize {
    let text = ctx.text;
    if !text[end..].starts_with(", ") {
        return end;
    }
    let (mut p, mut last, mut and_seen) = (end + 1, end, false);
    for _ in 0..10 {
        let Some((ws, we)) = next_word(text, p) else {
            break;
        };
        let word = &text[ws..we];
        if word == "and" && !and_seen && last > end {
            and_seen = true;
        } else if is_capitalised(word) && ctx.match_at(ws).is_none() {
            last = we;
        } else {
            break;
        }
        p = we;
        // A comma goes on with the list only before `and` is met.
        if !and_seen && text[p..].starts_with(", ") {
            p += 1;
        }
    }
    if and_seen && last > end && text[..last].rfind(" and ").is_some_and(|a| a > end) {
        last
    } else {
        end
    }
}

/// [`topic_end`]'s `end` of a field's name after the noun ending at `e`, carried on over `at`
/// or `of` and the capitalised words after it (`Safety at Sea`); `end` when no such link
/// follows or `end` is `e`.
fn inner_topic_end(text: &str, e: usize, end: usize) -> usize {
    if end == e {
        return end;
    }
    let Some((ls, le)) = next_word(text, end) else {
        return end;
    };
    if !matches!(&text[ls..le], "at" | "of") || text[end..ls] != *" " {
        return end;
    }
    let after = topic_end(text, end, &["at", "of"]);
    // One capitalised word at least, and not one that opens a new name (`of Europe`, a
    // place, ends it as well as any).
    if after > le {
        after
    } else {
        end
    }
}

/// The known organisation named by `of` (and an article) right after a board's noun ending at
/// `end`, with the end of its name: `of EFSA`, `of the European Food Safety Authority`.
fn owner_after(ctx: &Ctx, end: usize) -> Option<(String, usize)> {
    let rest = ctx.text.get(end..)?;
    let after_of = rest.strip_prefix(" of ")?;
    let at = end
        + 4
        + after_of
            .strip_prefix("the ")
            .map_or(0, |r| after_of.len() - r.len());
    let i = ctx.matches.partition_point(|m| m.start < at);
    let m = ctx.matches.get(i).filter(|m| m.start == at)?;
    (ctx.kind(m) == Some(ActorKind::Organization))
        .then(|| ctx.entry_id(m).map(|id| (id.to_string(), m.end)))
        .flatten()
}

/// Where the board's noun that follows the space at `pos` ends, if one does.
fn board_head_after(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?.strip_prefix(' ')?;
    if !matches!(
        rest.as_bytes().first(),
        Some(b'B' | b'F' | b'C' | b'P' | b'G')
    ) {
        return None;
    }
    let len = rest
        .bytes()
        .take(10)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    (is_board_head(&rest[..len]) && !rest[len..].starts_with(char::is_alphanumeric))
        .then_some(pos + 1 + len)
}

/// A board or committee of a known organisation named in the possessive right before `pos`,
/// with the phrase that names it: `the European Parliament's Committee on Transport`,
/// `Frontex's Board`.
fn possessed_board(ctx: &Ctx, pos: usize) -> Option<BodyHit> {
    let text = ctx.text;
    let (s, e) = word_at(text, pos)?;
    if !is_board_head(&text[s..e]) {
        return None;
    }
    let owner = possessor(ctx, pos)?;
    // `on Transport`, `for Budgets and Finance`, `of Appeal`.
    let end = topic_end(text, e, &["on", "for", "of"]);
    Some(BodyHit {
        span: Span::new(s, end),
        name: collapse(&text[s..end]),
        acronym: None,
        affiliation: Some(owner),
    })
}

/// The organisation whose possessive stands right before `pos`: `Europol's` in `Europol's
/// Management Board`.
fn possessor(ctx: &Ctx, pos: usize) -> Option<String> {
    let before = ctx.text[..pos].trim_end_matches(' ');
    let owner_end = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))?
        .len();
    let i = ctx.matches.partition_point(|m| m.end < owner_end);
    let m = ctx.matches.get(i).filter(|m| m.end == owner_end)?;
    (ctx.kind(m) == Some(ActorKind::Organization))
        .then(|| ctx.entry_id(m).map(str::to_string))
        .flatten()
}

/// Nouns (and the ends of Dutch compounds) that make a name with an acronym an organisation's
/// (`Vereniging`, `Adviesraad`, `Agency`), not a law's or a programme's (`Algemene Verordening
/// Gegevensbescherming (AVG)`, `Common Agricultural Policy (CAP)`).
const ORGANISATION_NOUNS: &[&str] = &[
    "vereniging",
    "association",
    "orgaan",
    "raad",
    "council",
    "board",
    "agency",
    "agentschap",
    "authority",
    "autoriteit",
    "organisation",
    "organization",
    "organisatie",
    "inspectie",
    "inspectorate",
    "dienst",
    "service",
    "bureau",
    "office",
    "centre",
    "center",
    "centrum",
    "institute",
    "instituut",
    "stichting",
    "foundation",
    "federatie",
    "federation",
    "bond",
    "union",
    "netwerk",
    "network",
    "forum",
    "committee",
    "comité",
    "commissie",
    "commission",
    "college",
    "court",
    "bank",
    "fonds",
    "fund",
    "partij",
    "party",
    "platform",
    "ministerie",
    "ministry",
];

/// Adds to `bodies` the organisation that an acronym in brackets at `pos` defines, if it does
/// (its later uses are found with the surnames, in resolve.rs).
fn acronym_here(ctx: &Ctx, pos: usize, bodies: &mut Vec<BodyHit>) {
    if pos > 0 && ctx.text.as_bytes()[pos - 1] == b'(' {
        if let Some((name, acronym)) = acronym_definition(ctx, pos) {
            bodies.push(name);
            bodies.push(acronym);
        }
    }
}

/// An organisation named only by its acronym, as the subject of a speech verb after an article:
/// `Het COA gaf aan`, `Ook de IND wees op`, `The EDPB noted`. Two to six capitals and nothing
/// else; the article and the verb keep headings, `N.B.` and capitals in a title out. Later
/// bare uses are found with the surnames, as for a defined acronym.
fn bare_acronym(ctx: &Ctx, lex: &Lexicon, buf: &mut String, pos: usize) -> Option<BodyHit> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    // Bytes first: most capitals open a word of lower-case letters.
    if !bytes.get(pos + 1).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let len = bytes[pos..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let end = pos + len;
    if !(2..=6).contains(&len) || bytes.get(end) != Some(&b' ') {
        return None;
    }
    let word_start = |at: usize| at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
    // An article in capitals is a surname's particle (`Minister DE VRIES benadrukte`).
    let article = |n: usize, words: &[&[u8]]| {
        pos.checked_sub(n).is_some_and(|at| {
            word_start(at)
                && bytes[at + 1].is_ascii_lowercase()
                && words.iter().any(|w| bytes[at..pos].eq_ignore_ascii_case(w))
        })
    };
    // Without an article, an acronym of three capitals or more that opens a line or a dash's
    // item: `- BEUC riep de ministers op` (two capitals are a country's code, `NL steunde`).
    let opens_item = len >= 3
        && (pos == 0
            || bytes[pos - 1] == b'\n'
            || (pos >= 2
                && bytes[pos - 1] == b' '
                && matches!(bytes[pos - 2], b'-' | b'*')
                && (pos == 2 || bytes[pos - 3] == b'\n')));
    if !opens_item
        && (pos == 0
            || bytes[pos - 1] != b' '
            || !(article(3, &[b"de "]) || article(4, &[b"het ", b"the "])))
    {
        return None;
    }
    // A passive's subject undergoes what the verb says (`Over het MFK werd door de Commissie
    // een presentatie gegeven`, `Het MFK wordt besproken`): the framework was an organisation.
    let passive = ["werd ", "werden ", "wordt ", "worden "]
        .iter()
        .any(|w| text[end + 1..].starts_with(w));
    if passive || !verb_follows(text, lex, buf, end) {
        return None;
    }
    let acronym = text[pos..end].to_string();
    Some(BodyHit {
        span: Span::new(pos, end),
        name: acronym.clone(),
        acronym: Some(acronym),
        affiliation: None,
    })
}

/// The last parts of Dutch compounds that name a body which may speak at a meeting or a
/// hearing beside the ministers (`Consumentenbond`, `Gezondheidsraad`, `toezichthouder`).
const BODY_ENDINGS: [&str; 12] = [
    "bond",
    "raad",
    "organisatie",
    "federatie",
    "vereniging",
    "autoriteit",
    "toezichthouder",
    "inspectie",
    "instituut",
    "koepel",
    "coalitie",
    "platform",
];

/// Whether `word` is a compound that ends in one of [`BODY_ENDINGS`], longer than it.
fn body_ending(word: &str) -> bool {
    // The last byte first: most words end in none of the endings' letters.
    matches!(
        word.as_bytes().last(),
        Some(b'd' | b'e' | b'g' | b't' | b'r' | b'l' | b'm')
    ) && BODY_ENDINGS.iter().any(|end| {
        word.len() > end.len() + 2
            && word.is_char_boundary(word.len() - end.len())
            && word[word.len() - end.len()..].eq_ignore_ascii_case(end)
    })
}

/// Whether `word` is a Dutch article (`de`, `het`, either case).
fn is_article(word: &str) -> bool {
    word.eq_ignore_ascii_case("de") || word.eq_ignore_ascii_case("het")
}

/// Whether a speech verb follows `pos`, or a second subject joined by `en` and then one (`en
/// de Deense consumentenraad wezen op`): at most [`JOINED_SUBJECT_WORDS`] words, no punctuation.
fn speaks_after(text: &str, lex: &Lexicon, buf: &mut String, pos: usize) -> bool {
    if verb_follows(text, lex, buf, pos) {
        return true;
    }
    let Some((s, mut e)) = next_word(text, pos) else {
        return false;
    };
    if &text[s..e] != "en" {
        return false;
    }
    for _ in 0..JOINED_SUBJECT_WORDS {
        let Some((_, ne)) = next_word(text, e) else {
            return false;
        };
        e = ne;
        if verb_follows(text, lex, buf, e) {
            return true;
        }
    }
    false
}

/// How many words a second subject joined by `en` may have (`de Deense consumentenraad`).
const JOINED_SUBJECT_WORDS: usize = 4;

/// A body no list knows, named by a capitalised compound of a body's noun after an article
/// (and perhaps an adjective) and speaking: `De Consumentenbond wees op`, `De Europese
/// Consumentenorganisatie en … wezen op`. `word` is the compound.
fn compound_body(
    ctx: &Ctx,
    lex: &Lexicon,
    buf: &mut String,
    (s, e): (usize, usize),
) -> Option<BodyHit> {
    let text = ctx.text;
    let word = &text[s..e];
    let compound =
        |w: &str| body_ending(w) && starts_upper(w) && w.chars().skip(1).all(char::is_lowercase);
    if !compound(word) {
        // An adjective first (`De Europese Consumentenorganisatie`), the compound after it.
        if !word.ends_with('e') || !starts_upper(word) {
            return None;
        }
        let (ns, ne) = next_word(text, e)?;
        if !compound(&text[ns..ne]) || text[e..ns].contains('\n') {
            return None;
        }
        return compound_body(ctx, lex, buf, (ns, ne));
    }
    let (ps, pe) = prev_word(text, s)?;
    let before = &text[ps..pe];
    let start = if is_article(before) {
        s
    } else if starts_upper(before) && before.ends_with('e') {
        // `de Europese Consumentenorganisatie`, `het Nationale Zorginstituut`.
        let (as_, ae) = prev_word(text, ps)?;
        is_article(&text[as_..ae]).then_some(ps)?
    } else {
        return None;
    };
    if !speaks_after(text, lex, buf, e) {
        return None;
    }
    Some(BodyHit {
        span: Span::new(start, e),
        name: collapse(&text[start..e]),
        acronym: None,
        affiliation: None,
    })
}

/// A country's body named by the country's adjective and a body's noun after an article, and
/// speaking: `De Ierse toezichthouder stelde voor`, `de Deense consumentenraad`. `pos..end` is
/// the adjective's match.
fn adjective_body(
    ctx: &Ctx,
    lex: &Lexicon,
    buf: &mut String,
    pos: usize,
    end: usize,
) -> Option<BodyHit> {
    let text = ctx.text;
    // Bytes first: an adjective in -e, a space and a word after it.
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b' ')
        || end < 2
        || bytes[end - 1] != b'e'
        || !bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
    {
        return None;
    }
    let (ws, we) = word_at(text, end + 1)?;
    let noun = &text[ws..we];
    // `De Ierse toezichthouder`, or a compound that is a body's name (`De Nederlandse
    // Vissersbond`): a capital, then small letters only.
    let named = starts_upper(noun) && noun.chars().skip(1).all(char::is_lowercase);
    if !(body_ending(noun) && (named || !starts_upper(noun))) && !BODY_ENDINGS.contains(&noun) {
        return None;
    }
    let (_, m) = ctx.match_at(pos)?;
    if ctx.kind(m) != Some(ActorKind::Country) || m.end != end {
        return None;
    }
    let country = m.entry.and_then(|e| ctx.gaz.entries.get(e))?;
    let (ps, pe) = prev_word(text, pos)?;
    if !is_article(&text[ps..pe]) || !speaks_after(text, lex, buf, we) {
        return None;
    }
    Some(BodyHit {
        span: Span::new(pos, we),
        name: collapse(&text[pos..we]),
        acronym: None,
        affiliation: Some(country.id.clone()),
    })
}

/// The definition `Name (ACR)` of an organisation by the acronym at `pos`, right after the
/// bracket: the name's mention and the acronym's.
///
/// A definition's name runs back from the bracket over words of the same phrase (an article
/// stops it, unless it follows `van`, `of`, `voor`, `for`), from its first capitalised word;
/// that word starts with the acronym's first letter and some word is an organisation's noun
/// ([`ORGANISATION_NOUNS`]). So `het lid Brouwersma (VVD)` and `de Algemene Verordening
/// Gegevensbescherming (AVG)` define no organisation.
fn acronym_definition(ctx: &Ctx, pos: usize) -> Option<(BodyHit, BodyHit)> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut end = pos;
    let mut capitals = 0;
    while end < bytes.len() && end - pos <= 8 && (bytes[end].is_ascii_alphanumeric()) {
        capitals += usize::from(bytes[end].is_ascii_uppercase());
        end += 1;
    }
    if capitals < 2 || end - pos > 8 {
        return None;
    }
    let acronym = &text[pos..end];
    if bytes.get(end) != Some(&b')') {
        return None;
    }
    let open = pos - 1;
    let before = text[..open].strip_suffix(' ')?;
    // The words of the phrase before the bracket, last first.
    let mut start = None;
    let mut n = 0;
    let mut words = before.rsplit(' ').peekable();
    let mut at = before.len();
    while let Some(word) = words.next() {
        n += 1;
        // A name set in bold or italics opens on the markup (`**European Union Agency …
        // (ERIA)**`): the name starts after it, and nothing before it belongs to it.
        // A name that opens its line (`Intro.` ⏎ `European Union Agency … (ERIA)`): the word
        // after the line break is its first.
        let (word, line_start) = match word.rfind('\n') {
            Some(nl) => (&word[nl + 1..], true),
            None => (word, false),
        };
        let bare = word.trim_start_matches(['*', '_']);
        let marked = line_start || bare.len() < word.len();
        let word_start = at - bare.len();
        let word = bare;
        if n > 8 || word.is_empty() || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            break;
        }
        at = word_start.saturating_sub(1);
        let article = ["de", "het", "the", "een", "a", "an"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word));
        if marked {
            // `The European Agency … (EACS)` opening its paragraph: the article is no part.
            if !article && word.starts_with(|c: char| c.is_uppercase()) {
                start = Some(word_start);
            }
            break;
        }
        if article {
            let linked = words
                .peek()
                .is_some_and(|w| matches!(*w, "van" | "of" | "voor" | "for"));
            if !linked {
                break;
            }
            continue;
        }
        if word.starts_with(|c: char| c.is_uppercase()) {
            start = Some(word_start);
        }
    }
    let start = start?;
    let name = &text[start..open - 1];
    let first = name.chars().next()?;
    if first != char::from(bytes[pos]) {
        return None;
    }
    let organisation = name.split(' ').any(|w| {
        let w = w.to_lowercase();
        ORGANISATION_NOUNS.iter().any(|n| w.ends_with(n))
    });
    // A name the gazetteer knows (`Europese Commissie (EC)`, `Raad van State (RvS)`) is that
    // entry's; one that only holds a known name (`Nationale Raad voor …`) is not.
    // A known name followed by an organisation's noun names a body of its own (`European Union
    // Agency for Rail Interoperability (ERIA)`).
    let own_body = |end: usize| {
        text.get(end..open - 1).is_some_and(|rest| {
            rest.split_whitespace().next().is_some_and(|w| {
                let w = w.to_lowercase();
                ORGANISATION_NOUNS.contains(&w.as_str())
            })
        })
    };
    let known = ctx.match_at(start).is_some_and(|(_, m)| {
        ctx.kind(m).is_some_and(|k| k != ActorKind::Country) && !own_body(m.end)
    });
    let hit = |span| BodyHit {
        span,
        name: collapse(name),
        acronym: Some(acronym.to_string()),
        affiliation: None,
    };
    (organisation && !known).then(|| (hit(Span::new(start, open - 1)), hit(Span::new(pos, end))))
}

/// The names [`untitled_part`] found, but those whose last word the text also writes in lower
/// case, added to `found`.
///
/// Like [`appositive_roles`], not inlined on wasm32 into [`find`], which runs once per text:
/// V8 compiles a function that has run long with its optimising compiler, to no use for one
/// that is not called again, and a smaller one compiles sooner.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn add_untitled(ctx: &Ctx, found: &mut Found, pending: Vec<(Vec<(usize, usize)>, Evidence)>) {
    let text = ctx.text;
    if pending.is_empty() {
        return;
    }
    let common = common_words(text, &pending);
    // Where the titled people start: an apposition that holds one is a list of people.
    let mut titled: Vec<usize> = found.persons.iter().map(|p| p.mention.start).collect();
    titled.sort_unstable();
    let (lex, mut buf) = (lexicon(), String::new());
    for (tokens, evidence) in pending {
        let (Some(&(first, _)), Some(&(last_start, last_end))) = (tokens.first(), tokens.last())
        else {
            continue;
        };
        if checks_common(text, &tokens, &evidence) && common.contains(&text[last_start..last_end]) {
            continue;
        }
        let (end, role, group) = match &evidence {
            // `Roberta Salvini (PPE) as rapporteur`: the member's file names her role, which
            // is hers, not an actor of its own.
            Evidence::Tagged(end, group) => match as_rapporteur(text, *end) {
                Some((role_end, role)) => (role_end, Some(role.to_string()), group.clone()),
                None => (*end, None, group.clone()),
            },
            Evidence::Role(end, role, affiliation) => {
                (*end, Some(role.clone()), affiliation.clone())
            }
            Evidence::Cell(role, country) => (last_end, role.clone(), country.clone()),
            _ => (last_end, None, None),
        };
        let mut hit = PersonHit::new(text, first..end, first, &tokens, role, group);
        hit.alias = collapse(&text[first..last_end]);
        found.persons.push(hit);
        if let Evidence::Apposition(app) = evidence {
            take_apposition(ctx, found, found.persons.len() - 1, app);
        } else if let Some(app) = titled_apposition(ctx, lex, &mut buf, end, &titled) {
            // `Volgens Marloes Brink, directeur Toezicht, was …`: the name was found by
            // other evidence, the title in apposition is still her role.
            take_apposition(ctx, found, found.persons.len() - 1, app);
        }
    }
    found.persons.sort_by_key(|p| p.mention.start);
}

/// ` as rapporteur` (or ` as shadow rapporteur`, ` as co-rapporteur`) right after a member's
/// tag ending at `end`: where it ends, and the role. Not ` as rapporteurs` nor ` as
/// rapporteur's`.
fn as_rapporteur(text: &str, end: usize) -> Option<(usize, &'static str)> {
    let rest = text.get(end..)?.strip_prefix(" as ")?;
    ["shadow rapporteur", "co-rapporteur", "rapporteur"]
        .into_iter()
        .find(|r| {
            rest.starts_with(r)
                && !rest[r.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '\'')
        })
        .map(|r| (end + 4 + r.len(), r))
}

/// The apposition after an untitled name ending at `end` that opens with a title and holds
/// no titled person (`, directeur Toezicht,`, not `, minister Jansen,`): the name's role.
fn titled_apposition(
    ctx: &Ctx,
    lex: &Lexicon,
    buf: &mut String,
    end: usize,
    titled: &[usize],
) -> Option<Apposition> {
    if !ctx.text[end..].starts_with(", ") {
        return None;
    }
    let opener = skip_spaces(ctx.text, end + 1);
    ctx.match_at(opener).filter(|(_, m)| m.title.is_some())?;
    let app = apposition(ctx, lex, buf, end)?;
    let k = titled.partition_point(|&s| s < end);
    let holds_person = titled.get(k).is_some_and(|&s| s < app.end);
    (app.role.is_some() && !holds_person && ctx.text[app.end..].starts_with(',')).then_some(app)
}

/// Whether a name's last word must not be a common noun of the text: not when a titled person
/// has it, nor after a particle or initials, which only names have (`Jan de Groot` when the
/// text says `groot`, `J. Bakker`).
fn checks_common(text: &str, tokens: &[(usize, usize)], evidence: &Evidence) -> bool {
    !matches!(evidence, Evidence::Surname)
        && !tokens.iter().any(|&(s, e)| {
            let word = &text[s..e];
            is_initials(word) || PARTICLES.contains(&word)
        })
}

/// The last words of the pending names that the text also writes in lower case (`Microsoft
/// Teams presented …` when the text speaks of `teams`): common nouns, not surnames. One scan of
/// the text for all of them together, and only when there are names to check.
fn common_words<'t>(
    text: &'t str,
    pending: &[(Vec<(usize, usize)>, Evidence)],
) -> HashSet<&'t str> {
    let mut surnames: Vec<&str> = Vec::new();
    let mut lower: Vec<String> = Vec::new();
    for (tokens, evidence) in pending {
        let Some(&(s, e)) = tokens.last() else {
            continue;
        };
        let surname = &text[s..e];
        if !checks_common(text, tokens, evidence) || surnames.contains(&surname) {
            continue;
        }
        let mut chars = surname.chars();
        let Some(c) = chars.next() else { continue };
        let mut form: String = c.to_lowercase().collect();
        form.push_str(chars.as_str());
        surnames.push(surname);
        lower.push(form);
    }
    let mut common = HashSet::new();
    if lower.is_empty() {
        return common;
    }
    let Ok(automaton) = aho_corasick::AhoCorasick::new(&lower) else {
        return common;
    };
    super::find_by_parts(&automaton, &lower, text, |m| {
        if at_word_boundary(text, m.start(), m.end()) {
            if let Some(surname) = surnames.get(m.pattern().as_usize()) {
                common.insert(*surname);
            }
        }
    });
    common
}

/// Where the next ASCII capital or non-ASCII byte is, from `i` on: eight bytes at a time, since
/// capitals are one byte in fifty of a report. A byte is a capital when, masked to seven bits,
/// adding 0x3F sets its high bit (at least `A`) and adding 0x25 does not (below `[`); neither sum
/// carries into the next byte.
fn next_capital(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    while i + 8 <= bytes.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let w = u64::from_le_bytes(chunk);
        let low = w & !HIGH;
        let at_least_a = low + ONES * (0x80 - b'A' as u64);
        let past_z = low + ONES * (0x80 - b'[' as u64);
        let capital = at_least_a & !past_z & !w & HIGH;
        let mask = capital | (w & HIGH);
        if mask != 0 {
            return Some(i + (mask.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| b.is_ascii_uppercase() || !b.is_ascii())
        .map(|k| i + k)
}

/// Whether a word starts at `pos`: not after a letter, digit, hyphen, apostrophe or stop.
fn starts_word(text: &str, pos: usize) -> bool {
    !text
        .get(..pos)
        .and_then(|t| t.chars().next_back())
        .is_some_and(|b| b.is_alphanumeric() || matches!(b, '-' | '\'' | '’' | '.' | '_'))
}

/// What the bytes say about the ASCII capital at `pos`.
enum Pair {
    /// No name starts here; the scan goes on from the given position.
    No(usize),
    /// A name may start here: read it properly. Holds where the next word starts, if known.
    Maybe(Option<usize>),
}

/// The common cases in bytes, without decoding: a capital inside a word, or a capitalised word
/// followed by punctuation or by a lower-case word that is no particle (`De Raad`, `Ook
/// sprak`), starts no name. Anything unusual (non-ASCII, a stop, a line break) is `Maybe`.
fn ascii_pair(bytes: &[u8], pos: usize) -> Pair {
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'';
    if pos > 0 {
        let prev = bytes[pos - 1];
        if !prev.is_ascii() {
            return Pair::Maybe(None);
        }
        if word_byte(prev) || matches!(prev, b'.' | b'_') {
            // Inside a word (`EU`, `JBZ-Raad`): no capital up to its end starts one.
            let mut end = pos + 1;
            while end < bytes.len() && (word_byte(bytes[end]) || bytes[end] == b'.') {
                end += 1;
            }
            return Pair::No(end);
        }
    }
    // Letters with diacritics are word bytes too (`Oekraïne`); a non-breaking space is not.
    let mut e = pos + 1;
    while e < bytes.len() && (word_byte(bytes[e]) || (!bytes[e].is_ascii() && bytes[e] != 0xC2)) {
        e += 1;
    }
    match bytes.get(e) {
        None => return Pair::No(e),
        Some(b' ') => {}
        // A stop after more than one letter ends the sentence, not initials.
        Some(b'.') if e - pos > 1 => return Pair::No(e),
        Some(&b) if !b.is_ascii() || matches!(b, b'.' | b'\n' | b'\r' | b'\t') => {
            return Pair::Maybe(None)
        }
        Some(_) => return Pair::No(e),
    }
    let start = e + 1;
    match bytes.get(start) {
        Some(b) if b.is_ascii_lowercase() => {
            let mut end = start + 1;
            while end < bytes.len() && bytes[end].is_ascii_lowercase() {
                end += 1;
            }
            let particle = is_particle(&bytes[start..end])
                || (&bytes[start..end] == b"in" && {
                    let rest = &bytes[end..];
                    rest.starts_with(b" 't ") || rest.starts_with(" \u{2019}t ".as_bytes())
                });
            if particle || bytes.get(end).is_some_and(|&b| !b.is_ascii() || b == b'\'') {
                Pair::Maybe(None)
            } else {
                Pair::No(end)
            }
        }
        Some(b'\'') => Pair::Maybe(None),
        Some(b) if b.is_ascii_digit() || b.is_ascii_punctuation() => Pair::No(start),
        _ => Pair::Maybe(Some(start)),
    }
}

/// Why a sequence is a person.
enum Evidence {
    /// A verb or a trigger word.
    Plain,
    /// The surname of a titled person of the text.
    Surname,
    /// A role in apposition, then a verb.
    Apposition(Apposition),
    /// A member's tag in brackets (`Marco Bellini (S&D, IT)`): the end of the bracket, which
    /// the mention takes in, and the group if known.
    Tagged(usize, Option<String>),
    /// A role in brackets (`Nadia Bakker (Executive Director, EUAA)`): the end of the
    /// bracket, which the mention takes in, the role and its affiliation.
    Role(usize, String, Option<String>),
    /// A cell of a Markdown table under a header that names people (`| Name | Role | Member
    /// state |`): the role and the country's id from the cells of its row under such headers.
    Cell(Option<String>, Option<String>),
}

/// Headers of a Markdown table's column of people's names, compared without case.
const NAME_HEADERS: [&str; 12] = [
    "name",
    "names",
    "full name",
    "naam",
    "namen",
    "member",
    "members",
    "lid",
    "leden",
    "alternate",
    "plaatsvervanger",
    "representative",
];

/// The [`NAME_HEADERS`] that say what the people under them are.
const ROLE_NAME_HEADERS: [&str; 5] = [
    "member",
    "lid",
    "alternate",
    "plaatsvervanger",
    "representative",
];

/// Headers of a column of roles (`| Role |`), compared without case.
const ROLE_HEADERS: [&str; 8] = [
    "role", "function", "functie", "rol", "position", "office", "post", "title",
];

/// Headers of a column of countries (`| Member state |`), compared without case.
const COUNTRY_HEADERS: [&str; 7] = [
    "member state",
    "country",
    "lidstaat",
    "land",
    "nationality",
    "nationaliteit",
    "state",
];

/// The most rows above a table cell that are read to find the table's header.
const MAX_TABLE_ROWS: usize = 200;

/// The cells of a Markdown table row (`| a | b |`), trimmed, without the outer pipes.
fn table_cells(row: &str) -> impl Iterator<Item = &str> {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let row = row.strip_suffix('|').unwrap_or(row);
    row.split('|').map(str::trim)
}

/// Whether `row` is a Markdown table's delimiter row (`|---|:--:|`).
fn delimiter_row(row: &str) -> bool {
    row.contains('-') && row.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
}

/// [`Evidence::Cell`] for the name `first..last_end` when it fills a cell of a Markdown table
/// whose header over that cell names people (`Name`, `Member`, `Naam`); the role and the
/// country come from the cells of its row under a role's and a country's header.
fn table_cell_person(ctx: &Ctx, first: usize, last_end: usize) -> Option<Evidence> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..first]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[last_end..]).map_or(text.len(), |i| last_end + i);
    let row = &text[line_start..line_end];
    if !row.starts_with('|') || !text[last_end..line_end].trim_start().starts_with('|') {
        return None;
    }
    let column = bytes[line_start..first]
        .iter()
        .filter(|&&b| b == b'|')
        .count()
        - 1;
    // Up the rows (each a block of its own) to the delimiter row; the header is over it.
    let mut end = line_start;
    let mut delimited = false;
    for _ in 0..MAX_TABLE_ROWS {
        let before = text[..end].trim_end_matches(['\n', ' ', '\r']);
        let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        let line = before[start..].trim();
        if !line.starts_with('|') {
            return None;
        }
        end = start;
        if delimiter_row(line) {
            delimited = true;
            break;
        }
    }
    if !delimited {
        return None;
    }
    let before = text[..end].trim_end_matches(['\n', ' ', '\r']);
    let header_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    let header = before[header_start..].trim();
    if !header.starts_with('|') || delimiter_row(header) {
        return None;
    }
    let is = |cell: &str, list: &[&str]| list.iter().any(|h| h.eq_ignore_ascii_case(cell));
    let headers: Vec<&str> = table_cells(header).collect();
    if !headers.get(column).is_some_and(|h| is(h, &NAME_HEADERS)) {
        return None;
    }
    let cells: Vec<(usize, &str)> = {
        let mut at = line_start;
        let mut out = Vec::new();
        for (k, raw) in row.split('|').enumerate() {
            if k > 0 {
                let lead = raw.len() - raw.trim_start().len();
                out.push((at + lead, raw.trim()));
            }
            at += raw.len() + 1;
        }
        out
    };
    let cell = |list: &[&str]| {
        headers
            .iter()
            .position(|h| is(h, list))
            .and_then(|k| cells.get(k))
            .filter(|(_, c)| !c.is_empty())
    };
    // Without a column of roles, a header that is a role names the people under it
    // (`| Member | Alternate |`).
    let role = cell(&ROLE_HEADERS)
        .filter(|(_, c)| c.split_whitespace().count() <= 6 && c.starts_with(char::is_uppercase))
        .map(|(_, c)| c.to_string())
        .or_else(|| {
            let header = headers[column];
            (!headers.iter().any(|h| is(h, &ROLE_HEADERS)) && is(header, &ROLE_NAME_HEADERS))
                .then(|| header.to_string())
        });
    let country = cell(&COUNTRY_HEADERS).and_then(|&(start, c)| {
        let (_, m) = ctx.match_at(start)?;
        (ctx.kind(m) == Some(ActorKind::Country) && m.end == start + c.len())
            .then(|| ctx.entry_id(m).map(str::to_string))
            .flatten()
    });
    Some(Evidence::Cell(role, country))
}

/// Whether the name starting at `first` is a wiki's mention of a user: an `@` right before it,
/// at the start of a line or after a space or an opening bracket.
fn mentioned_user(bytes: &[u8], first: usize) -> bool {
    first > 0
        && bytes[first - 1] == b'@'
        && (first == 1 || matches!(bytes[first - 2], b' ' | b'\n' | b'\t' | b'(' | b'|'))
}

/// Whether the name `sequence` is a person's, by the words around it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn judge(
    ctx: &Ctx,
    lex: &Lexicon,
    buf: &mut String,
    sequence: &Sequence,
    surnames: &HashSet<String>,
) -> Option<Evidence> {
    let text = ctx.text;
    let &(first, _) = sequence.tokens.first()?;
    let &(last_start, last_end) = sequence.tokens.last()?;
    let before = sequence.lead.or_else(|| prev_word(text, first));
    let mut before_flags = before.map_or(0, |(s, e)| lex.flags(&text[s..e], buf));
    if let Some((s, e)) = before {
        if let Some((ps, pe)) = prev_word(text, s) {
            let pair = lex.pair_flags(&text[ps..pe], &text[s..e]);
            if pair != 0 {
                before_flags = pair;
            }
        }
    }
    if before_flags & (ARTICLE | PLACE) != 0 && before_flags & TRIGGER == 0 {
        return None;
    }
    // `Aanwezig: J. de Boer (voorzitter), P. Janssen`: the items of a minutes' attendance line
    // are the people at the meeting, a series though they are.
    if attendance_item(text, first) || office_item(text, first) {
        // `Speakers: Nadia Bakker (Executive Director, EUAA), Joan Ferrer`: her office too.
        let role = (sequence.tokens.len() >= 2
            && matches!(text.as_bytes().get(last_end..), Some([b' ', b'(', ..])))
        .then(|| role_tag(ctx, last_end))
        .flatten();
        return Some(role.map_or(Evidence::Plain, |(end, role, affiliation)| {
            Evidence::Role(end, role, affiliation)
        }));
    }
    // `| Rasa Petrauskienė | Member | Lithuania |` under `| Name | Role | Member state |`.
    if text.as_bytes()[..first].ends_with(b"| ") {
        if let Some(evidence) = table_cell_person(ctx, first, last_end) {
            return Some(evidence);
        }
    }
    // `- Jan De Smet (Belgium), Deputy Chair`: a list item that holds a name of two words or
    // more with a country in brackets and at most a short office after it lists a member of a
    // board or a delegation.
    if sequence.tokens.len() >= 2 && opens_list_item(text, first) {
        if let Some((end, country)) = country_tag(ctx, last_end) {
            match office_after(text, end) {
                Some(Some((office_end, office))) => {
                    return Some(Evidence::Role(
                        office_end,
                        office.to_string(),
                        Some(country),
                    ))
                }
                Some(None) => return Some(Evidence::Tagged(end, Some(country))),
                None => {}
            }
        }
    }
    // `Created by @Lotte Vermeulen`, `| Owner | @Lotte Vermeulen |`: a wiki's mention of a user
    // (Confluence, Notion, Teams) names a person, verb or none; an e-mail address's `@` has a
    // word right before it.
    if sequence.tokens.len() >= 2 && mentioned_user(text.as_bytes(), first) {
        return Some(Evidence::Plain);
    }
    if let Some(joint) = before.filter(|_| sequence.lead.is_none()) {
        if in_series(text, lex, buf, joint, true) {
            return None;
        }
    }
    let after = next_word(text, last_end);
    // A member's tag right after the name (`Elena Vasquez (S&D)      PR - PE779.870v02-00`
    // under `Rapporteur:`) sets it off from the capitalised words after it.
    let tag_follows = || {
        matches!(text.as_bytes().get(last_end..), Some([b' ', b'(', ..]))
            && member_tag(ctx, last_end).is_some()
    };
    if let Some(joint) = after {
        if in_series(text, lex, buf, joint, false) && !tag_follows() {
            return None;
        }
    }
    let mut evidence = None;
    let introduced = before_flags & (VERB | TRIGGER) != 0
        && before.is_some_and(|(s, e)| starts_lower(&text[s..e]) || sequence.lead.is_some());
    // `Tijdens Prinsjesdag Nota meldde de regering`: after a preposition the name is its
    // object, and the verb's subject comes after the verb.
    let object = before_flags & PREPOSITION != 0 && before_flags & TRIGGER == 0;
    if introduced || !object && verb_follows(text, lex, buf, last_end) {
        // `said Tomasz Siemoniak, Polish Minister of the Interior.`: the role in apposition
        // after a speaker the verb introduced is the speaker's.
        let role = (introduced && text[last_end..].starts_with(','))
            .then(|| apposition(ctx, lex, buf, last_end))
            .flatten()
            .filter(|a| a.role.is_some() && a.role_like);
        evidence = Some(role.map_or(Evidence::Plain, Evidence::Apposition));
    } else if text[last_end..].starts_with(',') {
        if let Some(app) = apposition(ctx, lex, buf, last_end).filter(|a| a.verb_after) {
            evidence = Some(if app.role.is_some() {
                Evidence::Apposition(app)
            } else {
                Evidence::Plain
            });
        }
    }
    // `Nadia Bakker (Executive Director, EUAA) presented`: a name of two words or more with
    // an office in brackets is the holder of that office, verb or none (a list of participants).
    if matches!(evidence, None | Some(Evidence::Plain))
        && sequence.tokens.len() >= 2
        && matches!(text.as_bytes().get(last_end..), Some([b' ', b'(', ..]))
    {
        if let Some((end, role, affiliation)) = role_tag(ctx, last_end) {
            evidence = Some(Evidence::Role(end, role, affiliation));
        }
    }
    // A member's tag before the surname of a titled person: `Thomas Weber (ECR, DE) said` keeps
    // its bracket and group when `Mr Weber` comes later.
    if evidence.is_none() && matches!(text.as_bytes().get(last_end..), Some([b' ', b'(', ..])) {
        evidence = member_tag(ctx, last_end).map(|(end, group)| Evidence::Tagged(end, group));
    }
    // `Patrick Breyer of the Greens/EFA group criticised`: a member named with his group, then
    // a verb.
    if evidence.is_none() && sequence.tokens.len() >= 2 {
        evidence = group_phrase(ctx, last_end)
            .filter(|&(end, _)| verb_follows(text, lex, buf, end))
            .map(|(end, group)| Evidence::Tagged(end, Some(group)));
    }
    // `Sofia Andrade (Portugal) spoke`: a name of two words or more with a country in brackets,
    // then a verb, is a delegate speaking for that country.
    if evidence.is_none() && sequence.tokens.len() >= 2 {
        evidence = country_tag(ctx, last_end)
            .filter(|&(end, _)| verb_follows(text, lex, buf, end))
            .map(|(end, country)| Evidence::Tagged(end, Some(country)));
    }
    // `The European Ombudsman, Teresa Anjinho, recalled`: a name in apposition to a body or an
    // office the gazetteer knows, then a verb.
    if evidence.is_none()
        && text[last_end..].starts_with(',')
        && apposed_to_known(ctx, first)
        && verb_follows(text, lex, buf, last_end + 1)
    {
        evidence = Some(Evidence::Plain);
    }
    // `under the chairmanship of Andreas Charalambides, Cypriot Minister of Finance.`: a name
    // of two words or more with a country's minister in apposition, verb or none.
    if evidence.is_none() && sequence.tokens.len() >= 2 && text[last_end..].starts_with(',') {
        evidence = apposition(ctx, lex, buf, last_end)
            .filter(|a| a.national_title && a.role_like && a.role.is_some())
            .map(Evidence::Apposition);
    }
    if evidence.is_none() && surnames.contains(&fold(&text[last_start..last_end])) {
        evidence = Some(Evidence::Surname);
    }
    // A member's tag before a column (`Elena Vasquez (S&D)      PR - PE779.870v02-00`) makes
    // the line a row of a table, not a heading.
    let row = matches!(evidence, Some(Evidence::Tagged(end, _) | Evidence::Role(end, ..)) if cell_gap_after(text, end));
    if evidence.is_some() && !row && in_heading(text, first) {
        return None;
    }
    evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`word_at`] as it was, by characters and without the shortcut for plain words: the
    /// reference for the byte version.
    fn word_at_reference(text: &str, pos: usize) -> Option<(usize, usize)> {
        let rest = text.get(pos..)?;
        let len: usize = rest
            .chars()
            .take_while(|&c| is_token_char(c))
            .map(char::len_utf8)
            .sum();
        trimmed_word(text, pos, pos + len)
    }

    /// [`next_capital`] by bytes, one at a time.
    fn next_capital_reference(bytes: &[u8], i: usize) -> Option<usize> {
        (i..bytes.len()).find(|&k| bytes[k].is_ascii_uppercase() || !bytes[k].is_ascii())
    }

    /// The people found with the byte prefilter and without it.
    fn prefilter_agrees(text: &str) {
        let gaz = super::super::gazetteer::builtin().expect("builtin");
        let matches = gaz.scan(text);
        let spans = |found: Found| -> Vec<(Span, Option<String>)> {
            found
                .persons
                .into_iter()
                .map(|p| (p.mention, p.role))
                .collect()
        };
        assert_eq!(
            spans(find_with::<true>(text, &matches, gaz, None)),
            spans(find_with::<false>(text, &matches, gaz, None)),
            "{text:?}"
        );
    }

    const FIXTURES: [&str; 4] = [
        include_str!("../../tests/fixtures/kamerbrief-nl.txt"),
        include_str!("../../tests/fixtures/council-outcome-en.txt"),
        include_str!("../../tests/fixtures/commissiedebat-nl.txt"),
        include_str!("../../tests/fixtures/markdown-jaarverslag-2023.md"),
    ];

    #[test]
    fn the_prefilter_loses_no_person_in_the_fixtures() {
        for text in FIXTURES {
            prefilter_agrees(text);
        }
        prefilter_agrees(
            "Radoš Šelmovič lichtte toe. Ook sprak Jan-Peter van der Berg. K.L. Vermaat \
             benadrukte. Volgens Sara Díaz\nRomero is dat zo. Anna\u{a0}Smit stelde. \
             Jan 't Hooft zei het. Dr. Anna Schmidt, director of the institute, said it.",
        );
    }

    /// What a search finds, to compare: people with their roles, bodies, roles.
    fn summary(found: &Found) -> String {
        format!(
            "{:?}\n{:?}\n{:?}",
            found
                .persons
                .iter()
                .map(|p| (p.mention, &p.role, &p.affiliation))
                .collect::<Vec<_>>(),
            found
                .bodies
                .iter()
                .map(|b| (b.span, &b.name))
                .collect::<Vec<_>>(),
            found.roles.iter().map(|r| r.span).collect::<Vec<_>>()
        )
    }

    #[test]
    fn the_untitled_scan_in_halves_finds_what_one_scan_finds() {
        let gaz = super::super::gazetteer::builtin().expect("builtin");
        // Halves that meet at every byte: in a paragraph break, in a word, in a name
        // (`Jan-Peter van der Berg`), where the halves must give way to one scan.
        let text = "Radoš Šelmovič lichtte toe. Ook sprak Jan-Peter van der Berg.\n\n\
                    K.L. Vermaat benadrukte. Volgens Sara Díaz Romero is dat zo. Het COA gaf \
                    aan. The Management Board met. Anna\u{a0}Smit stelde.";
        let matches = gaz.scan(text);
        let found = find_with::<true>(text, &matches, gaz, None);
        let names: Vec<&str> = found
            .persons
            .iter()
            .map(|p| &text[p.mention.start..p.mention.end])
            .collect();
        assert!(names.contains(&"Sara Díaz Romero"), "{names:?}");
        let one = summary(&found);
        for cut in 0..=text.len() {
            let two = summary(&find_with::<true>(text, &matches, gaz, Some(cut)));
            assert_eq!(one, two, "cut at {cut}");
        }
        // And in the fixtures, at a paragraph break past the middle.
        for fixture in FIXTURES {
            let matches = gaz.scan(fixture);
            let middle = fixture.len() / 2;
            let cut = middle + fixture[middle..].find("\n\n").expect("a break") + 2;
            assert_eq!(
                summary(&find_with::<true>(fixture, &matches, gaz, None)),
                summary(&find_with::<true>(fixture, &matches, gaz, Some(cut)))
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn the_prefilter_loses_no_person(picks in proptest::collection::vec(0usize..10_000, 0..60)) {
            // Words of the fixtures in random order: names, verbs, particles and punctuation
            // meet in ways the fixtures never put them.
            let words: Vec<&str> = FIXTURES.iter().flat_map(|f| f.split(' ')).collect();
            let text: Vec<&str> = picks.iter().map(|&k| words[k % words.len()]).collect();
            prefilter_agrees(&text.join(" "));
        }

        #[test]
        fn byte_scans_agree_with_their_references(
            text in "[a-zA-Z0-9 .,'’\\-ŠšéÉ@\\[\u{a0}\n]{0,60}|\\PC{0,40}"
        ) {
            for pos in 0..=text.len() {
                prop_assert_eq!(word_at(&text, pos), word_at_reference(&text, pos), "{:?} at {}", text, pos);
                prop_assert_eq!(
                    next_capital(text.as_bytes(), pos),
                    next_capital_reference(text.as_bytes(), pos)
                );
            }
        }
    }

    #[test]
    fn particles_as_bytes_are_the_particles() {
        for p in PARTICLES {
            assert!(is_particle(p.as_bytes()), "{p}");
        }
        for w in ["vans", "d", "", "Van", "het"] {
            assert!(!is_particle(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn words_and_initials() {
        assert!(is_initials("J.W."));
        assert!(is_initials("J."));
        assert!(!is_initials("Jan."));
        assert!(is_capitalised("López"));
        assert!(is_capitalised("Šelmovič"));
        assert!(!is_capitalised("EU"));
        assert_eq!(word_at("Holmberg. De", 0), Some((0, 8)));
        assert_eq!(word_at("J.W. van", 0), Some((0, 4)));
        assert_eq!(word_at(", x", 0), None);
    }
}
