//! Repaired text → actors with their mentions: the built-in gazetteer, a user's own list, and
//! people found by patterns.
//!
//! Three passes, each linear in the text: the gazetteer's trie, walked from each word that is
//! the first word of some name (a hash look-up per word, [`first_words`]), finds every known
//! name and every title ([`gazetteer`]); patterns around the titles find
//! people and unnamed roles ([`persons`]); resolution merges aliases, finds later bare
//! surnames with a second small automaton, gives roles their affiliation and builds the actors
//! ([`resolve`]).
//!
//! Decisions, so that the next maintainer need not rediscover them:
//!
//! - **Adjectives are mentions.** `Russische aanvallen` mentions Russia, `het Nederlandse
//!   standpunt` the Netherlands. Before a role (`Tsjechisch Voorzitterschap`) the adjective also
//!   votes for the role's affiliation (the country with most votes wins, so a passing `Portugees
//!   Voorzitterschap` does not); before a title (`De Moldavische Minister`) it is the person's.
//! - **Word boundaries.** A name must start and end at a boundary; letters and digits are word
//!   characters, a hyphen is not. So `EU-recht` mentions the EU, `Raadsconclusies` mentions no
//!   Council, and a compound that is itself a name (`EU-landen`, `JBZ-Raad`) wins by being longer.
//! - **Case.** See [`gazetteer::case_ok`]: word-initial letters may change case, capitals in the
//!   data are required at the start, acronyms are exact.
//! - **People are never listed.** Only titles are data; a person is a title with a name after it
//!   or in apposition, or a name without a title on evidence (a speech verb, `volgens`, a role in
//!   apposition; see `persons::find_untitled`). Ids are `person:` and the slug of the longest name (diacritics folded).
//!   Shorter forms whose words end a longer name (`Holmberg`, `Dhr. Álvarez Ortega`) merge into
//!   it, unless two people share the ending.
//! - **Unnamed roles** (`De Tsjechische Minister van Binnenlandse Zaken`) are actors of kind
//!   role with id `role:<country>-<slug>`, unless a named person holds the same role for the same
//!   country, in which case they are that person's mentions.
//! - **Bodies no list knows are found by patterns** in the scan of capitals (`persons.rs`):
//!   an organisation defined with its acronym (`Vereniging van … (VNG)`, when the name starts
//!   with the acronym's letter and holds an organisation's noun; later uses of the acronym are
//!   found with the later surnames), a board (`Management Board`, `Europol's Committee on …`),
//!   and a name made of a word and a country (`VluchtelingenWerk Nederland`), whose country is
//!   then no mention. Ids are `org:` and the slug of the acronym or name.
//! - **A Dutch signature** (`De Minister van …,` on its own line, the name after it) is a
//!   person; a Dutch minister's role phrase without a country is the Netherlands' (`home=` in
//!   titles.tsv).
//! - **Mentions never overlap.** A person's mention covers their title and role phrase
//!   (`hoofdaanklager van het Internationaal Strafhof (ICC), Tomas Odegaard` reads as one subject);
//!   names of the gazetteer inside it are not separate mentions.

mod first_words;
mod fx_hash;
mod gazetteer;
pub(crate) mod persons;
mod quantified;
mod resolve;
#[cfg(not(target_arch = "wasm32"))]
pub use resolve::Unplaced;
mod trie;
mod words;

use crate::model::{Actor, ActorKind, Section};
use serde::{Deserialize, Serialize};

pub(crate) use gazetteer::{at_word_boundary, case_ok};
pub(crate) use trie::{next_word_start, resume_after, word_end, Trie};
// Only the statements tests use it outside actors/ now (their reference verb scan).
#[cfg(test)]
pub(crate) use words::WordMap;

