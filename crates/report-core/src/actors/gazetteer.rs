//! The built-in gazetteer (data files in `data/gazetteer/`) and the scan that finds its names
//! in a text.
//!
//! All names of all entries and all person titles go into one trie (ASCII case folded), walked
//! from each word start for the longest name there, so one pass over the text finds every
//! candidate. Each candidate is then checked for word boundaries and for case (see
//! [`case_ok`]); the trie folds case so that `Europees parlement` and `Europees Parlement` are
//! one pattern.

use super::first_words::FirstWords;
use super::trie::{Trie, ASCII_WORD};
#[cfg(test)]
use super::words::WordMap;
use super::words::{ascii_eight, char_class, word_at, word_before, word_end};
use super::{ActorList, Lang};
use crate::model::ActorKind;
use aho_corasick::{AhoCorasick, Input, MatchKind};
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/gazetteer/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/gazetteer/organizations.tsv");
const COLLECTIVES: &str = include_str!("../../data/gazetteer/collectives.tsv");
const ROLES: &str = include_str!("../../data/gazetteer/roles.tsv");
const TITLES: &str = include_str!("../../data/gazetteer/titles.tsv");
const NOT_ACTORS: &str = include_str!("../../data/gazetteer/not_actors.tsv");

/// One actor of the gazetteer.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Stable id, e.g. `country:cz`.
    pub id: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// Dutch name.
    pub name_nl: String,
    /// English name.
    pub name_en: String,
    /// Id of the entry this one belongs to.
    pub affiliation: Option<String>,
    /// A role, for entries from a user's list.
    pub role: Option<String>,
    /// A member state's two-letter code (`DE`), a name only where codes are listed or one
    /// speaks (`DE and AT expressed concerns`, `NL supported`): see [`code_in_context`].
    pub code: Option<String>,
}

impl Entry {
    /// The name in `lang`, falling back to the other language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.name_en.is_empty() => &self.name_en,
            _ if !self.name_nl.is_empty() => &self.name_nl,
            _ => &self.name_en,
        }
    }
}

/// A word that introduces a person: `Minister`, `Commissaris`, `Dhr.`.
#[derive(Clone, Debug, Default)]
pub struct Title {
    /// Only meaningful before a name (`Dhr.`, `Mr.`); not a role.
    pub honorific: bool,
    /// Several people (`Ministers`): never one person.
    pub plural: bool,
    /// The affiliation the title implies.
    pub affiliation: Option<String>,
    /// The affiliation of the title with a role phrase when nothing else gives one: a Dutch
    /// `Minister van Landbouw` is the Netherlands'.
    pub home: Option<String>,
    /// A title only before a name (`het lid Jansen`); alone it is nothing.
    pub named: bool,
    /// A title only with its role phrase (`Member of the Executive Board`), never right before
    /// a name: `Member State Committee` names no one.
    pub phrased: bool,
}

/// What a pattern means; one pattern can be both an alias and a title (`voorzitter`), or
/// neither: a phrase that names no actor (`Latin American`) but keeps a shorter alias inside it
/// (`American`) from matching.
#[derive(Clone, Debug)]
struct Variant {
    pattern: String,
    entry: Option<(usize, Lang)>,
    title: Option<usize>,
}

/// A name as placed in the gazetteer: the name, the entry it names, the title it is.
type Placed<'a> = (&'a str, Option<(usize, Lang)>, Option<usize>);

/// A checked match of the gazetteer in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazMatch {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The entry named, if the pattern is an alias.
    pub entry: Option<usize>,
    /// The title, if the pattern is a title.
    pub title: Option<usize>,
    /// Language of the alias.
    pub lang: Lang,
}

impl GazMatch {
    /// Pushes the match to `out` unless it names nothing (a phrase of `not_actors.tsv`), which
    /// the scan still steps over as it would over a name.
    fn push_named(self, out: &mut Vec<GazMatch>) {
        if self.entry.is_some() || self.title.is_some() {
            out.push(self);
        }
    }
}

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    /// The actors.
    pub entries: Vec<Entry>,
    /// The titles.
    pub titles: Vec<Title>,
    /// The patterns, walked only from word starts (see [`Gazetteer::scan`]).
    trie: Trie,
    /// The first words of the patterns: the scan walks the trie only from these.
    first_words: FirstWords,
    /// The unanchored automaton, only for a user's list with a name that starts with a
    /// non-word character (`(EBCG)`): such a name can start where no word does.
    automaton: Option<AhoCorasick>,
    /// Variants of each automaton pattern (patterns are distinct when ASCII-lowercased).
    variants: Vec<Vec<Variant>>,
    /// The member state of each two-capital code (`DE`), by [`code_key`]. Kept out of the
    /// trie, whose first words are matched without case: `de`, `it` and `at` would send a
    /// third of a Dutch text's words into it.
    codes: Vec<(u16, usize)>,
}

/// The built-in gazetteer, compiled once.
pub fn builtin() -> Option<&'static Gazetteer> {
    static BUILTIN: OnceLock<Option<Gazetteer>> = OnceLock::new();
    BUILTIN.get_or_init(|| Gazetteer::new(None)).as_ref()
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "country" => ActorKind::Country,
        "organization" => ActorKind::Organization,
        "collective" => ActorKind::Collective,
        "role" => ActorKind::Role,
        "person" => ActorKind::Person,
        _ => return None,
    })
}