/// A user's own actor list, extending or overriding the built-in gazetteer.
///
/// The JSON has one array, `actors`. An entry whose `id` is that of a built-in actor overrides
/// its name, kind, role and affiliation and adds its aliases to the built-in ones; an entry with
/// a new id adds an actor. An alias that the built-in gazetteer gives to another actor is taken
/// over by the user's entry. Aliases follow the gazetteer's case rules: write an alias in lower
/// case to match it in either case at the start of a word (`lidstaten` also finds `Lidstaten`),
/// with a capital to require one, and acronyms (`EU`) always match exactly.
///
/// ```
/// let json = r#"{
///   "actors": [
///     { "id": "org:frontex", "name": "Frontex (EBCG)", "kind": "organization",
///       "aliases": ["EBCG"] },
///     { "id": "org:wodc", "name": "WODC", "kind": "organization",
///       "aliases": ["Wetenschappelijk Onderzoek- en Documentatiecentrum"],
///       "affiliation": "country:nl" }
///   ]
/// }"#;
/// let list: report_core::ActorList = serde_json::from_str(json).unwrap();
/// assert_eq!(list.actors[1].affiliation.as_deref(), Some("country:nl"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorList {
    /// The entries.
    pub actors: Vec<ActorEntry>,
}

/// One entry of an [`ActorList`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorEntry {
    /// Stable identifier, e.g. `org:wodc`; an entry with the id of a built-in actor overrides it.
    pub id: String,
    /// Canonical name; it is looked for in the text too.
    pub name: String,
    /// Kind of actor: `person`, `country`, `organization`, `collective` or `role`.
    pub kind: ActorKind,
    /// Other names to look for.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A role, e.g. `Minister van Justitie en Veiligheid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Id of the country or organisation the actor belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

/// Language of an alias, and the language the document is taken to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
    /// Both: a name the two languages write alike (`Portugal`, `SP`, `Europol`), which tells
    /// nothing of the document's language.
    Both,
    /// Not known (a user's alias, a title).
    Unknown,
}

/// Finds the actors in `text`; `sections` are the outline's sections in pre-order.
#[inline(never)]
pub fn extract(text: &str, sections: &[&Section], list: Option<&ActorList>) -> Vec<Actor> {
    with_gazetteer(list, |gaz| {
        let matches = scan(gaz, text);
        let found = persons::find(text, &matches, gaz);
        resolve::assemble(text, sections, gaz, &matches, found)
    })
}

/// [`extract`], and `beside` on a second thread once the gazetteer scan is done: the scan of
/// a big text takes both cores itself, and the rest of actor finding runs on one, so `beside`
/// (the text-only half of statement finding) has the other to itself. With no thread to be
/// had, `beside` runs here after the actors.
#[cfg(not(target_arch = "wasm32"))]
pub fn extract_beside<R: Send>(
    text: &str,
    sections: &[&Section],
    list: Option<&ActorList>,
    beside: impl Fn() -> R + Sync,
) -> (Vec<Actor>, R) {
    let (unplaced, outcome) = gather_beside(text, list, beside, || ());
    (resolve::build(text, sections, unplaced), outcome)
}

/// [`extract_beside`] without the sections: the actors are placed in them by [`place`], so that
/// `beside` can build the outline too. `then` runs on this thread once the actors are
/// gathered, while `beside` may still be running: work either thread may do.
#[cfg(not(target_arch = "wasm32"))]
pub fn gather_beside<R: Send>(
    text: &str,
    list: Option<&ActorList>,
    beside: impl Fn() -> R + Sync,
    then: impl FnOnce(),
) -> (Unplaced, R) {
    let beside = &beside;
    let mut outcome = None;
    let unplaced = with_gazetteer(list, |gaz| {
        let mut matches = scan_names(gaz, text);
        std::thread::scope(|scope| {
            let side = std::thread::Builder::new()
                .name("report-core-verbs".into())
                .spawn_scoped(scope, beside);
            quantified::widen(gaz, text, &mut matches);
            let found = persons::find(text, &matches, gaz);
            let unplaced = resolve::gather(text, gaz, &matches, found);
            then();
            outcome = side.ok().and_then(|handle| handle.join().ok());
            unplaced
        })
    });
    let outcome = outcome.unwrap_or_else(beside);
    (unplaced, outcome)
}

/// The actors of [`gather_beside`], their mentions placed in `sections` (the outline's sections
/// in pre-order).
#[cfg(not(target_arch = "wasm32"))]
pub fn place(text: &str, sections: &[&Section], unplaced: Unplaced) -> Vec<Actor> {
    resolve::build(text, sections, unplaced)
}

/// Runs `f` with the gazetteer of `list` (the built-in one when there is no list); no actors
/// when it does not compile.
fn with_gazetteer<T: Default>(
    list: Option<&ActorList>,
    f: impl FnOnce(&gazetteer::Gazetteer) -> T,
) -> T {
    let owned;
    let gaz = match list {
        Some(list) if !list.actors.is_empty() => {
            owned = gazetteer::Gazetteer::new(Some(list));
            owned.as_ref()
        }
        _ => gazetteer::builtin(),
    };
    gaz.map_or_else(T::default, f)
}

/// Texts from this size on have their gazetteer scan split in two halves on two threads
/// (natively): the scan is half of actor finding, which is the longest of the passes that
/// `Structure::finish` runs side by side.
#[cfg(not(target_arch = "wasm32"))]
const SPLIT_SCAN_FROM: usize = 512 * 1024;

/// [`gazetteer::Gazetteer::scan`], in two halves on two threads for big texts where the platform
/// has threads. The halves meet at a paragraph break: no name holds a line end, and a scan
/// begins afresh at every word start, so the two halves find exactly what one scan finds.
fn scan(gaz: &gazetteer::Gazetteer, text: &str) -> Vec<gazetteer::GazMatch> {
    let mut matches = scan_names(gaz, text);
    preamble_names(gaz, text, &mut matches);
    quantified::widen(gaz, text, &mut matches);
    own_country(gaz, text, &mut matches);
    matches
}

/// Bytes of a report's head in which [`own_country`] looks for the marks of its government.
const OWN_HEAD: usize = 2000;

/// The marks in a report's head of the government that wrote it, with its country: a Belgian
/// federal service (`FOD Buitenlandse Zaken`), the Dutch parliament a Kamerbrief is sent to.
const OWN_MARKS: [(&str, &str); 5] = [
    ("FOD ", "country:be"),
    ("Federale Overheidsdienst", "country:be"),
    ("Tweede Kamer", "country:nl"),
    ("Eerste Kamer", "country:nl"),
    ("Staten-Generaal", "country:nl"),
];

/// Adds `ons land` (`Ons land riep op tot eenheid`) as a mention of the country whose
/// government wrote the report, told by the marks of [`OWN_MARKS`] in its head: a Belgian
/// report speaks of Belgium so, a Dutch one of the Netherlands. With no marks, or the marks of
/// two countries, `ons land` stays no one's.
fn own_country(gaz: &gazetteer::Gazetteer, text: &str, matches: &mut Vec<gazetteer::GazMatch>) {
    let bytes = text.as_bytes();
    let mut spans = memchr::memmem::find_iter(bytes, b"ns land")
        .filter(|&at| at > 0 && matches!(bytes[at - 1], b'o' | b'O'))
        .map(|at| (at - 1, at + 7))
        .filter(|&(start, end)| gazetteer::at_word_boundary(text, start, end))
        .peekable();
    if spans.peek().is_none() {
        return;
    }
    let head = &bytes[..bytes.len().min(OWN_HEAD)];
    let mut country = None;
    for (mark, id) in OWN_MARKS {
        if memchr::memmem::find(head, mark.as_bytes()).is_some() {
            if country.is_some_and(|c| c != id) {
                return;
            }
            country = Some(id);
        }
    }
    let Some(entry) = country.and_then(|id| gaz.entries.iter().position(|e| e.id == id)) else {
        return;
    };
    // A name the scan found over the phrase keeps its place (a user's list may have one).
    let free = |&(start, end): &(usize, usize)| {
        let k = matches.partition_point(|m| m.end <= start);
        matches.get(k).is_none_or(|m| m.start >= end)
    };
    let found: Vec<gazetteer::GazMatch> = spans
        .filter(free)
        .map(|(start, end)| gazetteer::GazMatch {
            start,
            end,
            entry: Some(entry),
            title: None,
            lang: Lang::Nl,
        })
        .collect();
    matches.extend(found);
    matches.sort_by_key(|m| m.start);
}