/// The first `N` tab-separated columns of `line`; missing ones are empty.
fn columns<const N: usize>(line: &str) -> [&str; N] {
    let mut cols = [""; N];
    for (col, field) in cols.iter_mut().zip(line.split('\t')) {
        *col = field;
    }
    cols
}

fn list(field: Option<&str>) -> impl Iterator<Item = &str> {
    field
        .filter(|f| *f != "-")
        .into_iter()
        .flat_map(|f| f.split('|'))
        .map(str::trim)
        .filter(|a| !a.is_empty())
}

impl Gazetteer {
    /// Compiles the built-in data, extended or overridden by a user's list. `None` only if the
    /// automaton cannot be built (it can always be built from our data; the user's list is
    /// bounded by what fits in memory).
    pub fn new(user: Option<&ActorList>) -> Option<Gazetteer> {
        // The names are borrowed from the data and the user's list until the end: the set-up
        // runs on the first call of every page, and an allocation per name was a third of it.
        let mut entries: Vec<Entry> = Vec::new();
        let mut aliases: Vec<(&str, usize, Lang)> = Vec::new();
        read_entries(&mut entries, &mut aliases);
        if let Some(user) = user {
            for u in &user.actors {
                let lang = Lang::Unknown;
                let index = match entries.iter().position(|e| e.id == u.id) {
                    Some(i) => {
                        let e = &mut entries[i];
                        e.kind = u.kind;
                        e.name_nl = u.name.clone();
                        e.name_en = u.name.clone();
                        if u.affiliation.is_some() {
                            e.affiliation = u.affiliation.clone();
                        }
                        if u.role.is_some() {
                            e.role = u.role.clone();
                        }
                        i
                    }
                    None => {
                        entries.push(Entry {
                            id: u.id.clone(),
                            kind: u.kind,
                            name_nl: u.name.clone(),
                            name_en: u.name.clone(),
                            affiliation: u.affiliation.clone(),
                            role: u.role.clone(),
                            code: None,
                        });
                        entries.len() - 1
                    }
                };
                for alias in std::iter::once(&u.name).chain(&u.aliases) {
                    let alias = alias.trim();
                    if !alias.is_empty() {
                        // Pushed last, so a user's alias wins over a built-in one (below).
                        aliases.push((alias, index, lang));
                    }
                }
            }
        }
        let (titles, title_forms) = read_titles();
        let not_actors = read_not_actors();

        let placed: Vec<Placed<'_>> = aliases
            .iter()
            .map(|&(alias, index, lang)| (alias, Some((index, lang)), None))
            .chain(title_forms.iter().map(|&(form, t)| (form, None, Some(t))))
            .chain(not_actors.iter().map(|&form| (form, None, None)))
            .collect();
        let (patterns, variants) = group(&placed);
        let trie = Trie::new(&patterns);
        let first_words = FirstWords::new(&patterns);
        let odd_start = patterns
            .iter()
            .any(|p| !p.chars().next().is_some_and(is_word_char));
        let automaton = if odd_start {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .build(&patterns)
                    .ok()?,
            )
        } else {
            None
        };
        let mut codes: Vec<(u16, usize)> = entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((code_key(e.code.as_deref()?.as_bytes())?, i)))
            .collect();
        codes.sort_unstable();
        Some(Gazetteer {
            entries,
            titles,
            trie,
            first_words,
            automaton,
            variants,
            codes,
        })
    }

    /// The id of the member state whose code is `code` (`CZ`, Greece `EL`), anywhere.
    pub(super) fn member_code(&self, code: &[u8]) -> Option<&str> {
        let key = code_key(code)?;
        let k = self.codes.binary_search_by_key(&key, |&(c, _)| c).ok()?;
        self.entries.get(self.codes[k].1).map(|e| e.id.as_str())
    }

    /// The member state whose code stands at `start` (two capitals that make a word), where
    /// the text uses it as a name ([`code_in_context`]).
    fn code_at(&self, text: &str, start: usize) -> Option<GazMatch> {
        let key = code_key(text.as_bytes().get(start..start + 2)?)?;
        let k = self.codes.binary_search_by_key(&key, |&(c, _)| c).ok()?;
        code_in_context(text, start, start + 2).then(|| GazMatch {
            start,
            end: start + 2,
            entry: Some(self.codes[k].1),
            title: None,
            // A code is no language's: the report's own names the member state.
            lang: Lang::Both,
        })
    }

    /// The accepted variant of the match `start..end` of `pattern`, if it is one; the caller
    /// has checked the word boundaries.
    fn accept(&self, text: &str, start: usize, end: usize, pattern: usize) -> Option<GazMatch> {
        let found = text.get(start..end)?;
        let variants = self.variants.get(pattern)?;
        let v = variants
            .iter()
            .find(|v| case_ok(&v.pattern, found))
            .or_else(|| {
                // `…, others oppose it`: a capitalised name of a group (`Others`) in lower case
                // after a clause break, where it opens a clause as a sentence's first word
                // does. Elsewhere (`among others`) it names no one.
                (found == "others" && clause_opens_before(&text[..start]))
                    .then(|| variants.iter().find(|v| v.pattern == "Others"))
                    .flatten()
            })?;
        if let Some((entry, lang)) = v.entry {
            if self.heads_another_name(text, end, entry, lang, found) {
                return None;
            }
            // `de Autoriteit Consument en Markt`: the head of a name, not the report's own
            // authority; the scan goes on at `Autoriteit`. So is `de Inspectie` of `de
            // Inspectie van het Onderwijs`, a longer name of the gazetteer's.
            if self
                .entries
                .get(entry)
                .is_some_and(|e| e.id == "self:agency")
                && ((lang == Lang::Nl
                    && text[end..].starts_with(' ')
                    && text[end + 1..].starts_with(|c: char| c.is_uppercase()))
                    || self.noun_opens_longer_name(text, start, end))
            {
                return None;
            }
        }
        // A title that stands only with its role phrase (`Member of the Executive Board`) is
        // no title before anything else (`Member State Committee`).
        if v.title.is_some_and(|t| self.titles[t].phrased)
            && ![" of ", " for "]
                .iter()
                .any(|p| text.as_bytes()[end..].starts_with(p.as_bytes()))
        {
            return None;
        }
        Some(GazMatch {
            start,
            end,
            entry: v.entry.map(|e| e.0),
            title: v.title,
            lang: v.entry.map(|e| e.1).unwrap_or(Lang::Unknown),
        })
    }

    /// Whether the noun of an article's name `start..end` (`Inspectie` of `de Inspectie`)
    /// opens a longer name of the gazetteer that ends where a word does.
    fn noun_opens_longer_name(&self, text: &str, start: usize, end: usize) -> bool {
        let Some(space) = text[start..end].find(' ') else {
            return false;
        };
        let noun = start + space + 1;
        self.trie
            .longest_at(text.as_bytes(), noun)
            .is_some_and(|(longer, _)| {
                longer > end && !text[longer..].starts_with(|c: char| c.is_alphanumeric())
            })
    }

    /// Whether the one-word name of an organisation `found`, ending at `end`, is only the head
    /// of another body's name: `Raad van Advies`, `Raad van Bestuur van Frontex`, `Council for
    /// Trade in Goods` name no Council of the EU. A capitalised word after `van`/`voor` (`of`/
    /// `for` in English), an article allowed between, makes it one, unless that word starts a
    /// country or body of the gazetteer (`Frontex of Europol` in a Dutch text, `the Commission
    /// of the European Union`) or the whole is a form of the entry's own (`Raad voor Algemene
    /// Zaken` as `Raad Algemene Zaken`). A date or a small word after it (`de Raad van 12
    /// juni`, `de Commissie voor de zomer`) leaves the name alone.
    fn heads_another_name(
        &self,
        text: &str,
        end: usize,
        entry: usize,
        lang: Lang,
        found: &str,
    ) -> bool {
        if self.entries.get(entry).map(|e| e.kind) != Some(ActorKind::Organization)
            || !found.starts_with(|c: char| c.is_uppercase())
            || !found.chars().skip(1).all(char::is_lowercase)
        {
            return false;
        }
        let Some(rest) = text.get(end..) else {
            return false;
        };
        let (joins, articles): (&[&str], &[&str]) = match lang {
            Lang::Nl => (&[" van ", " voor "], &["de ", "het ", "der "]),
            Lang::En => (&[" of ", " for "], &["the "]),
            Lang::Both => (
                &[" van ", " voor ", " of ", " for "],
                &["de ", "het ", "der ", "the "],
            ),
            Lang::Unknown => return false,
        };
        let Some(after) = joins.iter().find_map(|j| rest.strip_prefix(j)) else {
            return false;
        };
        let after = articles
            .iter()
            .find_map(|a| after.strip_prefix(a))
            .unwrap_or(after);
        if !after.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let at = text.len() - after.len();
        let names_body = |pattern: usize| {
            self.variants.get(pattern).is_some_and(|vs| {
                vs.iter().any(|v| {
                    v.entry
                        .and_then(|e| self.entries.get(e.0))
                        .is_some_and(|e| {
                            matches!(e.kind, ActorKind::Country | ActorKind::Organization)
                        })
                })
            })
        };
        if self
            .trie
            .longest_at(text.as_bytes(), at)
            .is_some_and(|(_, pattern)| names_body(pattern))
        {
            return false;
        }
        // `Raad voor Algemene Zaken` is the Council when `Raad Algemene Zaken` is.
        let words = after
            .split(['\n', ',', '.', ';', '('])
            .next()
            .unwrap_or(after);
        let own = format!("{found} {}", &words[..crate::floor_boundary(words, 60)]);
        let own_form = self
            .trie
            .longest_at(own.as_bytes(), 0)
            .filter(|&(len, _)| len > found.len() + 1)
            .and_then(|(_, pattern)| self.variants.get(pattern))
            .is_some_and(|vs| vs.iter().any(|v| v.entry.map(|e| e.0) == Some(entry)));
        !own_form
    }

    /// Every checked match in `text`, in order, not overlapping.
    ///
    /// A name can only be accepted where a word starts, so the trie is walked only from there,
    /// and only from a word that is the first word of some pattern ([`FirstWords`]): one pass
    /// over the bytes finds each word, a hash look-up rejects the ordinary ones (most words of
    /// a report), and the trie is walked from the rest. A word that starts no pattern's first
    /// word can only give a match that ends inside it, which the boundary check would reject
    /// anyway. At each word start the longest name is taken and checked; a rejected one is not
    /// replaced by a shorter name at the same start, and scanning resumes after the rejected
    /// match or, if it holds a space or hyphen, after that (`EU-LISA` rejected for its case
    /// still holds `LISA`): the rules of a leftmost-longest pass over the text.
    pub fn scan(&self, text: &str) -> Vec<GazMatch> {
        if self.automaton.is_some() {
            return self.scan_unanchored(text);
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            i = self.scan_part(text, i, i.saturating_add(SCAN_PART), &mut out);
        }
        out
    }

    /// [`Gazetteer::scan`] from `i`, which no word straddles, until a word start at or past
    /// `stop`; returns where the scan goes on (the text's length at its end).
    ///
    /// The scan is cut into parts for WebAssembly: V8 swaps in optimised code for a function
    /// only when it is called again, so one call over a whole 10 MB text ran in the slow
    /// baseline code throughout on a page's first analysis.
    #[inline(never)]
    fn scan_part(&self, text: &str, mut i: usize, stop: usize, out: &mut Vec<GazMatch>) -> usize {
        let bytes = text.as_bytes();
        'words: loop {
            if i >= stop {
                return i;
            }
            // The next word start; the character before `i` is never a word character.
            let start = loop {
                let Some(&b) = bytes.get(i) else {
                    break 'words;
                };
                if b < 0x80 {
                    if ASCII_WORD[usize::from(b)] {
                        break i;
                    }
                    i += 1;
                } else {
                    let (len, word) = char_class(text, i);
                    if word {
                        break i;
                    }
                    i += len;
                }
            };
            let end_of_word = match ascii_eight(bytes, start) {
                // The common case: a word of up to seven ASCII bytes, read off one load.
                Some((x, words)) if words != u8::MAX => {
                    let len = words.trailing_ones() as usize;
                    // Two capitals: perhaps a member state's code (`DE and AT`).
                    if len == 2 && x as u16 & 0x2020 == 0 {
                        if let Some(found) = self.code_at(text, start) {
                            out.push(found);
                            i = start + 2;
                            continue;
                        }
                    }
                    // All `len` bytes are ASCII letters and digits, whose lower case is
                    // their bits with 0x20 set (digits have it already).
                    let head = (x | CASE_BITS) & ((1u64 << (8 * len)) - 1);
                    if !self.first_words.contains_head(head, len) {
                        // The next word start, if it is among the eight bytes; else they end
                        // in non-word bytes and the search goes on after them.
                        let rest = words & (u8::MAX << len);
                        i = start
                            + if rest == 0 {
                                8
                            } else {
                                rest.trailing_zeros() as usize
                            };
                        continue;
                    }
                    start + len
                }
                // A word of eight ASCII bytes or more: the eight are its head.
                Some((x, _)) => {
                    let end = word_end(text, start + 8);
                    if !self
                        .first_words
                        .contains_with_head(x | CASE_BITS, bytes, start, end)
                    {
                        i = end;
                        continue;
                    }
                    end
                }
                _ => {
                    let end = word_end(text, start);
                    // A code near the text's end or before a non-ASCII letter (`HU, SK` last
                    // in a text), which the eight-byte read above does not see.
                    if end == start + 2 && bytes[start..end].iter().all(u8::is_ascii_uppercase) {
                        if let Some(found) = self.code_at(text, start) {
                            out.push(found);
                            i = end;
                            continue;
                        }
                    }
                    if !self.first_words.contains(bytes, start, end) {
                        i = end;
                        continue;
                    }
                    end
                }
            };
            i = self.longest_from(text, start, end_of_word, out);
        }
        text.len()
    }

    /// The longest name at the word start `start`, checked and pushed to `out` if accepted;
    /// returns where the scan goes on. `end_of_word` is the end of the word at `start`.
    ///
    /// Not inlined: in the scan's loop the trie walk lost its registers to the stack, and
    /// only one word in five gets here.
    #[inline(never)]
    fn longest_from(
        &self,
        text: &str,
        start: usize,
        end_of_word: usize,
        out: &mut Vec<GazMatch>,
    ) -> usize {
        let Some((end, pattern)) = self.trie.longest_at(text.as_bytes(), start) else {
            return end_of_word;
        };
        // The match starts a word after a non-word character, so only its end can fail the
        // boundary check of `at_word_boundary`.
        let last_is_word = word_before(text, end);
        let accepted = (!last_is_word || !word_at(text, end))
            .then(|| self.accept(text, start, end, pattern))
            .flatten();
        if let Some(m) = accepted {
            m.push_named(out);
        } else if let Some(inner) = inner_restart(text, start, end) {
            return inner;
        }
        // As `resume_after`: after the rest of the word if the match ended inside one.
        if last_is_word {
            word_end(text, end)
        } else {
            end
        }
    }

    /// [`Gazetteer::scan`] as it was before the first-word filter: a [`WordMap`] gives the word
    /// starts and the trie is walked from each. The reference for the property test.
    #[cfg(test)]
    ///
    /// A name can only be accepted where a word starts, so the trie is walked only from there:
    /// a [`WordMap`] of the text gives the word starts, and most words leave the trie after a
    /// byte or two. At each word start the longest name is taken and checked; a rejected
    /// one is not replaced by a shorter name at the same start, and scanning resumes after
    /// the rejected match or, if it holds a space or hyphen, after that (`EU-LISA` rejected
    /// for its case still holds `LISA`) — the rules of a leftmost-longest pass over the text.
    fn scan_by_word_map(&self, text: &str) -> Vec<GazMatch> {
        if self.automaton.is_some() {
            return self.scan_unanchored(text);
        }
        let bytes = text.as_bytes();
        let words = WordMap::new(text);
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(start) = words.next_word_start(i) {
            let Some((end, pattern)) = self.trie.longest_at(bytes, start) else {
                i = words.word_end(start);
                continue;
            };
            let accepted = words
                .at_word_boundary(start, end)
                .then(|| self.accept(text, start, end, pattern))
                .flatten();
            if let Some(m) = accepted {
                m.push_named(&mut out);
            } else if let Some(inner) = inner_restart(text, start, end) {
                i = inner;
                continue;
            }
            i = words.resume_after(end);
        }
        out
    }

    /// [`Gazetteer::scan`] with the unanchored automaton, for names that start with a non-word
    /// character.
    fn scan_unanchored(&self, text: &str) -> Vec<GazMatch> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut pos = 0;
        // One iterator over the whole text; it is restarted only after a rejected match that
        // has a word start inside it (`EU-LISA` rejected for its case still holds `EU`), which
        // is rare, so the automaton's own search loop does nearly all the work.
        'restart: while pos < text.len() {
            for m in automaton.find_iter(Input::new(text).span(pos..text.len())) {
                let (start, end) = (m.start(), m.end());
                let accepted = at_word_boundary(text, start, end)
                    .then(|| self.accept(text, start, end, m.pattern().as_usize()))
                    .flatten();
                match accepted {
                    Some(m) => m.push_named(&mut out),
                    None => {
                        let inner = text[start..end]
                            .char_indices()
                            .skip(1)
                            .find(|&(_, c)| c == ' ' || c == '-')
                            .map(|(i, c)| start + i + c.len_utf8());
                        if let Some(inner) = inner.filter(|&i| i < end) {
                            pos = inner;
                            continue 'restart;
                        }
                    }
                }
            }
            break;
        }
        out
    }
}

/// The entries of the built-in data files and their names (see `data/gazetteer/README.md`).
///
/// This and the other steps of [`Gazetteer::new`] are functions of their own for WebAssembly:
/// V8 recompiles a function that has run long with its optimising compiler, on a background
/// thread; as one large function the set-up, which runs once, took ~300 ms of that thread
/// while the analysis's own loops waited in slow code for their turn.
#[inline(never)]
fn read_entries(entries: &mut Vec<Entry>, aliases: &mut Vec<(&str, usize, Lang)>) {
    for data in [COUNTRIES, ORGANIZATIONS, COLLECTIVES, ROLES] {
        for line in data.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols = columns::<8>(line);
            let Some(kind) = parse_kind(cols[1]) else {
                continue;
            };
            let index = entries.len();
            let name_nl = cols[2].trim();
            let name_en = cols[3].trim();
            for (lang, name, col) in [(Lang::Nl, name_nl, 4), (Lang::En, name_en, 5)] {
                if !name.is_empty() && name != "-" {
                    aliases.push((name, index, lang));
                }
                for alias in list(Some(cols[col])) {
                    aliases.push((alias, index, lang));
                }
            }
            let code = cols[7].trim();
            entries.push(Entry {
                id: cols[0].trim().to_string(),
                kind,
                name_nl: name_nl.to_string(),
                name_en: name_en.to_string(),
                affiliation: list(Some(cols[6])).next().map(str::to_string),
                role: None,
                code: (!code.is_empty()).then(|| code.to_string()),
            });
        }
    }
}