/// Bytes of a preamble's line at most (`THE COUNCIL OF THE EUROPEAN UNION,`).
const MAX_PREAMBLE: usize = 100;

/// Adds the body a line of capitals names as the subject of the operative clauses under it
/// (`THE COUNCIL OF THE EUROPEAN UNION` ⏎ `1. RECALLS …`, `THE EUROPEAN COUNCIL,`): a
/// Council's conclusions and resolutions set their subject so, which the case rules of the
/// gazetteer (`COUNCIL` is no `Council`) otherwise leave out. Only a line that is `THE` and
/// one name whole, in ASCII capitals, perhaps with a comma after it.
pub(crate) fn preamble_names(
    gaz: &gazetteer::Gazetteer,
    text: &str,
    matches: &mut Vec<gazetteer::GazMatch>,
) {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"THE ") {
        // At a line's start, spaces aside: the line's start is looked for a few bytes back
        // only, never through a long line.
        let lo = at.saturating_sub(40);
        let line_start = match memchr::memrchr(b'\n', &bytes[lo..at]) {
            Some(k) => lo + k + 1,
            None if lo == 0 => 0,
            None => continue,
        };
        if !bytes[line_start..at]
            .iter()
            .all(|&b| b == b' ' || b == b'\t')
        {
            continue;
        }
        let name_start = at + 4;
        let line_end =
            memchr::memchr(b'\n', &bytes[name_start..]).map_or(bytes.len(), |k| name_start + k);
        let line = &bytes[name_start..line_end];
        let name = line.trim_ascii_end();
        let name = name.strip_suffix(b",").unwrap_or(name);
        if name.len() < 4
            || name.len() > MAX_PREAMBLE
            || !name.iter().all(|&b| b.is_ascii_uppercase() || b == b' ')
        {
            continue;
        }
        // Each word with its first capital only: `Council Of The European Union`, which a
        // pattern in small letters (`of`, `the`) matches as its capitalised words do.
        let mut cased = String::with_capacity(name.len());
        let mut first = true;
        for &b in name {
            cased.push(if first { b } else { b.to_ascii_lowercase() } as char);
            first = b == b' ';
        }
        if let Some(m) = gaz
            .scan(&cased)
            .into_iter()
            .find(|m| m.start == 0 && m.end == cased.len() && m.entry.is_some())
        {
            found.push(gazetteer::GazMatch {
                start: name_start,
                end: name_start + name.len(),
                ..m
            });
        }
    }
    if found.is_empty() {
        return;
    }
    matches.extend(found);
    matches.sort_by_key(|m| m.start);
    // A name the scan found inside the line (`EU`) gives way to the whole.
    let mut kept: Vec<gazetteer::GazMatch> = Vec::with_capacity(matches.len());
    for m in matches.drain(..) {
        match kept.last() {
            Some(last) if m.start < last.end => {
                if m.end - m.start > last.end - last.start {
                    kept.pop();
                    kept.push(m);
                }
            }
            _ => kept.push(m),
        }
    }
    *matches = kept;
}