/// The titles of `titles.tsv` and their forms.
#[inline(never)]
fn read_titles() -> (Vec<Title>, Vec<(&'static str, usize)>) {
    let mut titles = Vec::new();
    let mut title_forms: Vec<(&str, usize)> = Vec::new();
    for line in TITLES.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols = columns::<3>(line);
        let form = cols[0].trim();
        if form.is_empty() {
            continue;
        }
        let mut title = Title::default();
        for flag in cols[2].split(',') {
            match flag.trim() {
                "honorific" => title.honorific = true,
                "plural" => title.plural = true,
                "named" => title.named = true,
                "phrased" => title.phrased = true,
                f => {
                    if let Some(aff) = f.strip_prefix("aff=") {
                        title.affiliation = Some(aff.to_string());
                    } else if let Some(home) = f.strip_prefix("home=") {
                        title.home = Some(home.to_string());
                    }
                }
            }
        }
        title_forms.push((form, titles.len()));
        titles.push(title);
    }
    (titles, title_forms)
}

/// The phrases of `not_actors.tsv`: they name no actor, but keep a shorter name inside them
/// from matching.
fn read_not_actors() -> Vec<&'static str> {
    NOT_ACTORS
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split('\t').next().map(str::trim))
        .filter(|form| !form.is_empty())
        .collect()
}

/// The patterns, one per group of names equal up to ASCII case, in the order of their first
/// name, and the variants of each, in the order of their names.
///
/// The trie folds ASCII case, so it can hold only one of `Voorzitter` and `voorzitter`; the
/// variants are told apart later. The groups are found through a small open-addressing table
/// of the names' folded hashes: no lower-cased copy of each name, and no sort (whose code V8
/// compiled twice on a page's first call).
#[inline(never)]
fn group<'a>(placed: &[Placed<'a>]) -> (Vec<&'a str>, Vec<Vec<Variant>>) {
    let capacity = (placed.len() * 2).next_power_of_two().max(16);
    let mask = capacity - 1;
    let mut table = vec![usize::MAX; capacity];
    let mut patterns: Vec<&'a str> = Vec::new();
    let mut variants: Vec<Vec<Variant>> = Vec::new();
    for &(pattern, entry, title) in placed {
        // FNV-1a over the ASCII-folded bytes.
        let hash = pattern.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
        });
        let mut slot = hash as usize & mask;
        let g = loop {
            match table[slot] {
                usize::MAX => {
                    table[slot] = patterns.len();
                    patterns.push(pattern);
                    variants.push(Vec::new());
                    break patterns.len() - 1;
                }
                g if patterns[g].eq_ignore_ascii_case(pattern) => break g,
                _ => slot = (slot + 1) & mask,
            }
        };
        let list = &mut variants[g];
        match list.iter_mut().find(|v| v.pattern == pattern) {
            Some(v) => {
                if let Some((index, lang)) = entry {
                    // The same name in the Dutch and the English column of one entry.
                    let both = v.entry.is_some_and(|(i, l)| {
                        i == index
                            && matches!((l, lang), (Lang::Nl, Lang::En) | (Lang::En, Lang::Nl))
                    });
                    v.entry = Some((index, if both { Lang::Both } else { lang }));
                }
                if title.is_some() {
                    v.title = title;
                }
            }
            None => list.push(Variant {
                pattern: pattern.to_string(),
                entry,
                title,
            }),
        }
    }
    (patterns, variants)
}