/// The gazetteer's names in `text`, found in two halves where that pays.
fn scan_names(gaz: &gazetteer::Gazetteer, text: &str) -> Vec<gazetteer::GazMatch> {
    #[cfg(not(target_arch = "wasm32"))]
    if text.len() >= SPLIT_SCAN_FROM {
        if let Some(mut matches) = scan_in_halves(gaz, text) {
            drop_file_codes(text, &mut matches);
            drop_words_of_acronym_names(gaz, text, &mut matches);
            drop_venues(gaz, text, &mut matches);
            return matches;
        }
    }
    let mut matches = gaz.scan(text);
    drop_file_codes(text, &mut matches);
    drop_words_of_acronym_names(gaz, text, &mut matches);
    drop_venues(gaz, text, &mut matches);
    matches
}

/// The states whose capital bears their name: where a meeting is held there, the name is the
/// city's (`Luxembourg, 14 and 15 October 2024`).
const CITY_STATES: [&str; 5] = [
    "country:lu",
    "country:mc",
    "country:sg",
    "country:kw",
    "country:sm",
];

/// Leaves out the names of a city-state that say where a meeting was held, not who took part:
/// `te Luxemburg`, `Luxembourg, 14 October 2024`, `op 5 juni 2026 in Luxemburg`, `held in
/// Luxembourg`, `Plaats: Luxemburg`, and the line `Luxembourg` over a date. Every Council held
/// in Luxembourg listed Luxembourg as an actor for its venue alone; `Luxemburg steunde` or
/// `België en Luxemburg` still name the state.
fn drop_venues(gaz: &gazetteer::Gazetteer, text: &str, matches: &mut Vec<gazetteer::GazMatch>) {
    let cities: Vec<usize> = CITY_STATES
        .iter()
        .filter_map(|id| gaz.entries.iter().position(|e| e.id == *id))
        .collect();
    let bytes = text.as_bytes();
    let is_venue = |m: &gazetteer::GazMatch| {
        m.title.is_none()
            && m.entry.is_some_and(|e| cities.contains(&e))
            && bytes[m.start].is_ascii_uppercase()
            && venue_at(bytes, m.start, m.end)
    };
    if matches.iter().any(is_venue) {
        matches.retain(|m| !is_venue(m));
    }
}

/// The months, lower case, in Dutch and English: a date before `in` (`on 14 October in
/// Luxembourg`).
const MONTHS: [&[u8]; 20] = [
    b"januari",
    b"februari",
    b"maart",
    b"april",
    b"mei",
    b"juni",
    b"juli",
    b"augustus",
    b"september",
    b"oktober",
    b"november",
    b"december",
    b"january",
    b"february",
    b"march",
    b"may",
    b"june",
    b"july",
    b"august",
    b"october",
];