/// Bytes of text per call of [`Gazetteer::scan_part`]: a few hundred calls for a 10 MB report.
const SCAN_PART: usize = 32 * 1024;

/// The bit that tells an ASCII letter's lower case from its capital, in each byte.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;

/// The key of a code of two capitals (`DE`), `None` for anything else.
fn code_key(code: &[u8]) -> Option<u16> {
    match code {
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            Some(u16::from(*a) << 8 | u16::from(*b))
        }
        _ => None,
    }
}

/// Whether a member state's code at `start..end` (`DE`) names it: next to another code in a
/// list (`DE and AT`, `HU, RO`, `BE and NL called for`), or right before a verb in the past
/// or an auxiliary (`NL supported`, `PL opposed`, `FR could accept`). Elsewhere two capitals
/// are as often an abbreviation (`IT systems`, `HR department`).
fn code_in_context(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let code_at = |i: usize| {
        b.get(i..i + 2)
            .is_some_and(|w| w.iter().all(u8::is_ascii_uppercase))
            && !b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
    };
    const JOINS: [&str; 4] = [", ", " and ", " en ", "; "];
    let next = JOINS
        .iter()
        .any(|j| b[end..].starts_with(j.as_bytes()) && code_at(end + j.len()));
    let prev = JOINS.iter().any(|j| {
        text[..start].ends_with(j) && start >= j.len() + 2 && code_at(start - j.len() - 2)
    });
    // Named among others after a collective (`Alle andere LS, waaronder NL, steunden`).
    let among = ["waaronder ", "o.a. ", "including ", "notably "]
        .iter()
        .any(|w| text[..start].ends_with(w));
    if next || prev || among || after_vote_label(&text[..start]) {
        return true;
    }
    let rest = &text[end..];
    // A phrase beside the code before its verb (`FR (supported by ES, IT and PT) asked`, `DK,
    // on behalf of the Nordic-Baltic Eight, called for`): the verb after its end tells, as
    // right after the code. The phrase opens in lower case and is short: `IT, HR` is a list,
    // and `IT, which …` a noun's relative clause that ends far away.
    let rest = side_phrase_after_code(rest).unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = &rest[..rest
        .bytes()
        .position(|c| !c.is_ascii_lowercase())
        .unwrap_or(rest.len())];
    (word.len() > 3 && word.ends_with("ed"))
        || [
            "said", "could", "would", "did", "does", "is", "was", "has", "had", "also", "can",
            "will", "voted",
        ]
        .contains(&word)
        || dutch_past_or_auxiliary(word)
}

/// The longest phrase beside a member state's code, in bytes: `, on behalf of the
/// Nordic-Baltic Eight,` and `(supported by ES, IT, PT and SI)` are shorter.
const MAX_CODE_SIDE_PHRASE: usize = 64;

/// What follows a phrase set off by brackets or commas right after a member state's code
/// (`rest` starts after the code): ` (supported by ES) asked` gives ` asked`, `, on behalf of
/// the Benelux, called` gives ` called`. The phrase opens with a word in lower case and holds
/// no sentence's end; `None` otherwise.
fn side_phrase_after_code(rest: &str) -> Option<&str> {
    let (inner, close) = if let Some(inner) = rest.strip_prefix(" (") {
        (inner, b')')
    } else {
        (rest.strip_prefix(", ")?, b',')
    };
    // `IT, which the agencies share, was …`: a relative clause describes a thing.
    if !inner.starts_with(|c: char| c.is_ascii_lowercase())
        || ["which", "who", "that"]
            .iter()
            .any(|w| inner.starts_with(w))
    {
        return None;
    }
    let window = &inner.as_bytes()[..inner.len().min(MAX_CODE_SIDE_PHRASE)];
    // A list of codes inside the brackets has commas of its own: only the bracket closes.
    let k = memchr::memchr(close, window)?;
    if window[..k]
        .iter()
        .any(|b| matches!(b, b'.' | b';' | b':' | b'('))
    {
        return None;
    }
    Some(&inner[k + 1..])
}

/// A Dutch verb in the past or an auxiliary after a member state's code, as a Dutch civil
/// servant's short report writes them (`HU blokkeerde`, `NL sloot zich aan`, `SK gaf aan`,
/// `FR kon instemmen`): a weak verb's past (`-de`, `-te`, `-den`, `-ten`) or a strong verb's
/// or an auxiliary from a short list.
fn dutch_past_or_auxiliary(word: &str) -> bool {
    (word.len() > 4 && ["de", "te", "den", "ten"].iter().any(|e| word.ends_with(e)))
        || [
            "gaf", "gaven", "sloot", "sloten", "vond", "vonden", "wees", "wezen", "riep", "riepen",
            "kon", "konden", "zou", "zouden", "wil", "wilde", "heeft", "hebben", "had", "hadden",
            "is", "zijn", "was", "waren", "zal", "zullen", "nam", "namen", "sprak", "spraken",
            "vroeg", "vroegen", "bleef", "bleven", "ging", "gingen", "stemt", "steunt",
        ]
        .contains(&word)
}

/// Whether `before` ends on the colon of a record of votes (`Votes against: PL`, `Abstentions:
/// SI`, `In favour: DE`): the code after it is the one who voted so.
fn after_vote_label(before: &str) -> bool {
    let Some(label) = before.strip_suffix(": ") else {
        return false;
    };
    let label = label.as_bytes();
    ["against", "abstentions", "abstention", "favour", "favor"]
        .iter()
        .any(|w| {
            label.len() >= w.len()
                && label[label.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        })
}

/// Whether `before` ends on a clause break after which a clause opens: `, ` or `; `, or one of
/// them and a conjunction (`, while `, `; but `).
fn clause_opens_before(before: &str) -> bool {
    let b = before.trim_end_matches(' ');
    if b.len() == before.len() {
        return false;
    }
    let b = ["while", "whereas", "but", "and", "although"]
        .iter()
        .find_map(|w| {
            b.strip_suffix(w)
                .filter(|r| r.ends_with(' '))
                .map(|r| r.trim_end_matches(' '))
        })
        .unwrap_or(b);
    b.ends_with([',', ';'])
}

/// Where to resume after a rejected match `start..end` that holds a space or hyphen after its
/// first character: right after that space or hyphen.
fn inner_restart(text: &str, start: usize, end: usize) -> Option<usize> {
    text.get(start..end)
        .and_then(|t| {
            t.char_indices()
                .skip(1)
                .find(|&(_, c)| c == ' ' || c == '-')
        })
        .map(|(k, c)| start + k + c.len_utf8())
        .filter(|&k| k < end)
}

/// Whether `c` is part of a word: letters and digits. Hyphens are not, so `EU` is found in
/// `EU-landen` unless a longer pattern (`EU-landen` itself) claims it.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `start..end` begins and ends at word boundaries.
pub fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    let first = text.get(start..).and_then(|s| s.chars().next());
    let last = text.get(..end).and_then(|s| s.chars().next_back());
    // A pattern that itself begins or ends with a non-word character (`Dhr.`, `U.S.`) carries
    // its own boundary on that side.
    let left_ok = !first.is_some_and(is_word_char) || !before.is_some_and(is_word_char);
    let right_ok = !last.is_some_and(is_word_char) || !after.is_some_and(is_word_char);
    left_ok && right_ok
}