/// Whether the name at `start..end` stands where a meeting's place does (see [`drop_venues`]).
fn venue_at(bytes: &[u8], start: usize, end: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |k| k + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |k| end + k);
    let before = bytes[line_start..start].trim_ascii_end();
    let after = &bytes[end..line_end];
    let word_before = |b: &[u8]| -> Vec<u8> {
        let b = b.trim_ascii_end();
        let from = b
            .iter()
            .rposition(|c| !c.is_ascii_alphanumeric())
            .map_or(0, |k| k + 1);
        b[from..].to_ascii_lowercase()
    };
    let last = word_before(before);
    // `te Luxemburg`: Dutch `te` before a name is always a place.
    if last == b"te" {
        return true;
    }
    // `Plaats: Luxemburg, European Convention Center`.
    if let Some(label) = before.strip_suffix(b":") {
        if matches!(
            &word_before(label)[..],
            b"plaats" | b"place" | b"venue" | b"locatie"
        ) {
            return true;
        }
    }
    let year_before = |b: &[u8]| {
        let b = b.trim_ascii_end();
        b.len() >= 4
            && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
            && (b.len() == 4 || !b[b.len() - 5].is_ascii_digit())
    };
    // `Luxembourg, 14 and 15 October 2024`, and `Luxembourg 10 October 2024` where a line
    // with the date alone was joined to it.
    let rest = after
        .strip_prefix(b",")
        .map(<[u8]>::trim_ascii_start)
        .or_else(|| after.strip_prefix(b" ").filter(|_| year_before(after)));
    if rest.is_some_and(|r| r.first().is_some_and(u8::is_ascii_digit)) {
        return true;
    }
    // `(Luxemburg)` after a date: `Verslag Energieraad 16 juni 2026 (Luxemburg)`.
    if before.ends_with(b"(") && year_before(&before[..before.len() - 1]) {
        return true;
    }
    // `op 5 juni 2026 in Luxemburg`, `held in Luxembourg`, `met in Luxembourg on 14 October`.
    if last == b"in" {
        let ahead = before[..before.len() - 2].trim_ascii_end();
        let word = word_before(ahead);
        let on_date = [&b" on "[..], b" op "].iter().any(|w| {
            after
                .strip_prefix(*w)
                .is_some_and(|r| r.first().is_some_and(u8::is_ascii_digit))
        });
        return on_date
            || year_before(ahead)
            || MONTHS.contains(&&word[..])
            || matches!(
                &word[..],
                b"held"
                    | b"place"
                    | b"met"
                    | b"meet"
                    | b"meets"
                    | b"convened"
                    | b"plaats"
                    | b"bijeen"
                    | b"vergaderde"
                    | b"vergaderden"
                    | b"vergadert"
            );
    }
    // The line `Luxembourg` alone, with the meeting's date on the next.
    if before.is_empty() && after.trim_ascii().is_empty() {
        let next = bytes[line_end..].trim_ascii_start();
        return next.first().is_some_and(u8::is_ascii_digit);
    }
    false
}

/// Leaves out a body's name of one word that ends another body's name made of an acronym
/// before it (`PO-Raad`, `MBO Raad`, `VO-raad` of Dutch school boards): that body is no Council
/// of the EU. Only organisations: `FNV Nederland` still names the country, which later passes
/// tell from the union. An acronym that is a name itself keeps the word its own (`EU-Raad`,
/// `ECOFIN Council`, `JBZ-Raad`).
fn drop_words_of_acronym_names(
    gaz: &gazetteer::Gazetteer,
    text: &str,
    matches: &mut Vec<gazetteer::GazMatch>,
) {
    let bytes = text.as_bytes();
    let mut previous_end = None;
    matches.retain(|m| {
        let after_acronym = m.start >= 3
            && m.title.is_none()
            && m.entry
                .and_then(|e| gaz.entries.get(e))
                .is_some_and(|e| e.kind == crate::model::ActorKind::Organization)
            && matches!(bytes[m.start - 1], b'-' | b' ')
            && !bytes[m.start..m.end].contains(&b' ')
            && bytes[m.start].is_ascii_uppercase()
            && {
                let acronym_end = m.start - 1;
                let len = bytes[..acronym_end]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_uppercase())
                    .count();
                let start = acronym_end - len;
                (2..=5).contains(&len)
                    && (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
                    && previous_end != Some(acronym_end)
            };
        previous_end = Some(m.end);
        !after_acronym
    });
}