/// Whether `found` (equal to `pattern` up to ASCII case) is an acceptable spelling.
///
/// Word-initial letters may differ in case, except that a capital first letter of the pattern
/// must stay a capital (`Raad` the Council vs `raad` advice), and a word with a capital after its
/// first letter is an acronym that must match exactly (`EU`, `eu-LISA`).
pub fn case_ok(pattern: &str, found: &str) -> bool {
    let (p, f) = (pattern.as_bytes(), found.as_bytes());
    if p.len() != f.len() {
        return false;
    }
    let mut word_start = 0;
    for i in 0..p.len() {
        if p[i] == b' ' {
            word_start = i + 1;
        }
        if p[i] == f[i] {
            continue;
        }
        let initial = i == 0 || matches!(p[i - 1], b' ' | b'-');
        if !initial {
            return false;
        }
        if i == 0 && p[0].is_ascii_uppercase() {
            return false;
        }
        let word_end = p[word_start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(p.len(), |e| word_start + e);
        let acronym = p[word_start..word_end]
            .iter()
            .enumerate()
            .any(|(k, b)| k > 0 && b.is_ascii_uppercase());
        if acronym {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        let table = [
            ("lidstaten", "Lidstaten", true),
            ("Raad", "raad", false),
            ("Raad", "Raad", true),
            ("Europees Parlement", "Europees parlement", true),
            ("EU", "eu", false),
            ("eu-LISA", "EU-LISA", false),
            ("eu-LISA", "eu-LISA", true),
            ("voorzitterschap", "Voorzitterschap", true),
            ("WHO", "who", false),
            ("Commissie", "commissie", false),
        ];
        for (pattern, found, ok) in table {
            assert_eq!(case_ok(pattern, found), ok, "{pattern} / {found}");
        }
    }

    #[test]
    fn builtin_compiles() {
        let g = builtin().expect("the built-in gazetteer compiles");
        assert!(g.entries.iter().any(|e| e.id == "country:nl"));
        assert!(!g.titles.is_empty());
    }
}

/// The first-word scan against the word-map scan it replaced.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod agreement {
    use super::*;
    use crate::actors::ActorEntry;
    use proptest::prelude::*;

    fn user_gazetteer() -> &'static Gazetteer {
        static USER: OnceLock<Gazetteer> = OnceLock::new();
        USER.get_or_init(user_list_gazetteer)
    }

    fn user_list_gazetteer() -> Gazetteer {
        let entry = |id: &str, name: &str, aliases: &[&str]| ActorEntry {
            id: id.to_string(),
            name: name.to_string(),
            kind: ActorKind::Organization,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            role: None,
            affiliation: None,
        };
        let list = ActorList {
            actors: vec![
                entry(
                    "org:wodc",
                    "WODC",
                    &[
                        "Wetenschappelijk Onderzoek- en Documentatiecentrum",
                        "wodc-x",
                    ],
                ),
                entry(
                    "org:ind",
                    "Immigratie- en Naturalisatiedienst",
                    &["IND", "ind-loket"],
                ),
                entry(
                    "collective:gemeenten",
                    "gemeenten",
                    &["de gemeenten", "Één gemeente"],
                ),
            ],
        };
        Gazetteer::new(Some(&list)).expect("the user's gazetteer compiles")
    }

    fn agree(gaz: &Gazetteer, text: &str) {
        assert_eq!(gaz.scan(text), gaz.scan_by_word_map(text), "{text:?}");
    }

    /// Pieces of report-like text: every pattern in three casings, words that share a
    /// pattern's first word or a prefix of it, and separators.
    fn pieces() -> &'static [String] {
        static PIECES: OnceLock<Vec<String>> = OnceLock::new();
        PIECES.get_or_init(make_pieces)
    }

    fn make_pieces() -> Vec<String> {
        let mut pieces = Vec::new();
        for gaz in [builtin().expect("builtin"), user_gazetteer()] {
            for v in gaz.variants.iter().flatten() {
                pieces.push(v.pattern.clone());
                pieces.push(v.pattern.to_uppercase());
                pieces.push(v.pattern.to_lowercase());
                pieces.push(format!("{}en", v.pattern));
                if let Some(cut) = v.pattern.char_indices().nth(3).map(|(i, _)| i) {
                    pieces.push(v.pattern[..cut].to_string());
                }
            }
        }
        for p in [
            " ", " ", " ", "  ", ", ", ". ", "-", "\n", "\n\n", "(", ")", "’", "«", "\u{a0}", "ë",
            "é", "É", "中", "x", "3", "de", "het", "van", "zei", "stelde", "Dhr.", "J.W.",
        ] {
            pieces.push(p.to_string());
        }
        pieces
    }

    #[test]
    fn fixtures_agree() {
        let gaz = builtin().expect("builtin");
        let user = user_gazetteer();
        for text in [
            include_str!("../../tests/fixtures/kamerbrief-nl.txt"),
            include_str!("../../tests/fixtures/council-outcome-en.txt"),
            include_str!("../../tests/fixtures/eu-council-outcome-2024-10.txt"),
            include_str!("../../tests/fixtures/crlf-nl-milieuraad.txt"),
            include_str!("../../tests/fixtures/pdftotext-nl-landbouwraad.txt"),
            include_str!("../../tests/fixtures/markdown-jaarverslag-2023.md"),
        ] {
            agree(gaz, text);
            agree(user, text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn random_text_agrees(text in "[a-zA-Z0-9 .,()\\-’ëÉ中\u{a0}\n]{0,120}|\\PC{0,80}") {
            agree(builtin().expect("builtin"), &text);
            agree(user_gazetteer(), &text);
        }

        #[test]
        fn realistic_text_agrees(picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..80)) {
            let pieces = pieces();
            let text: String = picks.iter().map(|p| p.get(pieces).as_str()).collect();
            agree(builtin().expect("builtin"), &text);
            agree(user_gazetteer(), &text);
        }
    }
}