/// Leaves out the acronyms that are a Council document's file codes, each alone on its line
/// with its number on the cover (`AGRI 611`, `ENV 1034`, `ECOFIN 912`): the subject file the
/// document is filed under, not the committee or Council configuration of that name; and those
/// that end a legal act's number (`2000/60/EC`).
fn drop_file_codes(text: &str, matches: &mut Vec<gazetteer::GazMatch>) {
    let bytes = text.as_bytes();
    let is_code = |m: &gazetteer::GazMatch| {
        // The act's kind closing a legal act's number (`Directive 2000/60/EC`, `Decision
        // 2011/190/CFSP`): no body that speaks.
        (m.start >= 2
            && bytes[m.start - 1] == b'/'
            && bytes[m.start - 2].is_ascii_digit()
            && bytes[m.start..m.end].iter().all(u8::is_ascii_uppercase))
        // A space and a digit right after the match: the cheap test first.
        || bytes.get(m.end) == Some(&b' ')
            && bytes.get(m.end + 1).is_some_and(u8::is_ascii_digit)
            && m.end - m.start >= 2
            && bytes[m.start..m.end].iter().all(u8::is_ascii_uppercase)
            && {
                let line_start = memchr::memrchr(b'\n', &bytes[..m.start]).map_or(0, |k| k + 1);
                let line_end =
                    memchr::memchr(b'\n', &bytes[m.end..]).map_or(bytes.len(), |k| m.end + k);
                let number = bytes[m.end + 1..line_end].trim_ascii_end();
                bytes[line_start..m.start]
                    .iter()
                    .all(|&b| b == b' ' || b == b'\t')
                    && !number.is_empty()
                    && number.len() <= 6
                    && number.iter().all(u8::is_ascii_digit)
            }
    };
    if matches.iter().any(is_code) {
        matches.retain(|m| !is_code(m));
    }
}

/// The two-thread scan; `None` when the text has no paragraph break past its middle or no
/// thread is to be had.
#[cfg(not(target_arch = "wasm32"))]
fn scan_in_halves(gaz: &gazetteer::Gazetteer, text: &str) -> Option<Vec<gazetteer::GazMatch>> {
    let middle = text.len() / 2;
    // "\n\n" is ASCII, so the cut after it is a char boundary.
    let cut = middle + memchr::memmem::find(&text.as_bytes()[middle..], b"\n\n")? + 2;
    let (head, tail) = text.split_at(cut);
    std::thread::scope(|scope| {
        let first = std::thread::Builder::new()
            .name("report-core-scan".into())
            .spawn_scoped(scope, || gaz.scan(head))
            .ok()?;
        let second = gaz.scan(tail);
        let mut matches = first.join().ok()?;
        matches.extend(second.into_iter().map(|mut m| {
            m.start += cut;
            m.end += cut;
            m
        }));
        Some(matches)
    })
}

/// Calls `each` with `automaton`'s non-overlapping matches in `text`, as one `find_iter` over
/// the text finds them, searched a part of some 64 KB at a time, each cut after a line end.
/// The automaton's search loop runs inside the call that finds the next match: when matches
/// are rare, a whole 10 MB text was searched in a handful of calls, in WebAssembly's slow
/// baseline code throughout (V8 swaps in optimised code for a function only when it is called
/// again). No match holds a line end when no pattern does, and the search is back in its start
/// state after one, so the parts find what one search finds; with a pattern that holds one,
/// the text is searched in one go.
pub(crate) fn find_by_parts(
    automaton: &aho_corasick::AhoCorasick,
    patterns: &[impl AsRef<str>],
    text: &str,
    mut each: impl FnMut(aho_corasick::Match),
) {
    let bytes = text.as_bytes();
    let whole = patterns.iter().any(|p| p.as_ref().contains('\n'));
    let mut from = 0;
    while from < text.len() {
        let to = match bytes.get(from + SEARCH_PART..) {
            Some(rest) if !whole => {
                memchr::memchr(b'\n', rest).map_or(text.len(), |k| from + SEARCH_PART + k + 1)
            }
            _ => text.len(),
        };
        for m in automaton.find_iter(aho_corasick::Input::new(text).span(from..to)) {
            each(m);
        }
        from = to;
    }
}

/// Bytes per part in [`find_by_parts`].
const SEARCH_PART: usize = 64 * 1024;

/// Folds a character to ASCII where it has an obvious ASCII form (`é` → `e`, `ß` → `ss`).
fn fold_char(c: char, out: &mut String) {
    // Most characters are ASCII: skip the long match below for them.
    if c.is_ascii() {
        out.push(c);
        return;
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ľ' | 'ļ' | 'ł' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// Lower case with diacritics folded: the key under which name forms are compared.
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        // Nothing to fold but case: no per-character case mapping needed.
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut out);
    }
    out
}

/// A slug for ids: folded, ASCII letters and digits, words joined by `-`.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    if s.is_ascii() {
        // What folding leaves of ASCII is its lower case: no string to fold first.
        for b in s.bytes().map(|b| b.to_ascii_lowercase()) {
            if b.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(char::from(b));
            } else {
                dash = true;
            }
        }
        return out;
    }
    slug_folded(s, out)
}

/// [`slug`] by folding the whole string first: needed for non-ASCII text.
fn slug_folded(s: &str, mut out: String) -> String {
    let mut dash = false;
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_scan_in_two_halves_finds_what_one_scan_finds() {
        let fixtures = [
            include_str!("../../tests/fixtures/kamerbrief-nl.txt"),
            include_str!("../../tests/fixtures/council-outcome-en.txt"),
            include_str!("../../tests/fixtures/pdftotext-nl-landbouwraad.txt"),
        ];
        let gaz = gazetteer::builtin().unwrap();
        // Each length puts the middle, and so the cut, at a different place.
        for extra in [0, 1, 17, 333, 4096, 9999] {
            let mut text = "x".repeat(extra);
            while text.len() < SPLIT_SCAN_FROM {
                for f in fixtures {
                    text.push_str(f);
                    text.push_str("\n\n");
                }
            }
            let halves = scan_in_halves(gaz, &text).expect("a paragraph break past the middle");
            assert_eq!(halves, gaz.scan(&text), "padding {extra}");
            assert!(halves.len() > 1000);
        }
        assert_eq!(scan_in_halves(gaz, "Nederland zonder witregel"), None);
    }

    #[test]
    fn a_search_in_parts_finds_what_one_search_finds() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let line = "de raad en de raadsman spraken; ab abc abcd b c\nx";
        let mut text = String::new();
        let mut k = 0usize;
        while text.len() < 3 * SEARCH_PART {
            // Lines of varying length put the cuts at varying places.
            text.push_str(&line[..line.len() - k % 7]);
            text.push('\n');
            k += 1;
        }
        let sets: [&[&str]; 3] = [
            &["raad", "raadsman", "ab", "abc", "b c"],
            &["n\nx", "raad"],
            &["spraken;", "d"],
        ];
        for patterns in sets {
            for kind in [MatchKind::Standard, MatchKind::LeftmostLongest] {
                let automaton = AhoCorasick::builder()
                    .match_kind(kind)
                    .build(patterns)
                    .unwrap();
                let whole: Vec<_> = automaton.find_iter(&text).collect();
                let mut parts = Vec::new();
                find_by_parts(&automaton, patterns, &text, |m| parts.push(m));
                assert_eq!(parts, whole, "{patterns:?} {kind:?}");
                assert!(whole.len() > 1000);
            }
        }
    }

    #[test]
    fn slugs_fold_diacritics() {
        assert_eq!(slug("Jorge Álvarez Ortega"), "jorge-alvarez-ortega");
        assert_eq!(slug("Radoš Šelmovič"), "rados-selmovic");
        assert_eq!(fold("ÉCU Ørsted ß"), "ecu orsted ss");
        assert_eq!(fold("Minister VAN Justitie"), "minister van justitie");
        assert_eq!(slug("J.W. van der Berg"), "j-w-van-der-berg");
        for ascii in [
            "",
            "-",
            "Minister  van Justitie (JenV), 2022!",
            "  x--Y_z ",
            "EU-CTC\t\n9",
        ] {
            assert_eq!(slug(ascii), slug_folded(ascii, String::new()), "{ascii:?}");
        }
        assert_eq!(
            slug("  Minister van Binnenlandse Zaken "),
            "minister-van-binnenlandse-zaken"
        );
    }
}
