//! Repaired text and actors → statements: sentences in which an actor speaks or takes a stance.
//!
//! Linear: one pass over word starts finds the speech and stance verbs (`data/verbs.tsv`) in a
//! trie, the sentence splitter runs once, and the actors' mentions are sorted once; each verb
//! then looks only at the mentions next to it in its own sentence (binary search). The subject of a verb is, in order:
//! the mention right before it (`Nederland stelde`, `Frankrijk, Spanje en Italië steunden`, `De
//! Commissie en het Europees agentschap … (eu-LISA) informeerden`); in a second verb of a
//! sentence that began with its subject, that subject again (`Commissaris … bedankte …, maar riep
//! … op`); the mention right after it (inverted order: `Ook benadrukte Nederland`); a pronoun
//! (`Hij benadrukte`, `bedankte hij`), resolved to the last person mentioned or the last speaker
//! of the paragraph; or, after `en`/`maar`, the subject of the previous verb. A phrase set off
//! by commas right before the verb (`, supported by Sweden and Finland,`, `, als voorzitter,`)
//! is stepped over to the subject before it; its actors share the verb when the phrase says so
//! (`together with`, `samen met`, `waaronder`), not after `unlike` or `anders dan`. Those named
//! as supporters (`, gesteund door Italië,`, `…, supported by Italy.`) back the speaker: they
//! share a stance for or against, and support where the speaker takes none.
//!
//! A Dutch subordinate clause puts its verb after its subject and objects (`omdat Frankrijk
//! daartegen bezwaar maakte`): before anything else, a Dutch verb looks for the nearest word
//! that opens such a clause (gathered by the verb scan), takes the mention right after it as
//! the subject (or, after a relative `die` with none, the noun before it), and reads the verb's
//! particles, a negation and the stance in the words between. A plural verb takes no single
//! country as its subject (`de lidstaten die Nederland steunden`).

#[cfg(test)]
use crate::actors::WordMap;
use crate::actors::{at_word_boundary, case_ok, next_word_start, resume_after, word_end, Trie};
use crate::model::{Actor, ActorKind, Section, Span, Stance, Statement};
use crate::sentences::{split, SectionIndex};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

const VERBS: &str = include_str!("../data/verbs.tsv");
const CUES: &str = include_str!("../data/stance_cues.tsv");

/// Words that may stand between a subject and its verb: `De Commissie deed echter`.
const ADVERBS: &[&str] = &[
    "ook",
    "also",
    "verder",
    "further",
    "furthermore",
    "tevens",
    "nogmaals",
    "again",
    "daarop",
    "then",
    "vervolgens",
    "subsequently",
    "echter",
    "however",
    "zelf",
    "itself",
    "wel",
    "eveneens",
    "likewise",
    "nadrukkelijk",
    "strongly",
    "fully",
    "vooral",
    "mede",
    "in",
    "turn",
    "daarbij",
    "hierbij",
    "voorts",
    "nog",
    "therefore",
    "daarom",
    "eerder",
    "earlier",
    "als",
    "eerste",
    "first",
    "duidelijk",
    "clearly",
    "once",
    "more",
    "nu",
    "now",
    // How widely a collective holds a view: `Delegations broadly welcomed`, `Ministers
    // unanimously supported`.
    "broadly",
    "generally",
    "largely",
    "unanimously",
    "widely",
    // A view held over time: `Germany has always supported`, `Austria consistently opposed`.
    "always",
    "consistently",
    // A view given before the meeting: `Sweden has already agreed`, `Nederland heeft reeds
    // aangegeven`.
    "already",
    "reeds",
    // A contrast between subject and verb: `Spanje daarentegen wees het af`.
    "daarentegen",
    "evenwel",
    "niettemin",
    "nevertheless",
    "instead",
    // The auxiliary of the perfect tense: `Nederland heeft benadrukt`, `Ireland has stressed`;
    // and of the past perfect: `The Supervisor had warned`, `Nederland had benadrukt`.
    "heeft",
    "hebben",
    "has",
    "have",
    "had",
    "hadden",
    // The perfect denied: `Hungary has not welcomed` (the stance turns, see
    // [`perfect_denied`]).
    "not",
];

/// The bodies a collective's members sit on, written in lower case after `of the` (`Members of
/// the committee asked`).
const BODY_NOUNS: &[&str] = &[
    "committee",
    "board",
    "group",
    "panel",
    "bureau",
    "council",
    "forum",
    "network",
    "commissie",
    "raad",
    "bestuur",
];

/// Nouns that make a country adjective a subject: `De Nederlandse delegatie benadrukte`.
const GROUP_NOUNS: &[&str] = &[
    "delegatie",
    "delegation",
    "regering",
    "government",
    "kabinet",
    "autoriteiten",
    "authorities",
    "minister",
    // Those of several countries (`De Hongaarse en Poolse delegaties`, `The Spanish and French
    // Ministers`), no collective's then (actors/quantified.rs).
    "delegaties",
    "delegations",
    "regeringen",
    "governments",
    "ministers",
    // `The Ukrainian side informed`, in a joint statement with a third country.
    "side",
    "zijde",
    "voorzitterschap",
    "presidency",
    // `The Greek Ministry of Migration and Asylum welcomed`: its portfolio may follow.
    "ministry",
    "ministerie",
];

/// A subject behind one of these is not a subject: `met de lidstaten deelde`.
const PREPOSITIONS: &[&str] = &[
    "met",
    "aan",
    "van",
    "voor",
    "door",
    "tot",
    "op",
    "bij",
    "naar",
    "namens",
    "vanuit",
    "tegen",
    "over",
    "uit",
    "in",
    "onder",
    "tussen",
    "zonder",
    "volgens",
    "zoals",
    "dan",
    "als",
    "om",
    "per",
    "via",
    "with",
    "to",
    "by",
    "of",
    "for",
    "from",
    "on",
    "at",
    "among",
    "between",
    "than",
    "as",
    "like",
    "about",
    "against",
    "towards",
    "under",
    "behalf",
    "according",
    "within",
    "binnen",
    // Time: `Tijdens de Raad stelde minister Jansen`, where the subject follows the verb.
    "tijdens",
    "during",
    "na",
    "after",
    "sinds",
    "since",
    "following",
    // Contrast: `Unlike Hungary, Austria supported`, `Behalve Polen stemden alle lidstaten
    // in`; the actor after one is set against the subject (see `Ctx::contrasted`).
    "unlike",
    "except",
    "behalve",
];

/// Dutch finite auxiliaries that carry a verb at the clause's end: the mention between them
/// and that verb is its object (`Het voorzitterschap zal de Raad informeren`).
const AUXILIARIES: &[&str] = &[
    "zal", "zullen", "zou", "zouden", "wil", "willen", "wilde", "wilden", "moet", "moeten", "kan",
    "kunnen", "kon", "konden", "gaat", "gaan", "heeft", "hebben", "had", "hadden", "blijft",
    "blijven", "bleef", "bleven",
];

/// The [`AUXILIARIES`] of the future and of intent, whose infinitive at the clause's end is a
/// speech verb of the subject before them (`Nederland zal benadrukken`, `Nederland zal het
/// voorstel steunen`, `Nederland blijft Oekraïne steunen`). Not `kan` or `heeft`: their own
/// entries take the verb after them as a particle (`kan instemmen`, `heeft aangegeven`).
const INTENT_AUXILIARIES: &[&str] = &[
    "zal", "zullen", "zou", "zouden", "wil", "willen", "wilde", "wilden", "moet", "moeten",
    "blijft", "blijven", "bleef", "bleven",
];

/// Words that open a new clause inside the gap after an [`INTENT_AUXILIARIES`] word: the verb
/// after them is not the auxiliary's (`Nederland zal erop toezien dat de Commissie …`).
const CLAUSE_OPENERS: &[&str] = &["dat", "die", "wat", "of", "om", "omdat", "als", "wanneer"];

/// Words skipped between a verb and a subject after it: `stelde de Commissie`.
const DETERMINERS: &[&str] = &[
    "de", "het", "the", "deze", "die", "dit", "een", "a", "an", "these",
];

/// The articles among [`LIST_WORDS`]: they open a list's next name but do not join it.
const ARTICLES: &[&str] = &["de", "het", "the"];

/// What joins the subjects of a list: `Frankrijk, Spanje en Italië`.
const LIST_WORDS: &[&str] = &[
    "en",
    "and",
    "&",
    "waaronder",
    "including",
    "evenals",
    "alsmede",
    "as",
    "well",
    "de",
    "het",
    "the",
    "ook",
    "also",
    "met",
    "name",
    "notably",
    "zoals",
    "such",
];

const PRONOUNS_PERSON: &[&str] = &["hij", "he", "she"];
const PRONOUNS_OTHER: &[&str] = &["zij", "ze", "they"];
/// `It condemns …`, `It invites the Council …`: a body that spoke in the sentence before
/// (conclusions, a body's own report). Only right before its verb: after one it is the object.
const PRONOUNS_BODY: &[&str] = &["it"];
const COORDINATORS: &[&str] = &["en", "and", "maar", "but", "doch"];

/// How many words may stand between a sentence's opening subject and a verb after `and` that
/// takes it (see `Ctx::opening_subject`).
const OPENING_REACH: usize = 10;

/// How many mentions back an English sentence's opening subject is looked for, over the
/// objects of its first verb (see `Ctx::opening_subject`).
const OBJECTS_REACH: usize = 4;

/// A particle of a verb: `riep … op`, `deed een … beroep`.
#[derive(Clone, Debug)]
struct Particle {
    word: String,
    /// Part of the verb as written (`riep op`); otherwise it only sets the stance.
    append: bool,
    required: bool,
    /// Met before the verb's other particles, it makes the verb no speech verb (`nam … deel`).
    blocks: bool,
    /// Only as the clause's last word or before `te` (`stelde voor om`, `stelt voor dat`,
    /// `stelde voor te wachten`), not before the noun of a preposition (`stelde de
    /// voorwaarden voor de steun`).
    last: bool,
    /// Not right after an article or demonstrative: `kon akkoord gaan` is the modal's
    /// predicate, `kon het akkoord niet steunen` has the noun as its object.
    bare: bool,
    /// Written joined to the infinitive (`aangeven`, `voorstellen`, `instemmen`): after the
    /// infinitive of an auxiliary of intent, the same word is a preposition of the object
    /// (`wil prioriteit geven aan de kapitaalmarktunie`), unlike `zal vragen om`.
    joined: bool,
    /// Of more than one word (`te kennen`): the word-by-word search compares the text after
    /// the word, which the one-word particles, nearly all, need not.
    phrase: bool,
    /// Of a `tight` verb, found anywhere in the verb's clause, not only as the next word
    /// (`staat met Frankrijk en Italië in een blokkerende minderheid`); and those named after
    /// a bare `met` right after the verb share the verb (one is in a minority with others).
    far: bool,
    stance: Option<Stance>,
}

#[derive(Clone, Debug)]
struct Verb {
    stance: Stance,
    /// The stance is the verb's (or a particle's) alone: the words after it name what is
    /// called for or discussed, not the speaker's view (`called for a cautious approach`).
    fixed: bool,
    particles: Vec<Particle>,
    /// An English verb: its subject comes after it only behind a quotation.
    english: bool,
    /// Its subject follows its particle (`According to the Presidency,`), in English too.
    agent: bool,
    /// A Dutch auxiliary of the passive (`werd … gewezen`): its speaker is the agent after
    /// `door` (`Door Ierland werd gewezen op`, `werd niet gesteund door Oostenrijk`), never a
    /// mention before or after it.
    passive: bool,
    /// An English modal (`could`, `did`): its particle is the verb it carries, a few words on
    /// (`could not fully support`), not a noun later in the clause (`would continue its support`).
    /// Also a verb flagged `near`, whose particles name its object (`welcomed the members`).
    near: bool,
    /// A word mostly something else (`zijn`, a possessive too; `wordt`, an auxiliary of all
    /// sorts): a verb only with one of its particles as the next word, `niet` aside (`zijn
    /// tegen`, `wordt niet gesteund door`), so that elsewhere it neither speaks, nor costs the
    /// statement pass a look, nor ends the particle window of the verb before it (`merkten in
    /// zijn richting op`).
    tight: bool,
    /// A first person's form that is a noun too (`steun`, `vraag`, `support`): a verb only
    /// with a first person right before it (`Ik steun`, `We support`) or, in Dutch, right
    /// after it (`Wel vraag ik`).
    first: bool,
    /// A verb that speaks only as a reflexive (`zich inzetten voor`, a commitment): without
    /// `zich`, `mij` or `ons` before it in its clause it deploys means (`meer middelen
    /// inzetten`) and says nothing.
    reflexive: bool,
    /// Said of a thing by the one whose turn it is (`Die motie krijgt oordeel Kamer`: the
    /// minister answering the motions): in a speaker's turn its speaker is that speaker,
    /// whatever its grammatical subject; outside any turn it says nothing.
    turn: bool,
    /// A vote as a table's cell (`Nederland       tegen`): a verb only after a gap of three
    /// spaces and before another or the end of its line, its subject the row's first cell.
    cell: bool,
    /// The label of a record of votes (`Votes against: HU, SK`): a verb only at the start of
    /// its line (or after a `;` on it) and before a colon, its subjects those listed after
    /// the colon on its line.
    label: bool,
}

struct Tables {
    verbs: Trie,
    verb_patterns: Vec<String>,
    /// The first three letters of the verb forms.
    verb_prefixes: Prefixes,
    /// The first three bytes of the clause words and the space after them, and of the words
    /// that open a subordinate clause: one table, so that a word start costs one look-up.
    clause_prefixes: Prefixes,
    verb_of: Vec<usize>,
    entries: Vec<Verb>,
    cues: Trie,
    cue_stance: Vec<Stance>,
    /// The cues that also count in the speaker's `dat`/`that` clause (the `clause` flag of
    /// `stance_cues.tsv`), in lower case, with their stances.
    reaching: Vec<(String, Stance)>,
    /// Searchers for the first words of those cues after a space (` te `, ` onvoldoende`):
    /// a walk from word to word (with the whole trie, an automaton or a comparison per word)
    /// over every `dat` clause after a neutral verb cost 0.7 to 1.4% of a Dutch report's
    /// analysis; these searches cost a tenth of that.
    reaching_heads: Vec<memchr::memmem::Finder<'static>>,
}

fn parse_stance(s: &str) -> Option<Stance> {
    Some(match s.trim() {
        "support" => Stance::Support,
        "oppose" => Stance::Oppose,
        "reservation" => Stance::Reservation,
        "neutral" => Stance::Neutral,
        _ => return None,
    })
}

fn tables() -> Option<&'static Tables> {
    static TABLES: OnceLock<Option<Tables>> = OnceLock::new();
    TABLES
        .get_or_init(|| {
            let mut verb_patterns = Vec::new();
            let mut verb_of = Vec::new();
            let mut entries = Vec::new();
            for line in VERBS.lines() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                // `support,fixed`: the stance, then flags.
                let mut stance_col = cols.get(2).copied().unwrap_or("").split(',');
                let (Some(forms), Some(stance)) =
                    (cols.first(), stance_col.next().and_then(parse_stance))
                else {
                    continue;
                };
                let flags: Vec<&str> = stance_col.map(str::trim).collect();
                let fixed = flags.contains(&"fixed");
                // `weak` is also read by actors/persons.rs.
                let weak = flags.contains(&"weak");
                let mut particles = Vec::new();
                for p in cols.get(3).copied().unwrap_or("-").split('|') {
                    let p = p.trim();
                    if p.is_empty() || p == "-" {
                        continue;
                    }
                    let (append, p) = match p.strip_prefix('~') {
                        Some(rest) => (false, rest),
                        None => (true, p),
                    };
                    let (required, p) = match p.strip_prefix('+') {
                        Some(rest) => (true, rest),
                        None => (false, p),
                    };
                    let (far, p) = match p.strip_prefix('*') {
                        Some(rest) => (true, rest),
                        None => (false, p),
                    };
                    let (blocks, p) = match p.strip_prefix('!') {
                        Some(rest) => (true, rest),
                        None => (false, p),
                    };
                    let (last, p) = match p.strip_prefix('$') {
                        Some(rest) => (true, rest),
                        None => (false, p),
                    };
                    let (bare, p) = match p.strip_prefix('^') {
                        Some(rest) => (true, rest),
                        None => (false, p),
                    };
                    let (joined, p) = match p.strip_prefix('&') {
                        Some(rest) => (true, rest),
                        None => (false, p),
                    };
                    let (word, stance) = match p.split_once('=') {
                        Some((w, s)) => (w, parse_stance(s)),
                        None => (p, None),
                    };
                    particles.push(Particle {
                        word: word.to_string(),
                        append,
                        required,
                        blocks,
                        last,
                        bare,
                        joined,
                        phrase: word.contains(' '),
                        far,
                        stance,
                    });
                }
                for form in forms.split('|') {
                    let form = form.trim();
                    if !form.is_empty() && !verb_patterns.iter().any(|v| v == form) {
                        verb_patterns.push(form.to_string());
                        verb_of.push(entries.len());
                    }
                }
                let english = cols.get(1).is_some_and(|l| l.trim() == "en");
                entries.push(Verb {
                    stance,
                    fixed,
                    particles,
                    english,
                    near: weak && english || flags.contains(&"near"),
                    agent: flags.contains(&"agent"),
                    passive: flags.contains(&"passive"),
                    tight: flags.contains(&"tight"),
                    first: flags.contains(&"first"),
                    reflexive: flags.contains(&"reflexive"),
                    turn: flags.contains(&"turn"),
                    cell: flags.contains(&"cell"),
                    label: flags.contains(&"label"),
                });
            }
            let mut cue_patterns = Vec::new();
            let mut cue_stance = Vec::new();
            let mut reaching: Vec<(String, Stance)> = Vec::new();
            let mut reaching_heads: Vec<String> = Vec::new();
            for line in CUES.lines() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let mut cols = line.split('\t');
                if let (Some(phrase), Some(stance)) = (cols.next(), cols.next()) {
                    if let Some(stance) = parse_stance(stance) {
                        cue_patterns.push(phrase.trim().to_string());
                        cue_stance.push(stance);
                        if cols.next().is_some_and(|f| f.trim() == "clause") {
                            let phrase = phrase.trim().to_lowercase();
                            // ` te ` with its space when a word follows (not ` tekst`).
                            let head = match phrase.split_once(' ') {
                                Some((head, _)) => format!(" {head} "),
                                None => format!(" {phrase}"),
                            };
                            if !reaching_heads.contains(&head) {
                                reaching_heads.push(head);
                            }
                            reaching.push((phrase, stance));
                        }
                    }
                }
            }
            Some(Tables {
                verbs: Trie::new(&verb_patterns),
                verb_prefixes: Prefixes::new(&verb_patterns),
                clause_prefixes: Prefixes::new(
                    &CLAUSE_WORDS
                        .iter()
                        .map(|w| format!("{w} "))
                        .chain(SUBORDINATORS.iter().map(|w| w.to_string()))
                        .chain(CONDITIONS.iter().map(|w| w.to_string()))
                        .collect::<Vec<_>>(),
                ),
                verb_patterns,
                verb_of,
                entries,
                cues: Trie::new(&cue_patterns),
                cue_stance,
                reaching,
                reaching_heads: reaching_heads
                    .iter()
                    .map(|h| memchr::memmem::Finder::new(h.as_bytes()).into_owned())
                    .collect(),
            })
        })
        .as_ref()
}

/// The first three bytes (ASCII case folded, five bits each) that some pattern begins with, as
/// a set of bits, and for each such start the fourth bytes that may follow it. Of the ~32,000
/// slots the verbs fill ~100, so nearly every word (`de`, `het`, `voor`, `Commissie`) is dropped
/// after one table read instead of a walk in the trie; the fourth byte then drops most of the
/// words that only share a verb's first three letters (`verder` beside `verklaarde`). A filter
/// only: the trie (or a comparison) still decides.
struct Prefixes {
    bits: Vec<u64>,
    /// Per slot, the five-bit codes of the fourth bytes that may follow (bit `code`).
    fourth: Vec<u32>,
}

impl Prefixes {
    fn new<S: AsRef<str>>(patterns: &[S]) -> Prefixes {
        let mut bits = vec![0u64; 512];
        let mut fourth = vec![0u32; 512 * 64];
        let mut all = false;
        let mut mark = |slot: usize, next: u32| {
            if let Some(w) = bits.get_mut(slot / 64) {
                *w |= 1 << (slot % 64);
            }
            if let Some(f) = fourth.get_mut(slot) {
                *f |= next;
            }
        };
        for p in patterns {
            match *p.as_ref().as_bytes() {
                [b0, b1, b2, b3, ..] => mark(Self::slot(b0, b1, b2), 1 << Self::five(b3)),
                // A three-byte pattern (`zei`) ends a word there: whatever may follow a word
                // (white space, punctuation, any non-ASCII byte) may come fourth.
                [b0, b1, b2] => mark(Self::slot(b0, b1, b2), u32::MAX),
                // A two-byte pattern (`is`) is a whole word: its third byte is whatever may
                // follow a word. Non-ASCII (a no-break space, a closing quote) folds to the slot
                // of 0xC2/0xE2, so it is let through too.
                [b0, b1] => {
                    for b2 in *b" \t\n\r,.;:!?)'\"\xc2\xe2" {
                        mark(Self::slot(b0, b1, b2), u32::MAX);
                    }
                }
                // A pattern of one byte would need another filter: let everything through.
                _ => all = true,
            }
        }
        if all {
            bits.iter_mut().for_each(|w| *w = u64::MAX);
            fourth.iter_mut().for_each(|f| *f = u32::MAX);
        }
        Prefixes { bits, fourth }
    }

    /// A byte's five-bit code: a letter and its upper case share it (`| 0x20` folds ASCII
    /// case); other bytes may share it too, which only lets more through.
    #[inline]
    fn five(b: u8) -> u32 {
        u32::from((b | 0x20) & 31)
    }

    /// The slot of three bytes.
    #[inline]
    fn slot(b0: u8, b1: u8, b2: u8) -> usize {
        let five = |b: u8| Self::five(b) as usize;
        five(b0) << 10 | five(b1) << 5 | five(b2)
    }

    /// The slot of the three bytes at `start` and the byte after them, `None` when fewer than
    /// four are left (then any pattern may start there).
    #[inline]
    fn slot_at(bytes: &[u8], start: usize) -> Option<(usize, u8)> {
        match bytes.get(start..start + 4)? {
            &[b0, b1, b2, b3] => Some((Self::slot(b0, b1, b2), b3)),
            _ => None,
        }
    }

    /// Whether a pattern may start where the bytes have `slot` ([`Prefixes::slot_at`]).
    #[inline]
    fn may_start(&self, slot: Option<(usize, u8)>) -> bool {
        slot.is_none_or(|(slot, b3)| {
            self.bits
                .get(slot / 64)
                .is_some_and(|w| w >> (slot % 64) & 1 == 1)
                && self
                    .fourth
                    .get(slot)
                    .is_some_and(|f| f >> Self::five(b3) & 1 == 1)
        })
    }
}

/// A mention, reduced to what subject finding needs.
#[derive(Clone, Copy, Debug)]
struct M {
    start: usize,
    end: usize,
    actor: usize,
}

/// A verb found in the text.
#[derive(Clone, Copy, Debug)]
struct V {
    start: usize,
    end: usize,
    entry: usize,
}

/// White space and punctuation that does not belong to words; `*` is Markdown's emphasis
/// (`**Minister …**, stelde`), which a reader does not see.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';' | ':' | '«' | '»' | '*')
}

/// The words of `s`, split at separators.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_separator).filter(|w| !w.is_empty())
}

/// The words of `s` from the last: for a look at the few words before a position, where
/// [`words`] would walk the whole sentence up to it.
fn words_back(s: &str) -> impl Iterator<Item = &str> {
    s.rsplit(is_separator).filter(|w| !w.is_empty())
}

/// The length of the character at byte `i` (a character boundary) and whether it is a
/// [separator](is_separator): ASCII by a comparison, anything else decoded.
#[inline(always)]
fn separator_at(s: &str, i: usize) -> (usize, bool) {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (
            1,
            matches!(
                b,
                b'\t'..=b'\r' | b' ' | b',' | b'(' | b')' | b';' | b':' | b'*'
            ),
        ),
        _ => non_ascii_separator_at(s, i),
    }
}

/// The ASCII bytes that [`separator_at`] does not take for a separator: those of words.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !matches!(
            b as u8,
            b'\t'..=b'\r' | b' ' | b',' | b'(' | b')' | b';' | b':' | b'*'
        );
        b += 1;
    }
    table
};

/// [`separator_at`] for a character that is not ASCII.
#[cold]
#[inline(never)]
fn non_ascii_separator_at(s: &str, i: usize) -> (usize, bool) {
    s.get(i..)
        .and_then(|t| t.chars().next())
        .map_or((1, false), |c| (c.len_utf8(), is_separator(c)))
}

/// Where the first of the [`words`] of `window` that is `word` once its final `.`, `!` and `?`
/// are cut starts.
fn first_word_at(window: &str, word: &str) -> Option<usize> {
    let step = word.chars().next()?.len_utf8();
    let mut from = 0;
    while let Some(k) = find_bytes(window.as_bytes().get(from..)?, word.as_bytes()) {
        let at = from + k;
        let starts_word = window[..at].chars().next_back().is_none_or(is_separator);
        if starts_word && word_ends(&window[at + word.len()..]) {
            return Some(at);
        }
        from = at + step;
    }
    None
}

/// Whether the particle `phrase` of more than one word (`te kennen`) starts at `start` of
/// `window` and ends at a word's end.
fn phrase_at(window: &str, start: usize, phrase: &str) -> bool {
    if window[start..].starts_with(phrase) && word_ends(&window[start + phrase.len()..]) {
        return true;
    }
    // `heeft zich in de Raad ingezet voor`: a reflexive's participle may stand a phrase
    // further on, up to [`REFLEXIVE_REACH`] words, within the clause (no comma).
    let Some(participle) = phrase.strip_prefix("zich ") else {
        return false;
    };
    let Some(after) = window[start..].strip_prefix("zich ") else {
        return false;
    };
    for word in after
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(REFLEXIVE_REACH + 1)
    {
        if word.trim_end_matches(['.', '!', '?']) == participle {
            return true;
        }
        if word.contains([',', ';', ':', '(', ')']) {
            return false;
        }
    }
    false
}

/// How many words may stand between `zich` and its participle: a place (`in de Raad`), an
/// adverb (`daarbij ook actief`).
const REFLEXIVE_REACH: usize = 5;

/// Where the particle `phrase` of more than one word first starts in `window`, as
/// [`phrase_at`] reads it there.
fn phrase_first_at(window: &str, phrase: &str) -> Option<usize> {
    let Some(head) = phrase
        .split(' ')
        .next()
        .filter(|_| phrase.starts_with("zich "))
    else {
        return first_word_at(window, phrase);
    };
    let mut from = 0;
    while let Some(k) = first_word_at(&window[from..], head) {
        let at = from + k;
        if phrase_at(window, at, phrase) {
            return Some(at);
        }
        from = at + head.len();
    }
    None
}

/// `word` without a Markdown footnote's mark after it (`geïnformeerd.[^3]`).
fn without_footnote_mark(word: &str) -> &str {
    // The mark ends on its bracket: one byte turns every other word away.
    if !word.ends_with(']') {
        return word;
    }
    memchr::memchr(b'[', word.as_bytes())
        .filter(|&k| word[k..].starts_with("[^"))
        .map_or(word, |k| &word[..k])
}

/// Whether `rest`, what follows a word, ends it: a separator or the end, perhaps after a full
/// stop and a Markdown footnote's mark (`geïnformeerd.[^3]`).
fn word_ends(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['.', '!', '?']);
    rest.chars().next().is_none_or(is_separator) || rest.starts_with("[^")
}

/// Whether the last word of `before` is an article or demonstrative (`het`, `een`, `dit`):
/// a `bare` particle after it is a noun.
fn article_before(before: &str) -> bool {
    last_word(before)
        .is_some_and(|w| lower_in(w, &["de", "het", "een", "dit", "dat", "deze", "die"]))
}

/// Whether a `last` particle ending at `end` of `window` ends it (but for `.`, `!`, `?`) or
/// stands before `te`.
fn ends_window(window: &str, end: usize) -> bool {
    let rest = window[end..]
        .trim_start_matches(['.', '!', '?'])
        .trim_start();
    rest.is_empty() || rest.starts_with("te ") || rest.starts_with("[^")
}

/// Prepositions that open a phrase after a separable particle, never a noun phrase after a
/// preposition `voor`: `stelde een ontwerp voor over de conferentie`, `stelde een termijn voor
/// van zes maanden`.
const AFTER_PARTICLE: &[&str] = &[
    "over", "aan", "om", "op", "in", "tijdens", "met", "bij", "ter", "tot", "van", "namens",
];

/// Whether a `last` particle from `start` to `end` of `window` closes its verb's clause:
/// [`ends_window`], or a phrase that opens with one of [`AFTER_PARTICLE`] follows it, or it
/// stands right after the verb in a clause that ends on `te` and an infinitive (`stelden voor
/// het toezicht te versterken`).
fn last_particle_closes(window: &str, start: usize, end: usize) -> bool {
    if ends_window(window, end) {
        return true;
    }
    let rest = window[end..].trim_start();
    if first_word(rest)
        .is_some_and(|w| AFTER_PARTICLE.contains(&w) && rest.as_bytes().get(w.len()) == Some(&b' '))
    {
        return true;
    }
    if !window[..start].trim().is_empty() {
        return false;
    }
    let mut back = words_back(window.trim_end_matches(['.', '!', '?']));
    back.next().is_some_and(|w| w.len() > 2) && back.next() == Some("te")
}

/// Where `needle` (not empty) first occurs in `haystack`: memchr for its first byte, then a
/// comparison. The windows after a verb are short, and `str::find` set up a two-way searcher
/// for every particle of every verb. A match of a whole UTF-8 string starts at a character
/// boundary, so this is `str::find` on strings.
fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut at = 0;
    while let Some(k) = memchr::memchr(first, haystack.get(at..)?) {
        let p = at + k;
        if haystack.get(p + 1..)?.starts_with(rest) {
            return Some(p);
        }
        at = p + 1;
    }
    None
}

/// Whether `word` is in `set` (lower-case ASCII words), ignoring ASCII case; no allocation.
fn lower_in(word: &str, set: &[&str]) -> bool {
    set.iter().any(|s| s.eq_ignore_ascii_case(word))
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `gap`, between a subject and its verb, keeps them together.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn pre_gap_ok(gap: &str, kind: ActorKind) -> bool {
    // The words first: they fail after six at most, where a search for punctuation would go
    // through a gap of hundreds of bytes.
    (pre_gap_words_ok(gap, kind) || meeting_date(gap)) && !gap.contains(['.', ';', ':', '?', '!'])
}

/// Subjects of a verb and whether they stood before it.
type Speakers = (Vec<usize>, bool);

/// The months, in Dutch and English, as a meeting's date after its body names them.
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
];

/// Whether `gap` is the date of the meeting a body held (`De Europese Raad van oktober 2026
/// heeft`, `De Raad van 12 en 13 maart`): `van` or `of`, then days, a month and a year.
fn meeting_date(gap: &str) -> bool {
    let mut words = words(gap);
    if !words.next().is_some_and(|w| matches!(w, "van" | "of")) {
        return false;
    }
    let mut month = false;
    for (n, word) in words.enumerate() {
        if n >= 6 {
            return false;
        }
        if lower_in(word, MONTHS) {
            month = true;
        } else if (word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()))
            && !matches!(word, "en" | "and" | "t/m")
        {
            return false;
        }
    }
    month
}

/// Words at most between an auxiliary of intent after its subject and the infinitive that
/// ends the clause.
const MAX_INTENT_GAP: usize = 16;

/// The words of [`pre_gap_ok`].
fn pre_gap_words_ok(gap: &str, kind: ActorKind) -> bool {
    let mut role_mode = false;
    let mut intent = false;
    let mut ministry = false;
    for (n, word) in words(gap).enumerate() {
        // After an auxiliary of intent the object may be long (`Het voorzitterschap zal de
        // voorbereiding van de 14e Ministeriële Conferentie van de WTO toelichten`).
        if n >= if intent { MAX_INTENT_GAP } else { 6 } {
            return false;
        }
        if lower_in(word, ADVERBS) {
            continue;
        }
        // `Nederland zal (het voorstel) steunen`: the infinitive at the end is the subject's.
        if n == 0 && lower_in(word, INTENT_AUXILIARIES) {
            intent = true;
            continue;
        }
        if intent {
            if lower_in(word, CLAUSE_OPENERS) {
                return false;
            }
            continue;
        }
        // A relative clause: `Member States who had doubts called for`, `Lidstaten die
        // twijfelden steunden toch`; the clause's own verb is found on its own.
        if n == 0 && lower_in(word, &["who", "which", "die", "welke"]) {
            return words(gap).nth(10).is_none();
        }
        if kind == ActorKind::Country && lower_in(word, GROUP_NOUNS) {
            ministry |= lower_in(word, &["ministry", "ministerie"]);
            continue;
        }
        if matches!(word, "voor" | "van" | "for" | "of") {
            // A role after a name: `Commissaris … Holmberg voor Binnenlandse Zaken bedankte`,
            // `De ministers van Buitenlandse Zaken spraken`; a ministry's portfolio.
            role_mode = ministry
                || matches!(
                    kind,
                    ActorKind::Person | ActorKind::Collective | ActorKind::Role
                );
            if role_mode {
                continue;
            }
            return false;
        }
        if role_mode && (capitalised(word) || matches!(word, "en" | "and" | "de" | "het" | "the")) {
            continue;
        }
        // `Members of the committee asked`: the body they sit on, in lower case.
        if role_mode && kind == ActorKind::Collective && lower_in(word, BODY_NOUNS) {
            continue;
        }
        return false;
    }
    true
}

/// Whether mention `m` is a Dutch or English adjective (`Nederlandse`, `Tsjechische`,
/// `Maltese`) with a noun after it (`de Nederlandse inzet`).
fn adjective_before_noun(text: &str, m: M) -> bool {
    let written = &text.as_bytes()[m.start..m.end];
    (written.ends_with(b"se") || written.ends_with(b"sche"))
        && text[m.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
}

/// Whether `written`, a country's mention, has a Dutch adjective's ending (`Tsjechische`,
/// `Tsjechisch`, `Frans`, `Cypriotische`): a country's name has none of them but a rare `Cyprus`.
fn dutch_adjective_form(written: &str) -> bool {
    let w = written.as_bytes();
    w.ends_with(b"se")
        || w.ends_with(b"sche")
        || w.ends_with(b"sch")
        || (w.ends_with(b"s") && !w.ends_with(b"us"))
}

/// Whether `window` ends with `te`, perhaps with a modal after it (`niet te zullen`, `te
/// kunnen`): the verb after it is an infinitive of the same speaker.
fn infinitive_next(window: &str) -> bool {
    let w = window.trim_end();
    [" te", " te zullen", " te kunnen", " te willen"]
        .iter()
        .any(|end| w.ends_with(end))
}

/// Whether `window` ends with `niet te` (`verklaarde de verlenging niet te steunen`): the
/// `niet` before the infinitive's `te` denies it, however long the object before it.
fn niet_te(window: &str) -> bool {
    let w = window.trim_end().as_bytes();
    w.len() > 8 && w[w.len() - 8..].eq_ignore_ascii_case(b" niet te")
}

/// How far into the text an agency's own report names it (its cover or title).
const OWN_REACH: usize = 400;

/// Bytes before a `we` within which a country's position label (`Finland's position:`) is
/// looked for.
const POSITION_REACH: usize = 1500;

/// `bytes` without the spaces at its end.
fn trim_spaces_end(bytes: &[u8]) -> &[u8] {
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1] == b' ' {
        end -= 1;
    }
    &bytes[..end]
}

/// Whether `sentence` holds `door`, which names the agent of a Dutch passive, or opens with
/// `Vanuit` or `Namens`, which do so there (see [`Ctx::passive_agent`]): one search, compiled
/// once.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn has_agent(sentence: &[u8]) -> bool {
    let opening = sentence.trim_ascii_start();
    if [&b"vanuit "[..], b"namens "].iter().any(|w| {
        opening
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    }) {
        return true;
    }
    static DOOR: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let finder = DOOR.get_or_init(|| memchr::memmem::Finder::new(b"oor "));
    finder.find_iter(sentence).any(|at| {
        at > 0
            && sentence[at - 1].eq_ignore_ascii_case(&b'd')
            && (at == 1 || !sentence[at - 2].is_ascii_alphanumeric())
    })
}

/// Whether `before` ends with `we` (adverbs skipped): `We agree`, `We also welcomed`.
fn we_before(before: &str) -> bool {
    // Bytes first: `We` opens the sentence or stands right before the verb.
    let trimmed = trim_spaces_end(before.as_bytes());
    let right_before = trimmed.len() >= 2
        && trimmed[trimmed.len() - 2..].eq_ignore_ascii_case(b"we")
        && (trimmed.len() == 2 || trimmed[trimmed.len() - 3] == b' ');
    if right_before {
        return true;
    }
    if !before.starts_with("We ") {
        return false;
    }
    let last = match last_but_adverbs(before) {
        Ok(word) => word,
        Err(NonAscii) => last_but_adverbs_by_chars(before),
    };
    last.is_some_and(|w| lower_in(w, &["we"]))
}

/// Whether the clause before a verb is a speaker's own group as its whole subject: `my group`
/// or `our group` opening the sentence, or after a comma or a coordinator (`Madam President, my
/// group supports`, `…, and our group rejects`). Not `the group` nor `my group's members`.
fn own_group_before(before: &str) -> bool {
    let t = before.trim_end_matches(' ');
    let Some(head) = t
        .strip_suffix(" group")
        .or_else(|| t.strip_suffix(" Group"))
    else {
        return false;
    };
    let (lead, possessive) = head.rsplit_once(' ').unwrap_or(("", head));
    if !matches!(possessive, "my" | "My" | "our" | "Our") {
        return false;
    }
    let lead = lead.trim_end_matches(' ');
    let lead = COORDINATORS
        .iter()
        .find_map(|c| {
            lead.strip_suffix(c)
                .filter(|r| r.is_empty() || r.ends_with(' '))
        })
        .map_or(lead, str::trim_end);
    lead.is_empty() || lead.ends_with([',', ';', ':', '–', '—'])
}

/// Titles of the Dutch government's members, whom a letter names without a name (`De minister
/// benadrukte`, `De staatssecretaris gaf aan`).
const UNNAMED_TITLES: &[&str] = &["minister", "staatssecretaris", "minister-president"];

/// Whether the words before a verb open the sentence with an adverbial, so that its subject
/// follows the verb (`Daarnaast deelt de minister …`, `Wat betreft X deelt …`, `In de Raad
/// benadrukte …`), rather than with a subject of their own: a noun phrase (`De commissie
/// verzoekt de minister`) or a pronoun (`Zij verzoeken de Staatssecretaris`).
fn inverted_opening(before: &str) -> bool {
    const SUBJECT_OPENERS: &[&str] = &[
        "de", "het", "een", "deze", "dit", "die", "dat", "zij", "ze", "hij", "wij", "we", "ik",
        "u", "men", "hun", "haar", "zijn", "onze", "alle", "beide",
    ];
    words(before)
        .find(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
        .is_some_and(|first| !lower_in(first, SUBJECT_OPENERS))
}

/// The title of an office named by its article and title alone in `head` (`de minister`, `de
/// staatssecretaris`), in small letters as a debate names the office-holder it speaks to.
fn office_named(head: &str) -> Option<&str> {
    let mut previous = "";
    for w in words(head) {
        if previous.eq_ignore_ascii_case("de") && UNNAMED_TITLES.contains(&w) {
            return Some(w);
        }
        previous = w;
    }
    None
}

/// Whether `opening`, the words that open a sentence before a list of actors, compare them
/// with the subject after the verb, who then say the same: `Net als`, `Evenals`, `Like`. Not
/// `Samen met` (`Samen met Duitsland benadrukte Nederland`: Germany's own words are not given).
fn opening_shares(opening: &str) -> bool {
    let comparing = ["net", "evenals", "like"];
    let mut sharing = false;
    for (n, w) in words(opening).enumerate() {
        if n >= 2 || !(lower_in(w, &comparing) || lower_in(w, &["als", "just"])) {
            return false;
        }
        sharing |= lower_in(w, &comparing);
    }
    sharing
}

/// Nouns of one who speaks for the actor named after them (`De leden van de VVD-fractie`, `The
/// member for Greece`, `De vertegenwoordiger van Polen`): the actor is the subject.
const SPEAKERS_FOR: &[&str] = &[
    "leden",
    "lid",
    "member",
    "members",
    "representative",
    "representatives",
    "delegate",
    "vertegenwoordiger",
    "vertegenwoordigers",
    // `The leaders of the Nordic countries support`, `De regeringen van de Baltische staten`.
    "leaders",
    "leader",
    "leiders",
    "government",
    "governments",
    "regering",
    "regeringen",
];

/// Where `-fractie` or ` fractie` ends right after a mention ending at `end` (`VVD-fractie`).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn fraction_after(bytes: &[u8], end: usize) -> Option<usize> {
    let rest = bytes.get(end..)?;
    let head = rest.get(1..8)?;
    (matches!(rest.first(), Some(b'-' | b' '))
        && head.eq_ignore_ascii_case(b"fractie")
        && rest.get(8).is_none_or(|c| !c.is_ascii_alphanumeric()))
    .then_some(end + 8)
}

/// How far back (in bytes, and in mentions) `deze leden` looks for the group it stands for
/// beyond its paragraph: a question or two and their answers.
const EARLIER_GROUP_REACH: usize = 3000;
const EARLIER_GROUP_MENTIONS: usize = 60;

/// Whether the word before `start` (articles skipped, and a Dutch adjective between an article
/// and the name: `Bij de vorige Raad heeft Nederland …`) is a preposition.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn preposition_before(text: &str, from: usize, start: usize) -> Option<usize> {
    let before = &text[from..start];
    let mut end = before.len();
    let mut adjective = false;
    for i in 0..4 {
        let head = before[..end].trim_end();
        let word_start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || matches!(c, ',' | '('))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &head[word_start..];
        if word.is_empty() {
            return None;
        }
        if lower_in(word, DETERMINERS) {
            adjective = false;
            end = word_start;
            continue;
        }
        // An inflected adjective right before the name (`vorige`, `Europese`), which an
        // article must then precede; not a preposition that ends so (`Alle lidstaten behalve
        // Hongarije steunden`, where Hungary was taken for the subject).
        if i == 0
            && word.len() > 3
            && word.ends_with('e')
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !lower_in(word, PREPOSITIONS)
        {
            adjective = true;
            end = word_start;
            continue;
        }
        if adjective {
            return None;
        }
        return lower_in(word, PREPOSITIONS).then_some(from + word_start);
    }
    None
}

/// Words of a phrase beside a subject that make its actors share the verb: `, together with
/// Sweden,`, `, waaronder Nederland,`.
const SIDE_SHARERS: &[&str] = &[
    "joined",
    "together",
    "along",
    "alongside",
    "with",
    "like",
    "samen",
    "met",
    "net",
    "evenals",
    "alsmede",
    "waaronder",
    "including",
    "zoals",
    "such",
    "notably",
    // `, in particular Germany and the Netherlands,`, `, especially Italy,`: those named
    // among the subject.
    "particular",
    "especially",
    "name",
    // `, led by France,`: the leader of a group says what the group says.
    "led",
    "headed",
    "geleid",
    "aangevoerd",
];

/// Words of such a phrase that make its actors the subject's supporters: `, supported by
/// Finland,`, `, gesteund door Italië,`, `, met steun van Letland,`. A supporter backs what the
/// subject says: it shares a stance for or against, and supports where the subject takes none.
const SIDE_SUPPORTERS: &[&str] = &[
    "supported",
    "backed",
    "seconded",
    "support",
    "gesteund",
    "bijgevallen",
    "gesecondeerd",
    "steun",
];

/// Those named after a participle of [`SIDE_OPPONENTS`] behind a verb, and where the participle
/// stands; kept across verbs to allocate once.
#[derive(Default)]
struct Opponents {
    actors: Vec<usize>,
    participle: Option<Span>,
}

/// Participles of a phrase after the verb whose agents stand against what the subject said:
/// `PL called for an exemption, opposed by FR and BE.` They oppose, whatever the subject's
/// stance, and the participle is their verb.
const SIDE_OPPONENTS: &[&str] = &["opposed", "contested", "challenged", "resisted"];

/// Words that may join a supporting participle to its agent: `supported by`, `met steun van`,
/// `with the support of`, `ook gesteund door`.
const SUPPORT_LINKS: &[&str] = &[
    "by", "door", "met", "with", "the", "van", "of", "also", "ook", "mede", "strongly", "sterk",
];

/// Words that open a phrase after the verb whose actors say the same: `Ierland steunde, net
/// als Kroatië, de oriëntatie`, `, together with Spain,`. They take the verb's stance as it is.
const SHARERS_AFTER: &[&str] = &["net", "evenals", "together", "alongside", "like", "samen"];

/// The words that, right after a verb, name those who say it too: `benadrukte samen met
/// Duitsland`, `stressed together with Spain`.
const SHARING_OPENERS: &[&str] = &["samen met ", "together with ", "jointly with "];

/// How far before a Dutch final verb a `samen met` phrase is looked for, in bytes.
const SHARING_REACH: usize = 120;

/// Words that join such a phrase to its actors: `net als`, `together with`, `samen met`.
const SHARE_LINKS: &[&str] = &["als", "with", "met", "the", "de", "het"];

/// Whether the word after the space at `at` may open a supporting phrase ([`SIDE_SUPPORTERS`],
/// [`SUPPORT_LINKS`] or [`SHARERS_AFTER`]), by its first three letters; a filter only.
fn may_open_support(bytes: &[u8], at: usize) -> bool {
    let Some(&[b' ', a, b, c]) = bytes.get(at..at + 4) else {
        return false;
    };
    let three = [a, b, c].map(|x| x.to_ascii_lowercase());
    SIDE_SUPPORTERS
        .iter()
        .chain(SUPPORT_LINKS)
        .chain(SHARERS_AFTER)
        .chain(SIDE_OPPONENTS)
        .any(|w| {
            w.as_bytes().get(..3).is_some_and(|p| *p == three)
                || w.as_bytes() == &three[..2] && c == b' '
        })
}

/// The word that starts after `at` (white space skipped) and ends before `limit`, if no
/// punctuation comes first.
fn next_word_in(text: &str, at: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..limit)?;
    let start = at + (rest.len() - rest.trim_start().len());
    let word = text.get(start..limit)?;
    let len = word
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .unwrap_or(word.len());
    (len > 0).then_some((start, start + len))
}

/// Whether the words that open a sentence, up to an actor, set it against the subject:
/// `Unlike`, `In contrast to`, `Contrary to`, `Anders dan`, `In tegenstelling tot`, the
/// articles between them and the actor skipped.
fn opening_contrast(opening: &str) -> bool {
    let mut contrast = false;
    for (n, w) in words(opening).enumerate() {
        let linking = [
            "in", "to", "with", "dan", "tot", "the", "de", "het", "met", "van", "of",
        ];
        if n >= 5 || !(lower_in(w, SIDE_CONTRASTS) || lower_in(w, &linking)) {
            return false;
        }
        contrast |= lower_in(w, SIDE_CONTRASTS);
    }
    contrast
}

/// The stance of an actor set against a speaker whose statement has `stance`: the other side
/// of a stance for or against (`Unlike Hungary, Austria supported` says Hungary did not);
/// nothing otherwise, since the contrast may then be with anything in the sentence.
fn contrast_stance(stance: Stance) -> Option<Stance> {
    match stance {
        Stance::Support => Some(Stance::Oppose),
        Stance::Oppose => Some(Stance::Support),
        _ => None,
    }
}

/// How the actors of a phrase beside a subject stand to its verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// Not at all: `, als voorzitter,`.
    Apart,
    /// Against the subject: `, unlike Spain,`, `, anders dan Polen,` (see [`contrast_stance`]).
    Contrast,
    /// They say it too: `, together with Sweden,`.
    Shared,
    /// They back the subject: `, supported by Finland,`.
    Supporting,
}

/// The stance of a supporter of a speaker whose statement has `stance`: the same when the
/// speaker is for or against something, support for the speaker otherwise.
fn supporter_stance(stance: Stance) -> Stance {
    match stance {
        Stance::Neutral => Stance::Support,
        other => other,
    }
}

/// Words of such a phrase that set its actors against the subject: `, unlike Sweden,`.
const SIDE_CONTRASTS: &[&str] = &[
    "unlike",
    "contrary",
    "contrast",
    "tegenstelling",
    "anders",
    "behalve",
    "except",
    "uitzondering",
    "exception",
];

/// The phrase set off by commas (or brackets) right before the verb at `verb`, beside its
/// subject: `, supported by Sweden and Finland,`, `(gesteund door Letland)`, `, als voorzitter
/// van de groep,`. Where it opens, and how its actors stand to the verb. It opens with a word
/// in lower case and holds at most ten words; otherwise (`Its chair, Mr Anna Berg,`, a list)
/// `None`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn side_phrase(text: &str, from: usize, verb: usize) -> Option<(usize, Side)> {
    let before = text.get(from..verb)?.trim_end();
    let (inner, open) = if let Some(inner) = before.strip_suffix(',') {
        // A relative clause without an opening comma: `Landen die nog twijfelden, steunden`.
        let mut comma = inner.rfind(',');
        // `, together with Finland, Estonia, Latvia and Lithuania,`: the phrase holds a list,
        // whose names open with capitals after their commas; it opens at the comma before a
        // word in lower case, a few commas back at most.
        for _ in 0..6 {
            let Some(c) = comma else { break };
            let capital = inner[c + 1..]
                .trim_start()
                .starts_with(|ch: char| ch.is_uppercase());
            let earlier = inner[..c].rfind(',');
            if !capital || earlier.is_none_or(|e| inner[e + 1..c].contains(['.', ';', ':'])) {
                break;
            }
            let opens_lower = earlier.is_some_and(|e| {
                inner[e + 1..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_lowercase())
            });
            comma = earlier;
            if opens_lower {
                break;
            }
        }
        let comma = comma
            .filter(|&c| {
                // Only a phrase in lower case is moved to: otherwise the last comma, as before.
                inner[c + 1..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_lowercase())
            })
            .or(inner.rfind(','));
        match relative_opener(inner).filter(|&r| comma.is_none_or(|c| c < r)) {
            Some(r) => (inner, r),
            None => (inner, comma?),
        }
    } else if let Some(inner) = before.strip_suffix(')') {
        (inner, inner.rfind('(')?)
    } else {
        // A Dutch clause ends in its verb, so that those who say it too stand between the
        // subject and the verb without commas: `Nederland zal samen met Italië en Oostenrijk
        // aandringen op …`. The phrase holds at most ten words: only the last bytes before
        // the verb are searched, from the end, where their last word (`met`, `with`) opens:
        // the last opener there is the one whose start is last.
        let from = crate::floor_boundary(before, before.len().saturating_sub(SHARING_REACH));
        let window = &before.as_bytes()[from..];
        let (mut end, mut last) = (window.len(), None::<usize>);
        while let Some(k) = memchr::memrchr2(b'm', b'w', &window[..end]) {
            if last.is_some_and(|l| k < l) {
                break;
            }
            for opener in SHARING_OPENERS {
                let off = opener.trim_end().rfind(' ').map_or(0, |s| s + 1);
                let start = k.checked_sub(off);
                if start.is_some_and(|s| window[s..].starts_with(opener.as_bytes())) {
                    last = last.max(start);
                }
            }
            end = k;
        }
        let open = last
            .map(|l| from + l)
            .filter(|&o| o > 0 && before.as_bytes()[o - 1] == b' ')?;
        (before, open - 1)
    };
    let phrase = &inner[open + 1..];
    // A document's number in brackets may stand in it: `, in its reply (ST 6543/25),`.
    let bracket = phrase
        .find('(')
        .and_then(|o| Some((o, o + phrase[o..].find(')')?)));
    let (head, tail) = match bracket {
        Some((o, c)) if before.ends_with(',') => (&phrase[..o], &phrase[c + 1..]),
        _ => (phrase, ""),
    };
    let forbidden = ['.', ';', ':', '(', ')', '?', '!'];
    if head.contains(forbidden)
        || tail.contains(forbidden)
        || bracket.is_some_and(|(o, c)| phrase[o + 1..c].contains(['.', ';', ':', '?', '!']))
    {
        return None;
    }
    Some((from + open, side_of(phrase)?))
}

/// Where the subject ends when `m`, a person with her role in apposition (`Mr Lukas Brenner,
/// Special Rapporteur`), is followed up to the verb at `verb` by the rest of that role in lower
/// case and a comma (` on the right to development,`): at the mention's end.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn role_runs_on(text: &str, m: M, verb: usize) -> Option<usize> {
    let gap = text.get(m.end..verb)?.trim_end().strip_suffix(',')?;
    let apposed = text[m.start..m.end].contains(", ");
    let lower = words(gap)
        .enumerate()
        .all(|(n, w)| n < 10 && w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
    (apposed
        && gap.starts_with(' ')
        && !gap.trim().is_empty()
        && lower
        && !gap.contains(['.', ';', ':', '(', ')', '?', '!', ',']))
    .then_some(m.end)
}

/// How the actors of `phrase` stand to the verb ([`Side`]); `None` unless it opens in lower
/// case and holds one to ten words.
fn side_of(phrase: &str) -> Option<Side> {
    let (mut shared, mut supporting, mut contrast) = (false, false, false);
    for (n, word) in words(phrase).enumerate() {
        if n == 0 && !word.starts_with(|c: char| c.is_lowercase()) || n >= 10 {
            return None;
        }
        // `, onder wie Zweden en Denemarken,` names those among the subject, as `waaronder`.
        shared |= lower_in(word, SIDE_SHARERS) || among_whom(phrase, word);
        supporting |= lower_in(word, SIDE_SUPPORTERS);
        contrast |= lower_in(word, SIDE_CONTRASTS);
    }
    Some(match () {
        _ if phrase.trim().is_empty() => return None,
        _ if contrast => Side::Contrast,
        _ if supporting => Side::Supporting,
        _ if shared => Side::Shared,
        _ => Side::Apart,
    })
}

/// Where the last relative pronoun of `inner` stands (the space before it): `die`, `welke`,
/// `who`, `which`.
fn relative_opener(inner: &str) -> Option<usize> {
    let bytes = inner.as_bytes();
    // A relative clause beside a subject holds ten words at most (see `side_of`).
    memchr::memrchr_iter(b' ', bytes).take(12).find(|&p| {
        let rest = &bytes[p + 1..];
        [&b"die "[..], b"welke ", b"who ", b"which "]
            .iter()
            .any(|w| rest.starts_with(w))
    })
}

/// Whether `gap` between two mentions joins them in a list.
fn list_gap(gap: &str) -> bool {
    let trimmed = gap.trim();
    if trimmed.is_empty() {
        // Two names side by side (`Tsjechisch Voorzitterschap`) are one phrase, not a list.
        return false;
    }
    // The words first: the first that is no list word ends a long gap early.
    let mut count = 0;
    let mut joins = false;
    for w in words(trimmed) {
        count += 1;
        if count > 3 || !(list_word(trimmed, w) || among_whom(trimmed, w)) {
            return false;
        }
        joins |= !lower_in(w, ARTICLES);
    }
    // An article alone joins nothing: `informeerde Frankrijk de Raad` names an object.
    let has_joint = trimmed.starts_with([',', '(']) || joins;
    has_joint && !gap.contains(['.', ';', ':'])
}

/// Whether `gap` joins two mentions as the second half of a correlative pair whose first half
/// ends `before`: `Zowel Hongarije als Slowakije`, `Noch Nederland noch Frankrijk`, `Neither
/// France nor Germany` (before, the first name was lost: `als` and `noch` join nothing alone).
fn correlative_gap(before: &str, gap: &str) -> bool {
    let (opening, second): (&[&str], &str) = match gap.trim() {
        w if w.eq_ignore_ascii_case("als") => (&["zowel"], w),
        w if w.eq_ignore_ascii_case("noch") => (&["noch"], w),
        w if w.eq_ignore_ascii_case("nor") => (&["neither"], w),
        _ => return false,
    };
    !second.is_empty()
        && gap.starts_with(' ')
        && gap.ends_with(' ')
        && last_but_determiners(before).is_some_and(|w| lower_in(w, opening))
}

/// The last word of `before` that is no determiner (`zowel de Commissie` → `zowel`).
fn last_but_determiners(before: &str) -> Option<&str> {
    words_back(before).find(|w| !lower_in(w, DETERMINERS))
}

/// Whether the clause that ends at a verb (`before` is the text up to it) opens with `noch` or
/// `neither`, whose pair denies what the verb says of both: `Noch Nederland noch Frankrijk had
/// bezwaar` objected to nothing (it was opposition). Only the clause's own words count: those
/// after its last comma or stop, at most the 160 bytes before the verb.
fn neither_before(before: &str) -> bool {
    let from = crate::floor_boundary(before, before.len().saturating_sub(160));
    let tail = &before[from..];
    let clause = tail
        .rfind([',', '.', ';', ':', '!', '?', '\n'])
        .map_or(tail, |i| &tail[i + 1..]);
    words(clause)
        .next()
        .is_some_and(|w| lower_in(w, &["noch", "neither"]))
}

/// Whether `gap` joins a second agent of a passive to the first with its own `by`: `was
/// supported by Spain and by the Portuguese delegation`, `informed by the Presidency and by the
/// Commission`.
fn agent_list_gap(gap: &str) -> bool {
    let trimmed = gap.trim();
    let trimmed = trimmed.strip_prefix(',').unwrap_or(trimmed);
    if trimmed.contains(['.', ';', ':', ',', '(']) {
        return false;
    }
    let mut w = words(trimmed);
    w.next().is_some_and(|a| lower_in(a, &["and", "or"]))
        && w.next().is_some_and(|b| b.eq_ignore_ascii_case("by"))
        && w.all(|d| lower_in(d, DETERMINERS))
}

/// Whether `w` is one of [`LIST_WORDS`] in the gap `gap`: `met` only in Dutch `met name`
/// (notably), since in English it is a verb (`Norway met the Commission and welcomed …` lists
/// no one).
fn list_word(gap: &str, w: &str) -> bool {
    lower_in(w, LIST_WORDS) && (!w.eq_ignore_ascii_case("met") || gap.contains("et name"))
}

/// Whether `w` is a word of `onder wie` in a gap that holds it: `Verscheidene lidstaten, onder
/// wie Italië en Spanje,` names those among the subject, as `waaronder` does.
fn among_whom(gap: &str, w: &str) -> bool {
    matches!(w, "onder" | "wie") && gap.contains("onder wie")
}

/// [`list_gap`] as it was, punctuation first: the reference.
#[cfg(test)]
fn list_gap_reference(gap: &str) -> bool {
    let trimmed = gap.trim();
    if trimmed.is_empty() {
        return false;
    }
    if gap.contains(['.', ';', ':']) {
        return false;
    }
    let has_joint =
        trimmed.starts_with([',', '(']) || words(trimmed).any(|w| !lower_in(w, ARTICLES));
    has_joint
        && words(trimmed).all(|w| list_word(trimmed, w) || among_whom(trimmed, w))
        && words(trimmed).count() <= 3
}

struct Ctx<'a> {
    text: &'a str,
    actors: &'a [Actor],
    mentions: Vec<M>,
    /// The speakers' turns of a debate's report or minutes (see [`crate::turns`]).
    turns: Vec<crate::turns::Turn>,
    /// The one whose words the text gives (`Remarks by President X following …`): the first
    /// person outside any turn.
    author: Option<usize>,
}

/// How far into a text the line that names its speaker (`Remarks by …`) is looked for.
const AUTHOR_LINE_REACH: usize = 2048;

/// Heads of the line that names the speaker of a speech or of remarks, as a press office
/// titles them.
const AUTHOR_HEADS: [&str; 10] = [
    "Remarks by ",
    "Speech by ",
    "Statement by ",
    "Address by ",
    "Opening remarks by ",
    "Press remarks by ",
    "Keynote speech by ",
    "Opening speech by ",
    "Closing remarks by ",
    "Introductory statement by ",
];

/// Whether `line` opens with one of [`AUTHOR_HEADS`]: it names the speaker of the speech or
/// remarks it heads.
pub(crate) fn names_its_speaker(line: &str) -> bool {
    AUTHOR_HEADS.iter().any(|h| line.starts_with(h))
}

/// The speaker of a speech or remarks: the first person or role named on a line at the text's
/// head that opens with one of [`AUTHOR_HEADS`]. `mentions` sorted by start.
fn author_of(text: &str, actors: &[Actor], mentions: &[M]) -> Option<usize> {
    let head = &text[..crate::floor_boundary(text, AUTHOR_LINE_REACH)];
    // Cheap first: the heads all end in `by `.
    head.contains(" by ").then_some(())?;
    let mut line_start = 0;
    for line in head.split('\n') {
        let start = line_start;
        line_start += line.len() + 1;
        let line = line.trim_start_matches(['#', ' ']);
        if !names_its_speaker(line) {
            continue;
        }
        let end = start + line.len();
        let first = mentions.partition_point(|m| m.start < start);
        return mentions[first..]
            .iter()
            .take_while(|m| m.start < end)
            .find(|m| matches!(actors[m.actor].kind, ActorKind::Person | ActorKind::Role))
            .map(|m| m.actor);
    }
    None
}

/// Whether `at` lies in a paragraph that puts a question to the speaker (`Q: Mr President, …`,
/// `Question: …`): its first person is the one who asks. Or in one that another speaker's
/// label in capitals opens (`COMMISSIONER SØRVIK: We will present …`): its first person is
/// that speaker's, not the remarks' author's.
fn in_question(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let mut end = at.min(bytes.len());
    // A question or a turn is a paragraph of a few lines: the search back for its start stops
    // this far back, or a first person in a text saved as one line searched it all each time.
    let floor = end.saturating_sub(16 * 1024);
    let start = loop {
        match memchr::memrchr(b'\n', &bytes[floor..end]).map(|i| floor + i) {
            Some(i) if i > 0 && bytes[i - 1] == b'\n' => break i + 1,
            Some(i) => end = i,
            None if floor == 0 => break 0,
            None => return false,
        }
    };
    opens_question(&text[start..]) || opens_other_label(&text[start..])
}

/// Whether a paragraph that opens with `para` opens with a speaker's label in capitals
/// (`COMMISSIONER SØRVIK:`, `MINISTER VASILEV:`) other than the answer's own (`A:`,
/// `ANSWER:`).
fn opens_other_label(para: &str) -> bool {
    // Cheap first: a capital letter, then a colon within a label's length.
    if !para.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let head = &para[..crate::floor_boundary(para, 48)];
    let Some(colon) = head.find(':') else {
        return false;
    };
    let label = &head[..colon];
    label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !label.contains("  ")
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
        && !matches!(label, "ANSWER" | "QUESTION")
}

/// Whether a paragraph that opens with `para` puts a journalist's question: its label is `Q:`,
/// `Question:`, or either with the asker in brackets or after `from` (`Question (Politico):`,
/// `Q (Reuters):`, `Question from Agence Europe:`). Nothing said in it is anyone's
/// statement: `several member states oppose …` there asks the speaker about it.
fn opens_question(para: &str) -> bool {
    let Some(rest) = para
        .strip_prefix("Question")
        .or_else(|| para.strip_prefix('Q'))
    else {
        return false;
    };
    if rest.starts_with(':') {
        return true;
    }
    // The asker: in brackets or after `from`, on the label's line, before its colon.
    let asker = if let Some(inner) = rest.strip_prefix(" (") {
        inner
            .find(')')
            .filter(|&k| k <= 60)
            .map(|k| &inner[k + 1..])
    } else if let Some(inner) = rest.strip_prefix(" from ") {
        inner.find(':').filter(|&k| k <= 60).map(|k| &inner[k..])
    } else {
        None
    };
    asker.is_some_and(|after| {
        after.starts_with(':') && !para[..para.len() - after.len()].contains(['\n', '.'])
    })
}

/// Whether the sentence at `start` opens a paragraph: nothing but a blank line (or the text's
/// start) before it.
fn opens_paragraph(bytes: &[u8], start: usize) -> bool {
    let mut newlines = 0;
    for &b in bytes[..start].iter().rev() {
        match b {
            b'\n' => newlines += 1,
            b' ' | b'\t' | b'\r' => {}
            _ => return newlines >= 2,
        }
        if newlines >= 2 {
            return true;
        }
    }
    true
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, actors: &'a [Actor], mentions: Vec<M>, index: &SectionIndex) -> Self {
        let turns = crate::turns::find(
            text,
            mentions.iter().map(|m| (m.start, m.end, m.actor)),
            actors,
            index,
        );
        let author = author_of(text, actors, &mentions);
        Ctx {
            text,
            actors,
            mentions,
            turns,
            author,
        }
    }

    /// The one a first person (`ik`, `wij`, `I`, `we`) at `at` stands for: the speaker of the
    /// turn it is in; else, for `ik` only, a Dutch letter's signatory.
    /// In a speech or remarks (see [`author_of`]) it is their speaker outside any turn and
    /// outside a journalist's question.
    fn first_person(&self, at: usize, ik: bool) -> Option<usize> {
        crate::turns::speaker_at(&self.turns, at)
            .or_else(|| self.author.filter(|_| !in_question(self.text, at)))
            .or_else(|| ik.then(|| self.signatory()).flatten())
    }

    fn kind(&self, m: &M) -> ActorKind {
        self.actors[m.actor].kind
    }

    /// Whether mention `m` is a country's adjective for the actor of `next`, the mention right
    /// after it (`het Tsjechisch voorzitterschap`, `de Franse minister Barrot`), not a second
    /// name (`Nederland Oekraïne`).
    fn adjective_of_next(&self, m: &M, next: &M) -> bool {
        self.kind(m) == ActorKind::Country
            && self.kind(next) != ActorKind::Country
            && dutch_adjective_form(&self.text[m.start..m.end])
    }

    /// The index of the first mention that starts at or after `pos`, found by moving `cursor`
    /// (such an index for an earlier position) forward: verbs are visited in text order, so
    /// over a run the cursor passes each mention once, where a binary search per verb cost a
    /// sixth of statement finding.
    fn first_at_or_after(&self, cursor: &mut usize, pos: usize) -> usize {
        while self.mentions.get(*cursor).is_some_and(|m| m.start < pos) {
            *cursor += 1;
        }
        *cursor
    }

    /// The subject right before the verb, with the rest of its list; `idx` is the index of the
    /// first mention at or after the verb's start.
    /// Those named in a phrase that supports the subject (`, supported by X,`) are added to
    /// `supporters`. `dutch` is whether the verb is Dutch, whose clause may end in it.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn subject_before(
        &self,
        sentence: Span,
        verb: &V,
        idx: usize,
        dutch: bool,
        (supporters, contrasted): (&mut Vec<usize>, &mut Vec<usize>),
    ) -> Option<Vec<usize>> {
        let mut k = idx.checked_sub(1)?;
        let mut end_of_subject = verb.start;
        // Those named in `, together with X,`: they take the verb too.
        let mut joined: Vec<usize> = Vec::new();
        if let Some((open, side)) = side_phrase(self.text, sentence.start, verb.start) {
            // `Denmark, supported by Sweden, opposed`, `Nederland, als voorzitter van de
            // groep, stelde`: the subject stands before the phrase. A mention that runs over
            // its comma (a person with a role in apposition) is the subject itself.
            let inside = self.mentions[..=k]
                .iter()
                .rev()
                .take_while(|m| m.start > open)
                .count();
            // The last mention before the phrase.
            let outer = k.checked_sub(inside)?;
            if self.mentions[outer].end <= open {
                let inside = self.mentions[outer + 1..=k].iter().map(|m| m.actor);
                match side {
                    Side::Shared => joined.extend(inside),
                    Side::Supporting => supporters.extend(inside),
                    Side::Contrast => contrasted.extend(inside),
                    Side::Apart => {}
                }
                k = outer;
                end_of_subject = open;
            }
        } else if let Some(end) = role_runs_on(self.text, self.mentions[k], verb.start) {
            end_of_subject = end;
        }
        for _ in 0..2 {
            let m = self.mentions[k];
            // `De leden van de VVD-fractie vragen`: the party's group speaks as the party.
            let group_end = fraction_after(self.text.as_bytes(), m.end);
            let m_end = group_end.unwrap_or(m.end);
            if m.start < sentence.start
                || m_end > end_of_subject
                || self.addressed_by_writer(sentence, m)
            {
                return None;
            }
            // `- Duitsland en Oostenrijk: steunen het voorstel`: a list of positions, the
            // actors before the colon that opens their line.
            let colon = self.text[m_end..end_of_subject].trim() == ":";
            if !colon
                && !pre_gap_ok(&self.text[m_end..end_of_subject], self.kind(&m))
                && !self.after_intent(sentence, k, &self.text[m_end..end_of_subject])
            {
                return None;
            }
            let prep = preposition_before(self.text, sentence.start, m.start)
                .filter(|&p| !self.spoken_for(sentence, m, group_end.is_some(), p))
                // `adopted …, with the Hungarian delegation voting against`: the subject of
                // a participle after `with` votes so.
                .filter(|&p| {
                    !(self.text[p..].starts_with("with ")
                        && self.text[verb.start..verb.end].ends_with("ing"))
                })
                // `Zowel Hongarije als Slowakije`: the `als` of a pair joins, as `en` does.
                .filter(|_| !self.correlative_before(sentence, k));
            match prep {
                None => {
                    let mut list = self.list_backward(sentence, k);
                    // `dat Nederland Oekraïne zal blijven steunen`: of two names side by side
                    // before a Dutch verb at the clause's end, the first is the subject.
                    let side_by_side = dutch
                        .then(|| self.name_before_object(sentence, k, list.len()))
                        .flatten();
                    if let Some(first) = side_by_side {
                        k -= 1;
                        list = vec![first];
                    }
                    // `Het voorzitterschap zal de Raad informeren`: a mention after the
                    // auxiliary that follows its subject is the object of the verb it carries.
                    if let Some(subject) = self.subject_before_auxiliary(sentence, k, list.len()) {
                        list = subject;
                    } else if self.object_after_auxiliary(sentence, k + 1 - list.len()) {
                        return None;
                    }
                    if colon && !self.opens_line(self.mentions[k + 1 - list.len()].start) {
                        return None;
                    }
                    // `Op verzoek van Nederland en België sprak de Raad`: a list inside a
                    // phrase that opens the sentence, the subject after the verb.
                    // The list stops at a mention behind a preposition; in a sentence that
                    // a preposition opens, that phrase holds the rest of the list too.
                    if self.list_cut_by_opening_phrase(sentence, k + 1 - list.len()) {
                        return None;
                    }
                    if self.opening_phrase_holds(sentence, k + 1 - list.len(), list.len() == 1) {
                        return None;
                    }
                    self.contrasted(sentence, k + 1 - list.len(), contrasted);
                    list.append(&mut joined);
                    return Some(list);
                }
                Some(prep) => {
                    // `De voorzitter … in het EP refereerde`: step over the phrase, once.
                    end_of_subject = prep;
                    k = k.checked_sub(1)?;
                }
            }
        }
        None
    }

    /// The actor of the mention right before mention `k`, a lone subject candidate, when only
    /// spaces stand between them and the earlier one is a country or body that is no
    /// adjective of the later (`dat Nederland Oekraïne steunt`, not `het Tsjechisch
    /// voorzitterschap`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn name_before_object(&self, sentence: Span, k: usize, len: usize) -> Option<usize> {
        if len != 1 {
            return None;
        }
        let (prev, m) = (self.mentions[k.checked_sub(1)?], self.mentions[k]);
        let gap = self.text.get(prev.end..m.start)?;
        (prev.start >= sentence.start
            && !gap.is_empty()
            && gap.bytes().all(|b| b == b' ')
            && matches!(
                self.kind(&prev),
                ActorKind::Country | ActorKind::Organization
            )
            && !self.adjective_of_next(&prev, &m))
        .then_some(prev.actor)
    }

    /// The subject right before an auxiliary of intent whose infinitive the verb is, when
    /// phrases stand between them that [`Ctx::subject_before`] does not step over: `Nederland
    /// zal in de Raad het voorstel steunen`, `Frankrijk zal in de Raad tegen het voorstel
    /// stemmen`. `idx` is the index of the first mention at or after the verb's start.
    fn subject_before_intent(&self, sentence: Span, verb: &V, idx: usize) -> Option<Vec<usize>> {
        if !infinitive_ending(&self.text[verb.start..verb.end]) {
            return None;
        }
        let head = intent_head(&self.text[sentence.start..verb.start])?;
        let head_end = sentence.start + head.len();
        let k = self.mentions[..idx]
            .partition_point(|m| m.end <= head_end)
            .checked_sub(1)?;
        let m = self.mentions[k];
        if m.start < sentence.start
            || !self.text[m.end..head_end].trim().is_empty()
            || preposition_before(self.text, sentence.start, m.start).is_some()
        {
            return None;
        }
        let list = self.list_backward(sentence, k);
        let first = self.mentions[k + 1 - list.len()];
        // The list opens the sentence (after a bullet at most): `Daarom zal Nederland …` is
        // inverted, its subject after the auxiliary.
        let opening = &self.text[sentence.start..first.start];
        let words_before = words(opening)
            .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
            .filter(|w| !lower_in(w, DETERMINERS))
            .count();
        (words_before == 0).then_some(list)
    }

    /// Whether mention `first` goes on a list with the mention before it, which stands behind
    /// a preposition, in a sentence that a preposition opens: `Op verzoek van Nederland en
    /// België sprak de Raad`, where België is no subject either.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn list_cut_by_opening_phrase(&self, sentence: Span, first: usize) -> bool {
        let Some(prev) = first.checked_sub(1).map(|j| self.mentions[j]) else {
            return false;
        };
        let cur = self.mentions[first];
        let gap = &self.text[prev.end..cur.start];
        if prev.start < sentence.start
            || !list_gap(gap)
            || preposition_before(self.text, sentence.start, prev.start).is_none()
            // `Unlike Austria, Slovenia supported`, `On behalf of the Presidency, Ana Pereira
            // welcomed`: the opening phrase ends at its comma.
            || gap.contains(',')
        {
            return false;
        }
        words(&self.text[sentence.start..prev.start])
            .next()
            .is_some_and(|w| lower_in(w, PREPOSITIONS))
    }

    /// Whether mention `m` is the letter's addressee (`uw Kamer`, `your Committee`) after the
    /// writer's `ik` or `wij` in its sentence: the object of the writer's verb (`Ik zal uw
    /// Kamer informeren`), not its subject.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn addressed_by_writer(&self, sentence: Span, m: M) -> bool {
        let written = &self.text.as_bytes()[m.start..m.end];
        (written.starts_with(b"uw ") || written.starts_with(b"your "))
            && words(&self.text[sentence.start..m.start])
                .any(|w| lower_in(w, &["ik", "wij", "we", "i"]))
    }

    /// Whether only a bullet (`-`, `•`, `*`, `–`) and spaces stand before `at` on its line.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn opens_line(&self, at: usize) -> bool {
        // Back from `at` to the line's start: the first word on the way says no, so a long
        // line is not read back through for each mention in it.
        for c in self.text[..at].chars().rev() {
            match c {
                '\n' => return true,
                c if c.is_whitespace() || matches!(c, '-' | '•' | '*' | '–' | '·') => {}
                _ => return false,
            }
        }
        true
    }

    /// Whether the list that begins with mention `first` goes on before it in the phrase that
    /// opens the sentence: `Samen met Duitsland en Frankrijk benadrukte Nederland`, where the
    /// subject follows the verb.
    ///
    /// A `single` subject after a comma is no such list's end: the opening phrase closed at the
    /// comma (`Speaking for the S&D group, Marco Bellini welcomed`, `Together with France,
    /// Germany stressed`), where a list that goes on ends with its conjunction (`Samen met
    /// Duitsland, Frankrijk en Italië benadrukte Nederland`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn opening_phrase_holds(&self, sentence: Span, first: usize, single: bool) -> bool {
        let Some(j) = first.checked_sub(1) else {
            return false;
        };
        let (prev, cur) = (self.mentions[j], self.mentions[first]);
        let gap = &self.text[prev.end..cur.start];
        prev.start >= sentence.start
            && list_gap(gap)
            && !(single && gap.contains(','))
            // `Unlike Hungary, Austria supported`: the contrast ends at its comma; without one
            // it goes on (`Behalve Malta en Cyprus steunden alle lidstaten`).
            && !(self.text[prev.end..cur.start].contains(',')
                && opening_contrast(&self.text[sentence.start..prev.start]))
            && preposition_before(self.text, sentence.start, prev.start)
                .is_some_and(|prep| words(&self.text[sentence.start..prep]).nth(1).is_none())
    }

    /// The actors of a contrast that opens the sentence before the subject list that begins
    /// with mention `first`, added to `out`: `Unlike Hungary and Slovakia, Austria supported`,
    /// `In contrast to Spain, Italy opposed`, `In tegenstelling tot Polen steunde Hongarije`
    /// (a subject after its verb is not looked at: no contrast there yet).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn contrasted(&self, sentence: Span, first: usize, out: &mut Vec<usize>) {
        let Some(j) = first.checked_sub(1) else {
            return;
        };
        let (prev, cur) = (self.mentions[j], self.mentions[first]);
        if prev.start < sentence.start || !self.text[prev.end..cur.start].trim().starts_with(',') {
            return;
        }
        if let Some(k) = self.contrast_segment(sentence, j) {
            out.extend(self.mentions[k..=j].iter().map(|m| m.actor));
        }
    }

    /// Where the contrast that opens the sentence begins, if the list of mentions that ends
    /// with mention `j` (joined without commas: `Romania and Bulgaria`) is one.
    fn contrast_segment(&self, sentence: Span, j: usize) -> Option<usize> {
        let mut k = j;
        while k > 0 {
            let p = self.mentions[k - 1];
            let gap = &self.text[p.end..self.mentions[k].start];
            if p.start < sentence.start || gap.contains(',') || !list_gap(gap) {
                break;
            }
            k -= 1;
        }
        let opening = self.text.get(sentence.start..self.mentions[k].start)?;
        opening_contrast(opening).then_some(k)
    }

    /// The subjects before a Dutch auxiliary that stands right before the list of `len`
    /// mentions ending at `k`: `Het voorzitterschap zal de Raad informeren`, `Nederland wil de
    /// Commissie vragen`. `None` unless mention, auxiliary and list follow one another.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn subject_before_auxiliary(&self, sentence: Span, k: usize, len: usize) -> Option<Vec<usize>> {
        let first = k + 1 - len;
        let before = first.checked_sub(1)?;
        let (prev, object) = (self.mentions[before], self.mentions[first]);
        if prev.start < sentence.start {
            return None;
        }
        let mut between = &self.text[prev.end..object.start];
        // `De ECB-president, Christine Lagarde, zal de ministers informeren`: the comma
        // closes the apposition that names the subject.
        if self.text[sentence.start..prev.start]
            .trim_end()
            .ends_with(',')
            || self.text[prev.start..prev.end].contains(", ")
        {
            between = between.trim_start().strip_prefix(',').unwrap_or(between);
        }
        let mut gap = words(between);
        let auxiliary = gap.find(|w| !lower_in(w, ADVERBS))?;
        if !lower_in(auxiliary, AUXILIARIES)
            || !gap.all(|w| lower_in(w, DETERMINERS) || lower_in(w, ADVERBS))
            || between.contains([',', '.', ';', ':'])
            || preposition_before(self.text, sentence.start, prev.start).is_some()
        {
            return None;
        }
        Some(self.list_backward(sentence, before))
    }

    /// Whether mention `first` stands after an auxiliary whose subject, a noun phrase that
    /// names no actor, opens the sentence: `De Minister zal de Kamer informeren`, where the
    /// Kamer is informed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn object_after_auxiliary(&self, sentence: Span, first: usize) -> bool {
        let m = self.mentions[first];
        if m.start < sentence.start {
            return false;
        }
        let head = &self.text[sentence.start..m.start];
        let mut ws = words_back(head).skip_while(|w| lower_in(w, DETERMINERS));
        let Some(auxiliary) = ws.next() else {
            return false;
        };
        if !lower_in(auxiliary, AUXILIARIES) {
            return false;
        }
        let Some(last) = ws.next() else {
            return false;
        };
        // `Ik zal de Kamer informeren`: the first person speaks, the Kamer is informed.
        if lower_in(last, &["ik", "wij", "we"]) && ws.next().is_none() {
            return true;
        }
        let at = last.as_ptr() as usize - head.as_ptr() as usize + last.len();
        noun_phrase_opens(&head[..at])
    }

    /// Whether the list of mentions that ends with mention `k` follows an
    /// [`INTENT_AUXILIARIES`] word, inverted, with `gap` up to the infinitive holding no new
    /// clause: `Naar verwachting zullen Hongarije en Slowakije zich kritisch uitlaten`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn after_intent(&self, sentence: Span, k: usize, gap: &str) -> bool {
        if gap.contains(['.', ';', ':', ',', '?', '!'])
            || words(gap).nth(6).is_some()
            || words(gap).any(|w| lower_in(w, CLAUSE_OPENERS))
        {
            return false;
        }
        let len = self.list_backward(sentence, k).len();
        let first = self.mentions[k + 1 - len];
        let head = &self.text[sentence.start..first.start];
        words_back(head)
            .find(|w| !lower_in(w, DETERMINERS))
            .is_some_and(|w| lower_in(w, INTENT_AUXILIARIES))
    }

    /// Whether the preposition at `prep` before mention `m` follows one who speaks for the
    /// actor (`De leden van de D66-fractie`, `De vertegenwoordiger van Griekenland`, `The
    /// member for Greece`): the actor after it is the subject. `group` says a `-fractie`
    /// follows the mention.
    fn spoken_for(&self, sentence: Span, m: M, group: bool, prep: usize) -> bool {
        let Some(noun) = last_word(&self.text[sentence.start..prep]) else {
            return false;
        };
        // `De leden van de fracties van VVD en D66`: the groups speak as their parties.
        let party =
            self.kind(&m) == ActorKind::Organization && lower_in(noun, &["fractie", "fracties"]);
        // `Members of the EPP Group said`: a political group speaks through its members, as a
        // Dutch party's `-fractie` does.
        let written = &self.text.as_bytes()[m.start..m.end];
        let group = group
            || (self.kind(&m) == ActorKind::Organization
                && written.len() > 6
                && written[written.len() - 6..].eq_ignore_ascii_case(b" group"));
        // A group of countries too (`The leaders of the Baltic states`), not a board's members.
        let countries = match self.kind(&m) {
            ActorKind::Country => true,
            ActorKind::Collective => {
                written.ends_with(b"countries") || written.ends_with(b"states")
            }
            _ => false,
        };
        party || (group || countries) && lower_in(noun, SPEAKERS_FOR)
    }

    /// Whether mention `k` is the second of a correlative pair in `sentence` ([`correlative_gap`]).
    fn correlative_before(&self, sentence: Span, k: usize) -> bool {
        k.checked_sub(1)
            .map(|j| self.mentions[j])
            .filter(|prev| prev.start >= sentence.start && prev.end <= self.mentions[k].start)
            .is_some_and(|prev| {
                let gap = &self.text[prev.end..self.mentions[k].start];
                correlative_gap(&self.text[sentence.start..prev.start], gap)
            })
    }

    /// The list of subjects that ends with mention `k`, in text order.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn list_backward(&self, sentence: Span, mut k: usize) -> Vec<usize> {
        let mut out = vec![self.mentions[k].actor];
        let bytes = self.text.as_bytes();
        while k > 0 {
            let (prev, cur) = (self.mentions[k - 1], self.mentions[k]);
            // `de VVD-fractie en de D66-fractie`, `de VVD- en D66-fractie`: the party's group
            // (or its hyphen, the group's word left for the last) ends the list's item.
            let hanging = bytes.get(prev.end) == Some(&b'-')
                && bytes.get(prev.end + 1) == Some(&b' ')
                && fraction_after(bytes, cur.end).is_some();
            let group_end = fraction_after(bytes, prev.end)
                .or_else(|| hanging.then_some(prev.end + 1))
                .filter(|&e| e <= cur.start);
            let gap = &self.text[group_end.unwrap_or(prev.end)..cur.start];
            if prev.start < sentence.start
                || !(list_gap(gap) || correlative_gap(&self.text[sentence.start..prev.start], gap))
            {
                break;
            }
            // `De vertegenwoordigers van Frankrijk en Duitsland`: the list after one who
            // speaks for it goes on to its first name.
            let group = group_end.is_some();
            if preposition_before(self.text, sentence.start, prev.start)
                .is_some_and(|p| !self.spoken_for(sentence, prev, group, p))
            {
                break;
            }
            // `In contrast to Romania and Bulgaria, Hungary`: the contrast ends at its comma.
            if gap.contains(',') && self.contrast_segment(sentence, k - 1).is_some() {
                break;
            }
            out.push(prev.actor);
            k -= 1;
        }
        out.reverse();
        out
    }

    /// The subject that opens the sentence of a verb after `and` whose first verb is no speech
    /// verb (`Norway participated in the debate and welcomed`): the list of mentions at the
    /// sentence's start (after an article at most), with no comma and at most
    /// [`OPENING_REACH`] words between it and the verb. In English the first verb's objects may
    /// stand between them (`Dr X joined the ministers by video and called on the EU`); in Dutch,
    /// whose clause may end in its verbs, no other mention may. `idx` is the index of the first
    /// mention at or after the verb.
    fn opening_subject(&self, sentence: Span, verb: &V, idx: usize) -> Option<Vec<usize>> {
        let english =
            tables().is_some_and(|t| t.entries.get(verb.entry).is_some_and(|e| e.english));
        let reach = if english { OBJECTS_REACH } else { 1 };
        (1..=reach.min(idx)).find_map(|back| self.opening_subject_at(sentence, verb, idx - back))
    }

    /// [`Ctx::opening_subject`] for the list that ends in mention `k`.
    fn opening_subject_at(&self, sentence: Span, verb: &V, k: usize) -> Option<Vec<usize>> {
        let m = self.mentions[k];
        if m.start < sentence.start || m.end > verb.start {
            return None;
        }
        let mut gap = &self.text[m.end..verb.start];
        // `The Director-General of the WTO, Dr X, joined … and called on`: the comma that
        // closes a person's apposition (within the mention) ends the subject, not a phrase.
        if let Some(rest) = gap.strip_prefix(',') {
            if self.text[m.start..m.end].contains(", ") && self.kind(&m) == ActorKind::Person {
                gap = rest;
            }
        }
        // `Nederland heeft geen belangen in de Oostzee, maar steunde`: the comma before the
        // conjunction that joins the two verbs sets off no phrase.
        let trimmed = gap.trim_end();
        if let Some(rest) = last_word(trimmed)
            .filter(|w| lower_in(w, COORDINATORS))
            // `last_word` may skip what ends the gap (`en\u{a0},`): the word must end it.
            .and_then(|w| trimmed.strip_suffix(w)?.trim_end().strip_suffix(','))
        {
            gap = rest;
        }
        if gap.contains([',', ';', ':', '(', '"', '“']) || words(gap).nth(OPENING_REACH).is_some()
        {
            return None;
        }
        let list = self.list_backward(sentence, k);
        let first = self.mentions[k + 1 - list.len()];
        let head = self.text[sentence.start..first.start].trim();
        // Or a label that opens the paragraph: `Inzet Nederland: Nederland …`.
        let labelled = head.strip_suffix(':').is_some_and(|l| {
            !l.contains([',', ';', ':', '.']) && words(l).nth(3).is_none() && capitalised(l)
        });
        (head.is_empty() || labelled || lower_in(head, &["the", "de", "het"])).then_some(list)
    }

    /// The subject right after the verb (inverted order); `k` is the index of the first
    /// mention at or after the verb's end.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn subject_after(&self, sentence: Span, verb: &V, mut k: usize) -> Option<Vec<usize>> {
        // English inverts only behind a quotation (`"…," said the Minister`); elsewhere a
        // mention after an English verb is its object (`… joined and briefed ministers`).
        // Nor does it take one after it in the passive (`was briefed by the Presidency`, `was
        // supported by Belgium`): there the agent after `by` is who spoke.
        let entry = tables().and_then(|t| t.entries.get(verb.entry));
        let english = entry.is_some_and(|e| e.english);
        let before = &self.text[sentence.start..verb.start];
        let link = if entry.is_some_and(|e| e.agent) {
            // `In the view of the Commission,`; any other `view` is no one's view here.
            if self.text[verb.start..verb.end].eq_ignore_ascii_case("view") {
                if !(before.len() == 7 && before.eq_ignore_ascii_case("in the ")) {
                    return None;
                }
                Some("of")
            } else {
                english.then_some("to")
            }
        } else if english && passive_before(self.text.as_bytes(), verb.start) {
            Some("by")
        } else {
            None
        };
        if english && link.is_none() && !after_quotation(before) {
            return None;
        }
        // `De vrijwaringsclausule stelt de Commissie in staat`: the subject opened the sentence.
        let agent = entry.is_some_and(|e| e.agent);
        let first_in = self.mentions.partition_point(|m| m.start < sentence.start);
        let named_before = self
            .mentions
            .get(first_in)
            .is_some_and(|m| m.end <= verb.start);
        if !english && !agent && !named_before && noun_phrase_opens(before) {
            return None;
        }
        let m = *self.mentions.get(k)?;
        if m.end > sentence.end {
            return None;
        }
        // `Volgens de Italiaanse minister Niccolò Sabatini`: the adjective gives the person
        // after it their country; the person speaks.
        let holder = self.mentions.get(k + 1).filter(|r| {
            self.kind(&m) == ActorKind::Country
                && self.kind(r) == ActorKind::Person
                && r.end <= sentence.end
                && &self.text[m.end..r.start] == " "
                && self.actors[r.actor].affiliation.as_deref() == Some(&*self.actors[m.actor].id)
        });
        // `lichtte de Nederlandse inzet toe`: a country's adjective before a noun is no subject.
        if holder.is_none()
            && self.kind(&m) == ActorKind::Country
            && adjective_before_noun(self.text, m)
        {
            return None;
        }
        // `The main items were Russia's war of aggression against Ukraine`: a possessive names
        // what is the subject's, not the subject.
        if !agent && possessive_after(self.text, m.end) {
            return None;
        }
        let gap = &self.text[verb.end..m.start];
        let mut gap_words = words(gap);
        if link.is_some_and(|l| gap_words.next() != Some(l)) {
            return None;
        }
        if gap.contains([',', '.', ';', ':']) || !gap_words.all(|w| lower_in(w, DETERMINERS)) {
            return None;
        }
        if let Some(person) = holder {
            return Some(vec![person.actor]);
        }
        // `said the Romanian minister`: the adjective gives the role after it its country;
        // the role speaks.
        if let Some(role) = self.mentions.get(k + 1).filter(|r| {
            self.kind(&m) == ActorKind::Country
                && self.kind(r) == ActorKind::Role
                && r.end <= sentence.end
                && &self.text[m.end..r.start] == " "
                && self.actors[r.actor].affiliation.as_deref() == Some(&*self.actors[m.actor].id)
        }) {
            return Some(vec![role.actor]);
        }
        let mut out = vec![m.actor];
        while let Some(next) = self.mentions.get(k + 1) {
            let gap = &self.text[self.mentions[k].end..next.start];
            let agents = link == Some("by") && agent_list_gap(gap);
            if next.end > sentence.end || !(agents || list_gap(gap)) {
                break;
            }
            // `said Kaja Berg, Danish Minister for Trade, President of the Council`: an office
            // after a person and a comma is the person's further title, not a second speaker.
            if gap.trim() == ","
                && self.kind(&self.mentions[k]) == ActorKind::Person
                && self.kind(next) == ActorKind::Role
            {
                break;
            }
            out.push(next.actor);
            k += 1;
        }
        Some(out)
    }

    /// Those named in `samen met` or `together with` right after the verb, with the rest of
    /// their list, added to `out`: they say it too (`Frankrijk benadrukte samen met Duitsland
    /// dat`, `Nederland pleitte, samen met de Nordics, voor`). Only the verb's next words are
    /// looked at.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn sharers_right_after(&self, verb_end: usize, limit: usize, with: bool, out: &mut Vec<usize>) {
        let text = self.text;
        let Some(rest) = text.get(verb_end..limit) else {
            return;
        };
        let head = rest.trim_start();
        // Set off by commas (`Nederland pleitte, samen met de Nordics, voor …`).
        let head = head.strip_prefix(',').map_or(head, str::trim_start);
        let bare = ["met "];
        let openers = if with { &bare[..] } else { &[][..] };
        let Some(opener) = SHARING_OPENERS.iter().chain(openers).find(|o| {
            head.get(..o.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(o))
        }) else {
            return;
        };
        let at = verb_end + (rest.len() - head.len()) + opener.len();
        let mut k = self.mentions.partition_point(|m| m.start < at);
        let Some(&m) = self.mentions.get(k) else {
            return;
        };
        if m.end > limit || !words(&text[at..m.start]).all(|w| lower_in(w, DETERMINERS)) {
            return;
        }
        out.push(m.actor);
        while let Some(next) = self.mentions.get(k + 1) {
            if next.end > limit || !list_gap(&text[self.mentions[k].end..next.start]) {
                break;
            }
            out.push(next.actor);
            k += 1;
        }
    }

    /// Supporters named after the verb in a phrase of their own, between `verb_end` and
    /// `limit`: `Spain called for flexibility, supported by Italy and Greece.`, `Spanje
    /// pleitte, gesteund door Italië, voor …`. Not a phrase beside a later subject (`, and
    /// Greece, supported by Italy, opposed`). `commas` are the text's commas. Those named
    /// after a participle of [`SIDE_OPPONENTS`] go to `opponents`, with the participle's span
    /// (`, opposed by FR and BE.`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn supporters_after(
        &self,
        verb_end: usize,
        limit: usize,
        (commas, cursor): (&[usize], &mut usize),
        (supporters, opponents): (&mut Vec<usize>, &mut Opponents),
    ) -> bool {
        let text = self.text;
        let first = seek(commas, cursor, |&c| c < verb_end);
        for &comma in commas[first..].iter().take_while(|&&c| c < limit) {
            // Most commas are followed by something else: three bytes tell.
            if !may_open_support(text.as_bytes(), comma + 1) {
                continue;
            }
            // The phrase's words up to its agent: `supported by`, `met steun van`, `net als`.
            let mut at = comma + 1;
            let (mut supporting, mut shared) = (false, false);
            let mut opposing = None;
            let mut n = 0;
            while let Some((s, e)) = next_word_in(text, at, limit) {
                let word = &text[s..e];
                if lower_in(word, SIDE_SUPPORTERS) {
                    supporting = true;
                } else if n == 0
                    && lower_in(word, SIDE_OPPONENTS)
                    && agent_follows(text.as_bytes(), e)
                {
                    opposing = Some(Span { start: s, end: e });
                } else if n == 0 && lower_in(word, SHARERS_AFTER) {
                    shared = true;
                } else if !(lower_in(word, SUPPORT_LINKS) || shared && lower_in(word, SHARE_LINKS))
                {
                    break;
                }
                at = e;
                n += 1;
                if n > 5 {
                    return false;
                }
            }
            if !(supporting || shared || opposing.is_some()) {
                continue;
            }
            let k = self.mentions.partition_point(|m| m.start < at);
            let Some(&m) = self.mentions.get(k) else {
                return false;
            };
            if m.end > limit || !words(&text[at..m.start]).all(|w| lower_in(w, DETERMINERS)) {
                continue;
            }
            // A phrase beside a subject after the verb belongs to that subject's verb.
            let beside = self.mentions[..k]
                .last()
                .is_some_and(|p| p.start >= verb_end && text[p.end..comma].trim().is_empty());
            if beside {
                continue;
            }
            let named = match opposing {
                Some(participle) => {
                    opponents.participle = Some(participle);
                    &mut opponents.actors
                }
                None => supporters,
            };
            named.push(m.actor);
            let mut k = k;
            while let Some(next) = self.mentions.get(k + 1) {
                if next.end > limit || !list_gap(&text[self.mentions[k].end..next.start]) {
                    break;
                }
                named.push(next.actor);
                k += 1;
            }
            return shared && !supporting;
        }
        false
    }

    /// The subject of a Dutch verb in a subordinate clause, which stands after the clause's
    /// opening word and before the verb (`dat Duitsland het voorstel steunt`, `omdat
    /// Frankrijk daartegen bezwaar maakte`, `de zorgen die Nederland uitte`), or, after a
    /// relative `die` that no subject follows, the word it refers to (`Lidstaten die het
    /// voorstel steunden`). `idx` is the index of the first mention at or after the verb.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn final_clause(&self, sentence: Span, verb: &V, idx: usize, at: Opening) -> Option<Final<'_>> {
        let text = self.text;
        let from = sentence.start.max(at.previous_end);
        let opener = at.opener(text, from, verb.start)?;
        let (opener_start, opener_end) = (opener.start, opener.end);
        let word = &text[opener_start..opener_end];
        // `als` compares after `net` or `zowel` (`Net als Finland steunde Denemarken`): no
        // clause. Otherwise, like `indien`, it opens a condition.
        // `Zowel Hongarije als Slowakije hielden vast`: `zowel` a few words back pairs the
        // names (before, `als Slowakije hielden` was a condition, and Slovakia no subject).
        if lower_in(word, CONDITIONS)
            && (last_word(&text[from..opener_start]).is_some_and(|w| lower_in(w, COMPARING))
                || words_back(&text[from..opener_start])
                    .take(4)
                    .any(|w| w.eq_ignore_ascii_case("zowel")))
        {
            return None;
        }
        // The first mention after the opening word, articles and adverbs between.
        let first =
            self.mentions[..idx.min(self.mentions.len())].partition_point(|m| m.start < opener_end);
        // `die`, and `dat` right after a comma (`Frankrijk, dat het voorstel steunde,`): a
        // conjunction `dat` follows a verb, not a comma.
        let relative = lower_in(word, &["die", "welke"])
            || (lower_in(word, &["dat"]) && text[from..opener_start].trim_end().ends_with(','));
        let subject = self.mentions.get(first).filter(|m| {
            m.end <= verb.start
                && words(&text[opener_end..m.start])
                    .all(|w| lower_in(w, DETERMINERS) || lower_in(w, ADVERBS))
        });
        let (subjects, middle_start) = match subject.copied() {
            Some(mut m) => {
                let mut k = first;
                // An adjective names the noun's actor (`het Tsjechisch voorzitterschap`): the
                // noun is the subject. Two names side by side are subject and object (`dat
                // Nederland Oekraïne steunt`).
                while let Some(next) = self.mentions.get(k + 1).filter(|n| {
                    n.end <= verb.start
                        && text[m.end..n.start].trim().is_empty()
                        && self.adjective_of_next(&m, n)
                }) {
                    m = *next;
                    k += 1;
                }
                let mut list = vec![m.actor];
                while let Some(next) = self.mentions.get(k + 1) {
                    // Not `met de lidstaten`: in the middle of the clause `met` is a
                    // preposition.
                    let gap = &text[self.mentions[k].end..next.start];
                    if next.end > verb.start
                        || !list_gap(gap)
                        || words(gap).any(|w| lower_in(w, PREPOSITIONS))
                    {
                        break;
                    }
                    list.push(next.actor);
                    k += 1;
                }
                // A plural verb has no single country, body or person as its subject: `de
                // lidstaten die Nederland steunden` are steunden by the member states. After
                // an auxiliary the verb is an infinitive and the auxiliary the finite verb:
                // `dat het kabinet de Commissie zal vragen`, `dat zij het voorstel zullen
                // steunen`.
                // The words between are read only for the one subject this asks about.
                let finite = || {
                    words(&text[m.end..verb.start])
                        .filter(|w| lower_in(w, AUXILIARIES))
                        .last()
                        .unwrap_or(&text[verb.start..verb.end])
                };
                if list.len() == 1
                    && self.kind(&m) != ActorKind::Collective
                    && plural_verb(finite())
                {
                    if !relative {
                        return None;
                    }
                    (self.antecedent(sentence, opener_start, first)?, opener_end)
                } else {
                    (Subject::Mentions(list), self.mentions[k].end)
                }
            }
            None => match first_word(&text[opener_end..verb.start]) {
                Some(w) if lower_in(w, PRONOUNS_PERSON) || lower_in(w, PRONOUNS_OTHER) => {
                    let at = opener_end + text[opener_end..].find(w).unwrap_or(0);
                    (Subject::Pronoun(w), at + w.len())
                }
                _ if relative => (self.antecedent(sentence, opener_start, first)?, opener_end),
                _ => return None,
            },
        };
        let middle = Span::new(middle_start.min(verb.start), verb.start);
        // The middle of the clause holds its objects, not another clause or a second verb.
        let mut count = 0;
        for w in words(&text[middle.start..middle.end]) {
            count += 1;
            if count > 10 || lower_in(w, COORDINATORS) || lower_in(w, CLAUSE_WORDS) {
                return None;
            }
        }
        // The noun a relative pronoun refers to is the verb's object (`de zorgen die Oostenrijk
        // uitte`): its particles may stand there. Not the word right after the sentence's
        // previous verb: that is its participle, and `dat` opens what was said (`hebben
        // aangegeven dat zij meer tijd nodig hebben`).
        let object = if lower_in(word, &["die", "dat", "welke"]) {
            last_word(&text[from..opener_start])
                .filter(|w| {
                    let start = w.as_ptr() as usize - text.as_ptr() as usize;
                    from == sentence.start || !text[from..start].trim().is_empty()
                })
                .map(|w| {
                    let start = w.as_ptr() as usize - text.as_ptr() as usize;
                    Span::new(start, start + w.len())
                })
                .unwrap_or_default()
        } else {
            Span::default()
        };
        // The rest of the verb cluster: `dat Nederland het voorstel kan steunen`. Two words
        // of ASCII letters at most, on bytes.
        let bytes = text.as_bytes();
        let mut cluster_end = verb.end;
        let mut p = verb.end;
        for _ in 0..2 {
            if bytes.get(p) != Some(&b' ') {
                break;
            }
            let start = p + 1;
            let len = bytes
                .get(start..sentence.end)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            if len == 0 {
                break;
            }
            cluster_end = start + len;
            p = cluster_end;
        }
        let cluster = Span::new(verb.end, cluster_end);
        // `De PVV wil dat Nederland een opt-out vraagt`: what one wants another to do is a
        // wish, not the other's view.
        let wished = || {
            word.eq_ignore_ascii_case("dat")
                && text[sentence.start.min(opener_start)..opener_start]
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| matches!(w, "wil" | "willen" | "wilde" | "wilden"))
        };
        let hypothetical = clause_word_class(word) == ClauseWord::Condition || wished();
        Some(Final {
            subjects,
            middle,
            object,
            cluster,
            hypothetical,
        })
    }

    /// The mention that a relative pronoun at `opener` refers to: the one right before it
    /// (`Lidstaten die`, `de lidstaten, die`), with its list; `first` is the index of the
    /// first mention after the pronoun.
    fn antecedent(&self, sentence: Span, opener: usize, first: usize) -> Option<Subject<'static>> {
        let k = first.checked_sub(1)?;
        let m = self.mentions[k];
        let gap = self.text.get(m.end..opener)?;
        if m.start < sentence.start || !gap.trim_start().trim_start_matches(',').trim().is_empty() {
            return None;
        }
        if preposition_before(self.text, sentence.start, m.start).is_some() {
            return None;
        }
        Some(Subject::Mentions(self.list_backward(sentence, k)))
    }

    /// The actors of a phrase that opens the sentence right before a verb whose subject
    /// follows it, added to `shared` when they share the verb (`Net als Finland steunde
    /// Denemarken`). `idx` is the index of the first mention at or after the verb.
    fn opening_sides(&self, sentence: Span, idx: usize, shared: &mut Vec<usize>) {
        let idx = idx.min(self.mentions.len());
        let first = self.mentions[..idx].partition_point(|m| m.start < sentence.start);
        if first >= idx {
            return;
        }
        let ms = &self.mentions[first..idx];
        let text = self.text;
        let joined = ms.windows(2).all(|w| list_gap(&text[w[0].end..w[1].start]));
        // The list ends right before the verb: `Net als Finland steunde`.
        let verb_next = ms
            .last()
            .and_then(|m| text.get(m.end..))
            .is_some_and(|rest| rest.starts_with(' '));
        if !joined || !verb_next {
            return;
        }
        let opening = &text[sentence.start..ms[0].start];
        // `Behalve Malta en Cyprus steunden alle lidstaten`: those excepted did not say what
        // the rest said, which is not to say they said the opposite: they stay out.
        if opening_shares(opening) && !opening_contrast(opening) {
            shared.extend(ms.iter().map(|m| m.actor));
        }
    }

    /// The one Dutch person of the paper (its signatory, as a rule) whose role begins with the
    /// title that, with its article alone, is the subject before the verb (`De minister deelt de
    /// zorgen`, `De staatssecretaris gaf aan`); `None` when there is no such person or two.
    fn unnamed_title(&self, before: &str) -> Option<usize> {
        // A list's dash or bullet may open the line (`- De minister informeert de Kamer`).
        let mut w = words(before).skip_while(|w| !w.bytes().any(|b| b.is_ascii_alphabetic()));
        let (Some(article), Some(title)) = (w.next(), w.next()) else {
            return None;
        };
        if !lower_in(article, &["de"]) || !lower_in(title, UNNAMED_TITLES) {
            return None;
        }
        // `De Minister steunt`, or the title before an auxiliary of intent whose infinitive
        // this is: `De Minister zal daarom in de Raad tegen stemmen`.
        if w.next().is_some() && intent_head(before).is_none_or(|h| words(h).count() != 2) {
            return None;
        }
        self.dutch_title_holder(title)
    }

    /// The subject named by `de` and a bare title right after a Dutch verb, in inverted order
    /// (`Wat betreft de verordening deelt de Staatssecretaris de zorgen`, `Daarnaast benadrukte
    /// de minister dat …`): the one Dutch holder of that title, as [`Ctx::unnamed_title`]
    /// finds for the title before the verb. Not a title with its role phrase (`de minister
    /// van Financiën`), which is a mention of its own.
    fn unnamed_title_after(&self, verb: &V) -> Option<usize> {
        if tables()?.entries.get(verb.entry)?.english {
            return None;
        }
        let rest = self.text.get(verb.end..)?;
        let rest = rest
            .strip_prefix(" de ")
            .or_else(|| rest.strip_prefix(" De "))?;
        let mut w = rest.split(' ');
        let title = w.next()?;
        let title = title.trim_end_matches([',', '.', ';', ':']);
        if !lower_in(title, UNNAMED_TITLES) {
            return None;
        }
        if w.next()
            .is_some_and(|next| lower_in(next, &["van", "voor"]))
        {
            return None;
        }
        self.dutch_title_holder(title)
    }

    /// The actor named right after `, aldus` (`, so said`) that closes `sentence`: the
    /// speaker of the words before it (`Ik vraag de Raad …, aldus de Spaanse minister.`).
    fn aldus_speaker(&self, sentence: Span) -> Option<usize> {
        let s = &self.text[sentence.start..sentence.end];
        let at = sentence.start + s.rfind(", aldus ")? + ", aldus ".len();
        let k = self.mentions.partition_point(|m| m.start < at);
        let mut m = self.mentions.get(k)?;
        // `de Spaanse minister`: the country's adjective names the role after it.
        if let Some(next) = self
            .mentions
            .get(k + 1)
            .filter(|n| self.text.get(m.end..n.start) == Some(" ") && self.adjective_of_next(m, n))
        {
            m = next;
        }
        let gap = self.text.get(at..self.mentions[k].start)?;
        let tail = self.text.get(m.end..sentence.end)?;
        let articles_only = words(gap).all(|w| lower_in(w, &["de", "het", "een"]));
        (gap.len() <= 8 && articles_only && tail.trim_end_matches(['.', '!', ' ']).is_empty())
            .then_some(m.actor)
    }

    /// The one Dutch person, or else the one Dutch role, whose role opens with `title`.
    fn dutch_title_holder(&self, title: &str) -> Option<usize> {
        let holder = |kind: ActorKind| {
            let mut holders = self.actors.iter().enumerate().filter(|(_, a)| {
                a.kind == kind
                    && a.affiliation.as_deref() == Some("country:nl")
                    && a.role.as_deref().is_some_and(|r| {
                        r.get(..title.len())
                            .is_some_and(|head| head.eq_ignore_ascii_case(title))
                            && r.get(title.len()..).is_some_and(|r| r.starts_with(' '))
                    })
            });
            match (holders.next(), holders.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        };
        // No such person (a committee's debate names the minister by office alone): the one
        // Dutch role of that title (`de minister van Economische Zaken`).
        holder(ActorKind::Person).or_else(|| holder(ActorKind::Role))
    }

    /// The signatory when `ik` follows a Dutch verb (inverted order: `Daarnaast heb ik
    /// toegezegd`, `Tijdens de Raad heb ik benadrukt`), as `Ik heb benadrukt` is.
    fn inverted_ik(&self, verb: &V) -> Option<usize> {
        let rest = self.text.as_bytes().get(verb.end..)?;
        let is = |word: &[u8]| {
            rest.starts_with(word) && !rest.get(word.len()).is_some_and(u8::is_ascii_alphanumeric)
        };
        let (ik, wij) = (is(b" ik"), is(b" wij"));
        if !(ik || wij) || tables()?.entries.get(verb.entry)?.english {
            return None;
        }
        self.first_person(verb.start, ik)
    }

    /// The one an `ik` or `wij` right after an auxiliary of intent stands for, the verb its
    /// infinitive (`Wel zal ik de Commissie vragen`): the inverted subject, not the object
    /// named before the infinitive.
    fn ik_after_intent(&self, before: &str, verb: &V) -> Option<usize> {
        if tables()?.entries.get(verb.entry)?.english {
            return None;
        }
        let middle = intent_middle(before)?.trim_start();
        let ik = middle.starts_with("ik ") || middle == "ik";
        if !(ik || middle.starts_with("wij ") || middle == "wij") {
            return None;
        }
        self.first_person(verb.start, ik)
    }

    /// The one a first person that is the whole subject before the verb at `at` stands for
    /// (`Ik steun`, `Wij maken ons zorgen`, `I support`): see [`Ctx::first_person`].
    fn first_person_before(&self, before: &str, at: usize) -> Option<usize> {
        // Most verbs have no first person before them: the last bytes say so at once.
        // `Ik zal in de Raad pleiten`: the first person opens the sentence before an
        // auxiliary of intent whose infinitive the verb is.
        let before = if ends_in_first_person(trim_spaces_end(before.as_bytes())) {
            before
        } else if let Some(head) = first_person_before_adverb(before) {
            // `and I fully support`: an adverb between the first person and its verb.
            head
        } else if opens_with_first_person(before) {
            intent_head(before)?
        } else {
            return None;
        };
        // The speech after a turn's label in the same sentence: `Ms Novak (Czechia): I support`.
        let before = before.rsplit(": ").next().unwrap_or(before);
        // `…, and I welcome …`: a first person opens a clause of its own.
        let before = coordinated_first_person(before).unwrap_or(before);
        // A list's dash or bullet may open the line.
        let mut w = words(before).skip_while(|w| !w.bytes().any(|b| b.is_ascii_alphabetic()));
        let (Some(word), None) = (w.next(), w.next()) else {
            return None;
        };
        let ik = word == "Ik" || word == "ik";
        if !ik && !matches!(word, "Wij" | "wij" | "We" | "we" | "I") {
            return None;
        }
        self.first_person(at, ik)
    }

    /// The one Dutch person whose role begins with a title of [`UNNAMED_TITLES`]: the
    /// signatory of a Dutch letter; `None` when there is none or more than one.
    fn signatory(&self) -> Option<usize> {
        let mut holders = self.actors.iter().enumerate().filter(|(_, a)| {
            a.kind == ActorKind::Person
                && a.affiliation.as_deref() == Some("country:nl")
                && a.role.as_deref().is_some_and(|r| {
                    UNNAMED_TITLES.iter().any(|t| {
                        r.get(..t.len()).is_some_and(|h| h.eq_ignore_ascii_case(t))
                            && r.get(t.len()..).is_some_and(|r| r.starts_with(' '))
                    })
                })
        });
        match (holders.next(), holders.next()) {
            (Some((i, _)), None) => Some(i),
            // Several Dutch ministers (`Minister Van Dalen van Justitie en Veiligheid` in the
            // report): the one who signs is named last, in the letter's last quarter.
            (Some(a), Some(b)) => {
                let closing = self.text.len() / 4 * 3;
                let last = |(i, a): (usize, &Actor)| {
                    (
                        a.mentions.iter().map(|m| m.range.start).max().unwrap_or(0),
                        i,
                    )
                };
                let all: Vec<(usize, &Actor)> = [a, b].into_iter().chain(holders).collect();
                // Two who sign one under the other (`De Staatssecretaris …,` ⏎ `De Minister
                // van Asiel en Migratie,`): the report speaks of one of them in the third
                // person (`De minister van Asiel en Migratie heeft benadrukt`), so the other,
                // named only where they sign, is `ik`; of several such, the first to sign.
                let only_signing: Vec<(usize, usize)> = all
                    .iter()
                    .filter(|(_, a)| {
                        a.mentions.len() <= 2 && a.mentions.iter().all(|m| m.range.start >= closing)
                    })
                    .map(|&p| last(p))
                    .collect();
                if only_signing.len() < all.len() {
                    if let Some(&(_, i)) = only_signing.iter().min() {
                        return Some(i);
                    }
                }
                let (at, i) = all.into_iter().map(last).max()?;
                (at >= closing).then_some(i)
            }
            _ => None,
        }
    }

    /// The country named after `namens` (`on behalf of`) in `sentence`, when the one subject
    /// is an unnamed role of another country (`Namens Polen gaf de minister van Buitenlandse
    /// Zaken aan`, where a Dutch paper takes an unnamed minister for its own): the country then
    /// speaks. `idx` is the index of the first mention at or after the verb.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn on_behalf_of(&self, sentence: Span, idx: usize, subjects: &[usize]) -> Option<usize> {
        let [one] = subjects else {
            return None;
        };
        let speaker = &self.actors[*one];
        // A role without a name (a named person's country is known better).
        if speaker.kind != ActorKind::Role {
            return None;
        }
        let home = speaker.affiliation.as_deref()?;
        let window = &self.text[sentence.start..sentence.end];
        if !(window.contains("amens ") || window.contains("behalf of ")) {
            return None;
        }
        let first = self.mentions[..idx.min(self.mentions.len())]
            .partition_point(|m| m.start < sentence.start);
        self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= sentence.end)
            .filter(|m| self.kind(m) == ActorKind::Country)
            .find(|m| {
                let before = &self.text[sentence.start..m.start];
                last_word(before).is_some_and(|w| lower_in(w, &["namens"]))
                    || before.ends_with("behalf of ")
            })
            .map(|m| m.actor)
            .filter(|&c| self.actors[c].id != home)
    }

    /// The agency whose report this is: the first organisation named on its cover (the first
    /// [`OWN_REACH`] bytes) whose name says it is an agency (`European Agency for Plant Health`).
    /// The country whose position a national report gives under a label (`Finland's
    /// position:` ⏎ `We supported …`): the `we` of the lines under it, up to
    /// [`POSITION_REACH`] bytes on.
    fn position_label(&self, at: usize) -> Option<usize> {
        let floor = crate::floor_boundary(self.text, at.saturating_sub(POSITION_REACH));
        let window = &self.text.as_bytes()[floor..at];
        let label = memchr::memmem::rfind(window, b"s position:")?;
        // `'s` or `’s` right before, the name before that.
        let head = &window[..label];
        let name_end = floor
            + if head.ends_with(b"'") {
                label - 1
            } else if head.ends_with("\u{2019}".as_bytes()) {
                label - 3
            } else {
                return None;
            };
        let k = self.mentions.partition_point(|m| m.end < name_end);
        let m = self.mentions.get(k).filter(|m| m.end == name_end)?;
        // The label opens its line.
        let line_start = matches!(
            self.text.as_bytes()[m.start.saturating_sub(8)..m.start]
                .iter()
                .rev()
                .find(|&&b| b != b' ' && b != b'\t'),
            None | Some(b'\n')
        );
        (line_start && self.kind(m) == ActorKind::Country).then_some(m.actor)
    }

    /// The political group of the speaker whose turn holds `at` (`Manfred Kessler, on behalf of
    /// the PPE Group. – …`, `Valeria Bianchi (Renew). – …`): the body of the European
    /// Parliament the speaker belongs to, if it is an actor of the report.
    fn speakers_group(&self, at: usize) -> Option<usize> {
        let speaker = crate::turns::speaker_at(&self.turns, at)?;
        let group = self.actors.get(speaker)?.affiliation.as_deref()?;
        self.actors.iter().position(|a| {
            a.id == group && a.affiliation.as_deref() == Some("org:european-parliament")
        })
    }

    fn own_agency(&self) -> Option<usize> {
        self.mentions
            .iter()
            .take_while(|m| m.start < OWN_REACH)
            .map(|m| m.actor)
            .find(|&a| {
                let actor = &self.actors[a];
                actor.kind == ActorKind::Organization
                    && ["Agency", "Authority", "Office", "Agentschap", "Autoriteit"]
                        .iter()
                        .any(|w| actor.name.contains(w))
            })
    }

    /// The parties whose groups (`de VVD-fractie`, `de fracties van de ChristenUnie en de
    /// SGP`) were last named before `pos` in its paragraph, the whole list; `idx` is the index
    /// of the first mention at or after `pos`.
    fn last_group(&self, pos: usize, idx: usize) -> Option<Vec<usize>> {
        let bytes = self.text.as_bytes();
        // The groups looked at stand within 1200 bytes: the paragraph's start is looked for
        // no further back than a few times that, not through a whole text on one line.
        let floor = crate::floor_boundary(self.text, pos.saturating_sub(4096));
        let paragraph =
            last_pair(&bytes[floor..pos], b'\n', b'\n').map_or(floor, |k| floor + k + 2);
        let whole = Span::new(paragraph, pos);
        let k = (0..idx.min(self.mentions.len()))
            .rev()
            .take(20)
            .take_while(|&k| pos - self.mentions[k].start < 1200)
            .find(|&k| {
                let m = self.mentions[k];
                fraction_after(bytes, m.end).is_some()
                    || m.start >= paragraph
                        && preposition_before(self.text, paragraph, m.start)
                            .is_some_and(|p| self.spoken_for(whole, m, false, p))
                        && self.kind(&m) == ActorKind::Organization
            })
            .filter(|&k| self.mentions[k].start >= paragraph)?;
        // `van de ChristenUnie en de SGP`: the list goes on after the first party.
        Some(self.group_list(whole, k, pos))
    }

    /// The whole list of groups that mention `k` opens, up to `pos` (`van de ChristenUnie en de
    /// SGP`), in text order.
    fn group_list(&self, whole: Span, k: usize, pos: usize) -> Vec<usize> {
        let mut last = k;
        while let Some(next) = self.mentions.get(last + 1).filter(|n| n.end <= pos) {
            if !list_gap(&self.text[self.mentions[last].end..next.start]) {
                break;
            }
            last += 1;
        }
        self.list_backward(whole, last)
    }

    /// The party group named last before `pos` (`de leden van de SP-fractie`), in an earlier
    /// paragraph or a heading: what `deze leden` stands for when its own paragraph names none.
    fn earlier_group(&self, pos: usize, idx: usize) -> Option<Vec<usize>> {
        let bytes = self.text.as_bytes();
        let k = (0..idx.min(self.mentions.len()))
            .rev()
            .take(EARLIER_GROUP_MENTIONS)
            .take_while(|&k| pos - self.mentions[k].start < EARLIER_GROUP_REACH)
            .find(|&k| fraction_after(bytes, self.mentions[k].end).is_some())?;
        let whole = Span::new(self.mentions[k].start, pos);
        Some(self.group_list(whole, k, pos))
    }

    /// The agent of a Dutch passive in `sentence`: the mention after `door` (articles
    /// skipped), with the rest of its list (`door Luxemburg en Malta`), before or after the
    /// auxiliary. `idx` is the index of the first mention at or after the verb.
    fn passive_agent(&self, sentence: Span, idx: usize) -> Option<Vec<usize>> {
        let first = self.mentions[..idx.min(self.mentions.len())]
            .partition_point(|m| m.start < sentence.start);
        let mut k = first;
        while let Some(&m) = self.mentions.get(k) {
            if m.end > sentence.end {
                return None;
            }
            // `Vanuit de Commissie werd toegelicht`, `Namens het voorzitterschap werd gemeld`:
            // a sentence that opens so names its speaker as `door` does.
            let by = preposition_before(self.text, sentence.start, m.start).is_some_and(|p| {
                let word = |w: &str| {
                    self.text[p..]
                        .get(..w.len())
                        .is_some_and(|t| t.eq_ignore_ascii_case(w))
                };
                word("door")
                    || (self.text[sentence.start..p].trim().is_empty()
                        && (word("vanuit") || word("namens")))
            });
            if by {
                let mut out = vec![m.actor];
                while let Some(next) = self.mentions.get(k + 1) {
                    if next.end > sentence.end
                        || !list_gap(&self.text[self.mentions[k].end..next.start])
                    {
                        break;
                    }
                    out.push(next.actor);
                    k += 1;
                }
                return Some(out);
            }
            k += 1;
        }
        None
    }

    /// The body or country that opens the sentence before the one at `start`, in the same
    /// paragraph (`De ANVS bereidt zich voor … Zij verwacht`), and where: the antecedent of a
    /// singular `zij` nearer than any person named before it.
    fn previous_opening_body(&self, start: usize) -> Option<(usize, usize)> {
        let from = crate::floor_boundary(self.text, start.saturating_sub(400));
        let head = self.text.get(from..start)?.trim_end();
        // The previous sentence starts after the full stop before its own.
        let body = head.strip_suffix(['.', '!', '?'])?;
        let bytes = body.as_bytes();
        let open = match (last_pair(bytes, b'.', b' '), last_pair(bytes, b'\n', b'\n')) {
            (Some(a), Some(b)) => a.max(b) + 2,
            (Some(k), None) | (None, Some(k)) => k + 2,
            (None, None) => return None,
        };
        if start - (from + body.len()) > 3 {
            return None;
        }
        let open = from + open;
        let k = self.mentions.partition_point(|m| m.start < open);
        let m = *self.mentions.get(k)?;
        let gap = &self.text[open..m.start];
        (m.start < start
            && (gap.is_empty() || lower_in(gap.trim_end(), &["de", "het", "the"]))
            && !matches!(self.kind(&m), ActorKind::Person | ActorKind::Role))
        .then_some((m.actor, m.start))
    }

    /// The two people a sentence that opens with `Beide` or `Both` before a group's noun
    /// (`Beide ministers onderstreepten`, `Both ministers stressed`) at `start` means: the
    /// last two named before it in its paragraph, the paragraph's last speaker among them when
    /// nearer (`Op 9 april sprak ik met mijn Duitse collega, minister Brandauer. Beide
    /// ministers …`). `None` unless there are two.
    #[cold]
    fn both(
        &self,
        text: &str,
        start: usize,
        verb_start: usize,
        last: &Option<(Vec<usize>, usize)>,
    ) -> Option<Vec<usize>> {
        let head = text.get(start..verb_start)?.trim_start();
        let opens = ["Beide ", "beide ", "Both ", "both "]
            .iter()
            .any(|b| head.starts_with(b));
        if !opens || head.split(' ').count() > 4 {
            return None;
        }
        let from = text[..start].rfind("\n\n").map_or(0, |k| k + 2);
        let idx = self.mentions.partition_point(|m| m.start < start);
        let mut named: Vec<(usize, usize)> = self.mentions[..idx]
            .iter()
            .rev()
            .take(40)
            .take_while(|m| m.start >= from)
            .filter(|m| self.kind(m) == ActorKind::Person)
            .map(|m| (m.start, m.actor))
            .collect();
        if let Some((speakers, at)) = last.as_ref().filter(|(_, at)| *at >= from) {
            if let [one] = speakers[..] {
                if self.actors[one].kind == ActorKind::Person {
                    named.push((*at, one));
                }
            }
        }
        named.sort_by_key(|n| std::cmp::Reverse(n.0));
        let mut two: Vec<usize> = Vec::with_capacity(2);
        for (_, a) in named {
            if !two.contains(&a) {
                two.push(a);
            }
            if two.len() == 2 {
                two.reverse();
                return Some(two);
            }
        }
        None
    }

    /// The last person mentioned before `pos`, not too far back, and where; `idx` is the index
    /// of the first mention at or after `pos`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn last_person(&self, pos: usize, idx: usize) -> Option<(usize, usize)> {
        self.mentions[..idx.min(self.mentions.len())]
            .iter()
            .rev()
            .take(40)
            .take_while(|m| pos - m.start < 1200)
            .find(|m| self.kind(m) == ActorKind::Person)
            .map(|m| (m.actor, m.start))
    }
}

/// Words that open a Dutch subordinate clause, whose verb follows its subject and objects
/// ([`clause_word_class`] knows them by heart; a test holds the two to agree):
/// `dat Duitsland het voorstel steunt`, `omdat Frankrijk bezwaar maakte`, `waarbij Nederland
/// aangaf`, `de zorgen die Nederland uitte`, `hoewel Italië de analyse deelde`, `toen Cyprus
/// een alternatief voorstelde`, `aangezien Nederland het voorstel steunt`. Not `of`, which
/// English shares.
const SUBORDINATORS: &[&str] = &[
    "dat",
    "omdat",
    "waarbij",
    "waarin",
    "waarmee",
    "waarop",
    "waardoor",
    "terwijl",
    "nadat",
    "zodat",
    "zoals",
    "die",
    "hoewel",
    "toen",
    "doordat",
    "aangezien",
];

/// Words that open a Dutch condition, whose verb is last too but states no position: `Als
/// Frankrijk de tekst accepteert, kan …`, `Indien Slovenië instemt, …`. Found as openers so
/// that such a verb is not read as a main clause's.
///
/// Not `tenzij` and `mits`: rare in reports, and they share their first letters with common
/// words (`ten aanzien`), which the verb scan would then look at more closely.
const CONDITIONS: &[&str] = &["als", "indien"];

/// Words before `als` that make it a comparison, not a condition: `net als Duitsland`,
/// `zowel Frankrijk als Duitsland`.
const COMPARING: &[&str] = &["net", "zowel", "evenals", "zo", "even", "ook"];

/// Who speaks in a subordinate clause ([`Ctx::final_clause`]).
enum Subject<'a> {
    /// Mentions' actors.
    Mentions(Vec<usize>),
    /// A pronoun, to be resolved as one before a verb is.
    Pronoun(&'a str),
}

/// A subordinate clause's subject, and its middle: the words between the subject and the
/// verb, where the verb's particles, a negation and a stance stand (`daartegen bezwaar`).
struct Final<'a> {
    subjects: Subject<'a>,
    middle: Span,
    /// The noun before a relative pronoun (`zorgen` in `de zorgen die Oostenrijk uitte`),
    /// empty when the clause opens otherwise.
    object: Span,
    /// The two words after the verb, up to punctuation: the rest of a verb cluster (`kan
    /// steunen`), where a modal's particle stands.
    cluster: Span,
    /// The clause is a condition (`Als Frankrijk instemt,`): its verb states nothing.
    hypothetical: bool,
}

impl Final<'_> {
    /// The words where the verb's particles may stand: the middle, the object, the cluster.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn particle_windows<'t>(&self, text: &'t str) -> [&'t str; 3] {
        [
            text.get(self.middle.start..self.middle.end).unwrap_or(""),
            text.get(self.object.start..self.object.end).unwrap_or(""),
            text.get(self.cluster.start..self.cluster.end).unwrap_or(""),
        ]
    }
}

/// What finding the word that opens a verb's clause needs ([`Opening::opener`]).
struct Opening<'a> {
    /// The words that open a subordinate clause, in order.
    openers: &'a [Span],
    /// Where the searches of `openers` (in `stop`), the stops and the commas have got to:
    /// verbs come in order.
    cursor: &'a mut StopCursor,
    stops: &'a ClauseStops,
    /// Where the sentence's previous verb ends (`0` if none).
    previous_end: usize,
    /// Whether that verb stood in a subordinate clause, so that `en` may open the second of
    /// two (`omdat Frankrijk bezwaar maakte en Duitsland zich onthield`).
    previous_final: bool,
}

impl Opening<'_> {
    /// The word that opens the clause of a verb at `verb`, not before `from`: the nearest
    /// word that opens a subordinate clause, with no punctuation, no `om` and at most 120
    /// bytes between; or after a verb of such a clause, `en` or `maar` right after it. `None`
    /// in a main clause and before an infinitive (`te steunen`).
    fn opener(self, text: &str, from: usize, verb: usize) -> Option<Span> {
        let bytes = text.as_bytes();
        if bytes.get(..verb)?.ends_with(b" te ") {
            return None;
        }
        if self.previous_final {
            let between = text.get(from..verb)?;
            let mut first = words(between);
            if let Some(w) = first.next().filter(|w| lower_in(w, &["en", "maar"])) {
                let start = w.as_ptr() as usize - text.as_ptr() as usize;
                return Some(Span::new(start, start + w.len()));
            }
        }
        let k = seek(self.openers, &mut self.cursor.opener, |o| o.start < verb);
        let opener = *self.openers.get(k.checked_sub(1)?)?;
        if opener.start < from || opener.end > verb || verb - opener.end > 120 {
            return None;
        }
        // Nothing between that ends a clause: a comma, `;`, `:`, `om`, brackets, quotes. The
        // last comma and stop before the verb are found by moving forward.
        let stops = self.stops;
        let comma = seek(&stops.commas, &mut self.cursor.comma, |&c| c < verb);
        let stop = seek(&stops.stops, &mut self.cursor.stop, |s| s.0 < verb);
        let before = |k: usize| k.checked_sub(1);
        let clear = before(comma)
            .and_then(|c| stops.commas.get(c))
            .is_none_or(|&c| c < opener.end)
            && before(stop)
                .and_then(|s| stops.stops.get(s))
                .is_none_or(|s| s.0 < opener.end)
            && memchr::memchr3(b'(', b')', b'"', &bytes[opener.end..verb])
                .is_none_or(|_| only_acronyms_bracketed(&bytes[opener.end..verb]));
        clear.then_some(opener)
    }
}

/// Whether the brackets in `between` (which holds one) only hold an acronym each and no quote
/// stands there: `omdat de Toetsingsraad (TRG) bezwaar maakte` is one clause.
fn only_acronyms_bracketed(between: &[u8]) -> bool {
    if between.contains(&b'"') {
        return false;
    }
    let mut rest = between;
    while let Some(open) = memchr::memchr2(b'(', b')', rest) {
        if rest[open] == b')' {
            return false;
        }
        let inner = &rest[open + 1..];
        let len = inner
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if !(2..=8).contains(&len) || inner.get(len) != Some(&b')') {
            return false;
        }
        rest = &inner[len + 1..];
    }
    true
}

/// What a word before a verb says of the verb's clause ([`clause_opener`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClauseWord {
    /// A word that opens a subordinate clause: `dat`, `omdat`, `waarbij`, `die`.
    Subordinator,
    /// A word that opens a condition: `als`, `indien` ([`CONDITIONS`]).
    Condition,
    /// One of [`COORDINATORS`].
    Coordinator,
    /// `om`, `te`, `to`: an infinitive, which has no subject.
    Infinitive,
    /// Anything else.
    Other,
}

/// The [`ClauseWord`] of `word`, in any ASCII case: one look at its length and bytes, since
/// it is asked of up to twelve words before each Dutch verb (a search of the word lists was
/// a tenth of the analysis).
fn clause_word_class(word: &str) -> ClauseWord {
    let bytes = word.as_bytes();
    if !(2..=9).contains(&bytes.len()) {
        return ClauseWord::Other;
    }
    let mut buf = [0u8; 9];
    for (b, w) in buf.iter_mut().zip(bytes) {
        *b = w.to_ascii_lowercase();
    }
    match &buf[..bytes.len()] {
        b"dat" | b"omdat" | b"waarbij" | b"waarin" | b"waarmee" | b"waarop" | b"waardoor"
        | b"terwijl" | b"nadat" | b"zodat" | b"zoals" | b"die" | b"hoewel" | b"toen"
        | b"doordat" | b"aangezien" => ClauseWord::Subordinator,
        b"als" | b"indien" => ClauseWord::Condition,
        b"en" | b"and" | b"maar" | b"but" | b"doch" => ClauseWord::Coordinator,
        b"om" | b"te" | b"to" => ClauseWord::Infinitive,
        _ => ClauseWord::Other,
    }
}

/// Whether a Dutch finite verb is plural (`steunden`, `steunen`, `gaven`), not singular
/// (`steunde`, `steunt`, `gaf`).
fn plural_verb(form: &str) -> bool {
    form.len() > 3 && form.as_bytes().ends_with(b"en")
}

/// Whether `before` ends with a quotation, perhaps followed by a comma: `"We are ready," said`.
fn after_quotation(before: &str) -> bool {
    let end = before.trim_end();
    let end = end.strip_suffix(',').unwrap_or(end).trim_end();
    end.ends_with(['"', '\u{201d}', '\'', '\u{2019}'])
        || (end.len() < before.trim_end().len() && end.contains(['"', '\u{201c}', '\u{201d}']))
}

/// The first word of `s`.
/// Whether a possessive `'s` (or `’s`) follows `end` as a word of its own ending there
/// (`Russia's war`, `Canada’s inzet`).
fn possessive_after(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end.min(text.len())..];
    let tail = if let Some(t) = rest.strip_prefix(b"'s") {
        t
    } else if let Some(t) = rest.strip_prefix("\u{2019}s".as_bytes()) {
        t
    } else {
        return false;
    };
    tail.first().is_none_or(|b| !b.is_ascii_alphanumeric())
}

fn first_word(s: &str) -> Option<&str> {
    words(s).next()
}

/// The last word of `s`.
fn last_word(s: &str) -> Option<&str> {
    match word_before(s.as_bytes(), s.len()) {
        Ok(word) => word.map(|(a, b)| &s[a..b]),
        Err(NonAscii) => last_word_by_chars(s),
    }
}

/// [`last_word`] by characters: for text with non-ASCII characters, and the reference.
fn last_word_by_chars(s: &str) -> Option<&str> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .rev()
        .find(|w| !w.is_empty())
}

/// A non-ASCII byte was met: the caller must split by characters.
struct NonAscii;

/// The range of the last word that ends at or before byte `end`, words split at white space
/// and commas as [`last_word_by_chars`] splits them, on bytes: the text before a verb is
/// nearly always ASCII, and this runs for every verb.
fn word_before(s: &[u8], end: usize) -> Result<Option<(usize, usize)>, NonAscii> {
    // What `char::is_whitespace` says of ASCII, and the comma.
    let separator = |c: u8| matches!(c, b' ' | b'\t'..=b'\r' | b',');
    let mut e = end.min(s.len());
    while e > 0 && separator(s[e - 1]) {
        e -= 1;
    }
    if e == 0 {
        return Ok(None);
    }
    let mut start = e;
    while start > 0 && !separator(s[start - 1]) {
        if s[start - 1] >= 0x80 {
            return Err(NonAscii);
        }
        start -= 1;
    }
    Ok(Some((start, e)))
}

/// The actors' mentions in text order; of mentions that overlap, the first (longest) stays.
#[inline(never)]
fn sorted_mentions(text: &str, actors: &[Actor]) -> Vec<M> {
    // Sized once: a collect through `flat_map` cannot know the count and grows step by step.
    let mut mentions: Vec<M> =
        Vec::with_capacity(actors.iter().map(|a| a.mentions.len()).sum::<usize>());
    mentions.extend(
        actors
            .iter()
            .enumerate()
            .flat_map(|(actor, a)| {
                a.mentions.iter().map(move |m| M {
                    start: m.range.start,
                    end: m.range.end,
                    actor,
                })
            })
            .filter(|m| m.start < m.end && m.end <= text.len()),
    );
    // Stable: of mentions with the same range, the first actor's stays. Each actor's mentions
    // are sorted already, and the stable sort merges such runs faster than an unstable sort
    // (with the actor as a last key) sorts them: 5.3M against 7.5M instructions on 2 MB.
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut last_end = 0;
    mentions.retain(|m| {
        let keep = m.start >= last_end;
        if keep {
            last_end = m.end;
        }
        keep
    });
    mentions
}

/// Finds who said what; `sections` are the outline's sections in pre-order.
#[inline(never)]
pub fn extract(text: &str, sections: &[&Section], actors: &[Actor]) -> Vec<Statement> {
    extract_prepared(text, sections, actors, prepare(text), true)
}

/// What statement finding needs of the text alone, not of the actors: the verbs, the sentences
/// and the clause stops. It can be found while the actors are (see `Structure::finish`).
pub(crate) struct Prepared {
    verbs: Vec<V>,
    sentences: Vec<Span>,
    stops: ClauseStops,
    /// The words that open a subordinate clause (`dat`, `omdat`, `die`), in order.
    openers: Vec<Span>,
}

/// The text-only half of [`extract`]; `None` when the text has no verb at all.
pub(crate) fn prepare(text: &str) -> Option<Prepared> {
    let shared = SharedSentences::new(text);
    prepare_sharing(&shared).map(|p| p.with_sentences(shared))
}

/// [`prepare`] with the sentences left to `shared`, which another thread may split in the
/// meantime: the sentences of the returned value are empty until
/// [`Prepared::with_sentences`] fills them in.
pub(crate) fn prepare_sharing(shared: &SharedSentences) -> Option<Prepared> {
    let text = shared.text;
    let (verbs, clause_words, openers) = find_verbs(text, tables()?);
    if verbs.is_empty() {
        shared.wanted.store(false, Ordering::Relaxed);
        return None;
    }
    let stops = ClauseStops::new(text, clause_words);
    shared.help();
    Some(Prepared {
        verbs,
        sentences: Vec::new(),
        stops,
        openers,
    })
}

impl Prepared {
    /// This preparation with the sentences `shared` split.
    pub(crate) fn with_sentences(mut self, shared: SharedSentences) -> Prepared {
        let text = shared.text;
        self.sentences = shared.split.into_inner().unwrap_or_else(|| split(text));
        self
    }
}

/// The sentences of a text, split by whichever of two threads comes to them first: the one
/// that finds the verbs, once it has, or the one beside it, once its own work (the actors) is
/// done. On a big report neither then waits while the other still has two jobs to do.
pub(crate) struct SharedSentences<'a> {
    text: &'a str,
    split: OnceLock<Vec<Span>>,
    /// Cleared when the text turns out to have no verb: then no sentence is needed.
    wanted: AtomicBool,
}

impl<'a> SharedSentences<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        SharedSentences {
            text,
            split: OnceLock::new(),
            wanted: AtomicBool::new(true),
        }
    }

    /// Splits the sentences unless they are split, being split (then it waits for them) or
    /// not needed.
    pub(crate) fn help(&self) {
        if self.wanted.load(Ordering::Relaxed) {
            self.split.get_or_init(|| split(self.text));
        }
    }
}

/// [`extract`] with its text-only half done.
pub(crate) fn extract_prepared(
    text: &str,
    sections: &[&Section],
    actors: &[Actor],
    prepared: Option<Prepared>,
    threads: bool,
) -> Vec<Statement> {
    let (Some(tables), Some(prepared)) = (tables(), prepared) else {
        return Vec::new();
    };
    if actors.is_empty() {
        return Vec::new();
    }
    let mentions = sorted_mentions(text, actors);
    let index = SectionIndex::new(sections);
    let ctx = Ctx::new(text, actors, mentions, &index);
    let Prepared {
        verbs,
        sentences,
        stops,
        openers,
    } = prepared;
    let run = Run {
        text,
        tables,
        ctx: &ctx,
        stops: &stops,
        index: &index,
        verbs: &verbs,
        openers: &openers,
    };
    #[cfg(not(target_arch = "wasm32"))]
    if threads && text.len() >= SPLIT_FROM {
        if let Some(out) = run.in_halves(&sentences) {
            return out;
        }
    }
    #[cfg(target_arch = "wasm32")]
    let _ = threads;
    let mut out = run.in_parts(&sentences, PART);
    operative_clauses(text, tables, &ctx, &index, &sentences, &mut out);
    out
}

/// Whether `verb` is a form of `warn` or `caution`.
fn warning(verb: &str) -> bool {
    ["warned", "warns", "cautioned", "cautions"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(verb))
}

/// Whether `before` ends in `but` (`… but warned`, `…, but also warned`).
fn but_before(before: &str) -> bool {
    let b = trim_spaces_end(before.as_bytes());
    let b = b.strip_suffix(b" also").unwrap_or(b);
    b.ends_with(b" but") || b.ends_with(b",but")
}

/// Whether the mention `m` is a preamble's subject alone on its line in capitals (`THE
/// COUNCIL OF THE EUROPEAN UNION`), as `actors::preamble_names` finds it.
fn preamble_subject(text: &str, m: &M) -> bool {
    let bytes = text.as_bytes();
    m.end - m.start >= 4
        && m.start >= 4
        && &bytes[m.start - 4..m.start] == b"THE "
        && bytes[m.start..m.end]
            .iter()
            .all(|&b| b.is_ascii_uppercase() || b == b' ')
        && matches!(bytes.get(m.end), None | Some(b'\n' | b',' | b' ' | b'\r'))
}

/// The statements of a Council's operative clauses: under a preamble's subject (`THE COUNCIL
/// OF THE EUROPEAN UNION`), numbered paragraphs open with a verb in capitals (`1. RECALLS
/// …`, `6. CALLS ON the Commission …`), and a paragraph may add another after `and` (`and
/// NOTES WITH CONCERN that …`, `and DOES NOT SUPPORT …`): each is said by the subject. The
/// clauses run to the next preamble or the text's end; each line is read once.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn operative_clauses(
    text: &str,
    tables: &Tables,
    ctx: &Ctx,
    index: &SectionIndex,
    sentences: &[Span],
    out: &mut Vec<Statement>,
) {
    // Cheap: a capital letter's byte, then the whole test, on each mention.
    let preambles: Vec<&M> = ctx
        .mentions
        .iter()
        .filter(|m| {
            text.as_bytes()[m.start].is_ascii_uppercase()
                && text
                    .as_bytes()
                    .get(m.start + 1)
                    .is_some_and(u8::is_ascii_uppercase)
                && preamble_subject(text, m)
        })
        .collect();
    if preambles.is_empty() {
        return;
    }
    let before = out.len();
    let mut section_cursor = 0;
    for (k, p) in preambles.iter().enumerate() {
        let region_end = preambles.get(k + 1).map_or(text.len(), |n| n.start);
        let actor = &ctx.actors[p.actor];
        let mut line_start = text[p.end..region_end]
            .find('\n')
            .map_or(region_end, |n| p.end + n + 1);
        let mut previous: Option<&str> = None;
        let mut previous_first = false;
        while line_start < region_end {
            let line_end = text[line_start..region_end]
                .find('\n')
                .map_or(region_end, |n| line_start + n);
            let line = &text[line_start..line_end];
            let mut words = line
                .split(' ')
                .enumerate()
                .scan(line_start, |at, (i, w)| {
                    let start = *at;
                    *at += w.len() + 1;
                    Some((i, start, w))
                })
                .filter(|(_, _, w)| !w.is_empty())
                .peekable();
            let mut first = true;
            while let Some((_, start, w)) = words.next() {
                // After the paragraph's number at the line's start, or after `and` (on the
                // line before, too, where the paragraph is wrapped).
                let numbered = previous_first
                    && previous.is_some_and(|n| {
                        n.len() >= 2
                            && n.ends_with('.')
                            && n[..n.len() - 1].bytes().all(|b| b.is_ascii_digit())
                    });
                let opens = numbered || previous == Some("and");
                previous_first = first;
                first = false;
                previous = Some(w);
                if !opens || w.len() < 2 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
                    continue;
                }
                // `DOES NOT SUPPORT`: the verb after the negation, its stance turned.
                let mut negated = false;
                let mut verb_word = w;
                let mut label = w.to_ascii_lowercase();
                if matches!(w, "DOES" | "DO") {
                    let Some((_, _, "NOT")) = words.peek().copied() else {
                        continue;
                    };
                    words.next();
                    let Some((_, _, next)) = words.next() else {
                        continue;
                    };
                    negated = true;
                    verb_word = next;
                    label = format!("{label} not {}", next.to_ascii_lowercase());
                }
                let lower = verb_word.to_ascii_lowercase();
                let Some((end, pattern)) = tables.verbs.longest_at(lower.as_bytes(), 0) else {
                    continue;
                };
                let Some(entry) = tables
                    .verb_of
                    .get(pattern)
                    .and_then(|&e| tables.entries.get(e))
                    .filter(|e| end == lower.len() && e.english && !e.tight)
                else {
                    continue;
                };
                let mut stance = entry.stance;
                // `CALLS ON`, `CALLS FOR`: a particle in capitals right after the verb.
                if let Some((_, _, next)) = words.peek().copied() {
                    let particle = entry.particles.iter().find(|pt| {
                        pt.word.eq_ignore_ascii_case(next)
                            && next.bytes().all(|b| b.is_ascii_uppercase())
                    });
                    if let Some(pt) = particle {
                        if pt.append {
                            label.push(' ');
                            label.push_str(&pt.word);
                        }
                        if let Some(st) = pt.stance {
                            stance = st;
                        }
                        words.next();
                    }
                }
                if negated {
                    stance = negate(stance);
                }
                let at = sentences.partition_point(|sp| sp.start <= start);
                let range = at
                    .checked_sub(1)
                    .map(|i| sentences[i])
                    .filter(|sp| sp.end > start)
                    .unwrap_or(Span::new(line_start, line_end));
                out.push(Statement {
                    actor: actor.id.clone(),
                    verb: label,
                    range,
                    section: index.lookup_from(&mut section_cursor, range.start),
                    stance,
                });
            }
            line_start = line_end + 1;
        }
    }
    if out.len() > before {
        out.sort_by_key(|s| s.range.start);
    }
}

/// Where the words of a sentence from `start` to `end` begin after the list marker that opens
/// it (`- `, `• `, `a) `, `(c) `, `3) `, `iv) `): a statement quotes what was said, not the
/// item's bullet or letter.
fn after_list_marker(text: &str, start: usize, end: usize) -> usize {
    let head = &text.as_bytes()[start..end.min(start + 8)];
    let bullet = ["- ", "• ", "* ", "– ", "▪ ", "◦ ", "· ", "o "]
        .iter()
        .find(|b| head.starts_with(b.as_bytes()))
        .map(|b| b.len());
    let enumerated = || {
        let inner = head.strip_prefix(b"(").unwrap_or(head);
        let opened = head.len() - inner.len();
        let label = inner
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let roman = inner[..label]
            .iter()
            .all(|b| matches!(b, b'i' | b'v' | b'x'));
        let digits = inner[..label].iter().all(u8::is_ascii_digit);
        let fits = (label == 1 && inner[0].is_ascii_lowercase())
            || (1..=4).contains(&label) && roman
            || (1..=2).contains(&label) && digits;
        (fits && inner.get(label) == Some(&b')') && inner.get(label + 1) == Some(&b' '))
            .then_some(opened + label + 2)
    };
    match bullet.or_else(enumerated) {
        Some(len) if start + len < end => start + len,
        _ => start,
    }
}

/// Bytes of text per call of [`Run::sentences`] in [`Run::in_parts`].
const PART: usize = 64 * 1024;

/// Texts from this size on find their statements in two halves on two threads (natively).
#[cfg(not(target_arch = "wasm32"))]
const SPLIT_FROM: usize = 512 * 1024;

/// What finding the statements of some sentences needs: all of it read-only, so two threads
/// can share it.
struct Run<'a> {
    text: &'a str,
    tables: &'a Tables,
    ctx: &'a Ctx<'a>,
    stops: &'a ClauseStops,
    index: &'a SectionIndex,
    verbs: &'a [V],
    openers: &'a [Span],
}

impl Run<'_> {
    /// The statements of the sentences before and after a paragraph break past the middle of
    /// the text, on two threads. Nothing carries over a paragraph break (the last speakers,
    /// for `zij`, are forgotten at one), so the halves give what one pass gives. `None` when
    /// there is no such break or no thread.
    #[cfg(not(target_arch = "wasm32"))]
    fn in_halves(&self, sentences: &[Span]) -> Option<Vec<Statement>> {
        let middle = self.text.len() / 2;
        let cut = middle + memchr::memmem::find(&self.text.as_bytes()[middle..], b"\n\n")? + 2;
        let k = sentences.partition_point(|s| s.start < cut);
        if k == 0 || k == sentences.len() || sentences[k - 1].end > cut - 2 {
            return None;
        }
        let (head, tail) = sentences.split_at(k);
        std::thread::scope(|scope| {
            // The first half's list takes the second's too: room for both from the start.
            let room = self.room(sentences);
            let first = std::thread::Builder::new()
                .name("report-core-statements".into())
                .spawn_scoped(scope, move || self.sentences(head, room))
                .ok()?;
            let mut second = self.sentences(tail, self.room(tail));
            let mut out = first.join().ok()?;
            out.append(&mut second);
            Some(out)
        })
    }

    /// [`Run::sentences`] called once per part of at least `part` bytes, cut at paragraph
    /// breaks: nothing carries over one (see [`Run::in_halves`]), so the parts give what one
    /// pass gives. The cuts are for WebAssembly: V8 swaps in optimised code for a function
    /// only when it is called again, so one call over a whole 10 MB text ran in the slow
    /// baseline code throughout on a page's first analysis.
    fn in_parts(&self, sentences: &[Span], part: usize) -> Vec<Statement> {
        let bytes = self.text.as_bytes();
        let mut out = Vec::with_capacity(self.room(sentences));
        let mut rest = sentences;
        while let Some(first) = rest.first() {
            let mut k = rest.len();
            let mut from = first.start.saturating_add(part);
            while let Some(at) = bytes
                .get(from..)
                .and_then(|tail| memchr::memmem::find(tail, b"\n\n"))
            {
                let cut = from + at + 2;
                let next = rest.partition_point(|s| s.start < cut);
                if next == rest.len() || rest[next - 1].end <= cut - 2 {
                    k = next;
                    break;
                }
                from = cut;
            }
            let (head, tail) = rest.split_at(k.max(1));
            out.append(&mut self.sentences(head, self.room(head)));
            rest = tail;
        }
        out
    }

    /// Room for the statements of `sentences`: about one per verb in them (a list of
    /// subjects gives several, a verb without a subject none), so that the list is not grown
    /// (copied) step by step.
    fn room(&self, sentences: &[Span]) -> usize {
        let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
            return 0;
        };
        let from = self.verbs.partition_point(|v| v.start < first.start);
        let to = self.verbs.partition_point(|v| v.start < last.end);
        let verbs = to.saturating_sub(from);
        verbs + verbs / 8
    }

    /// The statements of `sentences`, which follow each other in the text; `room` is the
    /// capacity to start with.
    ///
    /// Never inlined, so that [`Run::in_parts`] calls it once per part. On wasm32 the clause
    /// and subject helpers it calls are not inlined either: they made it a 20 KB function
    /// whose optimised code V8 took some 170 ms to compile, which a page's first analysis
    /// spent in the slow baseline code; as functions of their own they compile side by side.
    #[inline(never)]
    fn sentences(&self, sentences: &[Span], room: usize) -> Vec<Statement> {
        let Run {
            text,
            tables,
            ctx,
            stops,
            index,
            verbs,
            openers,
        } = *self;
        let actors = ctx.actors;
        let mut out = Vec::with_capacity(room);
        // The last speakers and where they spoke, for `zij` and `they`.
        let mut last: Option<(Vec<usize>, usize)> = None;
        let mut v = sentences
            .first()
            .map_or(0, |first| verbs.partition_point(|v| v.start < first.start));
        // Where the mentions stand relative to the verb, and the section of the sentence: both
        // only move forward, as verbs and sentences come in text order.
        let mut mention_cursor = sentences.first().map_or(0, |first| {
            ctx.mentions.partition_point(|m| m.start < first.start)
        });
        let mut section_cursor = 0;
        let mut stop_cursor = StopCursor::default();
        let mut opener_cursor = StopCursor::default();
        let mut support_cursor = 0;
        // Whether the sentences stand in a journalist's question (`Question (Politico): …`).
        // A run starts at a paragraph's start (see [`Run::in_parts`]).
        let mut asked = false;
        for (n, &sentence) in sentences.iter().enumerate() {
            if n == 0 || opens_paragraph(text.as_bytes(), sentence.start) {
                asked = text.as_bytes().get(sentence.start) == Some(&b'Q')
                    && opens_question(&text[sentence.start..sentence.end]);
            }
            if asked {
                continue;
            }
            // The words a statement quotes: the sentence without a turn's label that opens it.
            let quoted = {
                let (start, end) =
                    crate::turns::speech_in(&ctx.turns, sentence.start, sentence.end);
                Span::new(after_list_marker(ctx.text, start, end), end)
            };
            if asks_who(&text[quoted.start..quoted.end]) {
                continue;
            }
            while v < verbs.len() && verbs[v].start < sentence.start {
                v += 1;
            }
            // The previous verb's subjects in this sentence, and whether they stood before it.
            let mut previous: Option<(Vec<usize>, bool)> = None;
            // Where the sentence's previous verb ends, and whether it stood in a subordinate
            // clause.
            let mut previous_end = 0;
            let mut previous_final = false;
            // The subjects of the sentence's last verb in a main clause, for a verb coordinated
            // to it after a subordinate clause (`Nederland stelde dat de Commissie … heeft
            // gepresenteerd en riep op tot haast`).
            let mut main: Option<(Vec<usize>, bool)> = None;
            // Those who back the subject of a verb (`, supported by Finland,`); allocated once.
            let mut supporters: Vec<usize> = Vec::new();
            // Those set against it (`Unlike Hungary, Austria supported`).
            let mut contrasted: Vec<usize> = Vec::new();
            // Those set against it after the verb (`, opposed by FR and BE.`).
            let mut opponents = Opponents::default();
            while v < verbs.len() && verbs[v].end <= sentence.end {
                let verb = verbs[v];
                v += 1;
                // `Nederland kon het compromis steunen`: a verb that is the modal's required
                // particle is no clause of its own; the modal's search runs past it.
                // Nor is a plural noun that reads as a verb right before the auxiliary's
                // participle (`heeft vragen gesteld`: `vragen` is what was asked).
                let skip = verbs.get(v).is_some_and(|n| {
                    // `continued to oppose`: the particle may be a phrase that ends in the verb,
                    // the words between them its head.
                    let gap = text.get(verb.end..n.start).unwrap_or("").trim();
                    let required = |word: &str| {
                        tables.entries[verb.entry]
                            .particles
                            .iter()
                            .any(|p| p.required && particle_is(&p.word, gap, word))
                    };
                    n.end <= sentence.end
                        && (required(&text[n.start..n.end])
                            || text[n.end..sentence.end]
                                .strip_prefix(' ')
                                .and_then(first_word)
                                // `heeft vragen gesteld.`: the participle may end the sentence.
                                .map(|w| w.trim_end_matches(['.', '!', '?', ';', ':']))
                                .is_some_and(required))
                });
                let next_verb = verbs
                    .get(v + usize::from(skip))
                    .map_or(sentence.end, |n| n.start.min(sentence.end));
                let at_verb = ctx.first_at_or_after(&mut mention_cursor, verb.start);
                // A Dutch verb after its subject and objects, in a subordinate clause.
                let passive = tables.entries[verb.entry].passive;
                // A passive speaks only through its agent: no `door`, no statement (and no
                // particle search, which `werd`, a common word, would cost every time).
                if passive && !has_agent(&text.as_bytes()[sentence.start..sentence.end]) {
                    continue;
                }
                let clause = (!tables.entries[verb.entry].english && !passive)
                    .then(|| {
                        let at = Opening {
                            openers,
                            cursor: &mut opener_cursor,
                            stops,
                            previous_end,
                            previous_final,
                        };
                        ctx.final_clause(sentence, &verb, at_verb, at)
                    })
                    .flatten()
                    .and_then(|clause| {
                        let windows = clause.particle_windows(text);
                        verb_form_in(text, tables, &verb, windows).map(|form| (clause, form))
                    });
                previous_end = verb.end;
                let after_final = previous_final;
                previous_final = clause.is_some();
                // A subordinate clause inside a question (`Betekent dat dat hij tegen
                // eurobonds zal stemmen?`) asks about a view and states none.
                if clause.as_ref().is_some_and(|(c, _)| {
                    c.hypothetical || text[verb.end..sentence.end].trim_end().ends_with('?')
                }) {
                    continue;
                }
                let (form, particle_stance, clause) = match clause {
                    Some((clause, (form, particle_stance))) => {
                        (form, particle_stance, Some(clause))
                    }
                    None => {
                        let found = verb_form(
                            text,
                            tables,
                            stops,
                            &mut stop_cursor,
                            &verb,
                            next_verb.max(verb.end),
                            sentence.start,
                        )
                        .or_else(|| particle_before_intent(text, tables, &verb, sentence.start));
                        let Some((form, particle_stance)) = found else {
                            continue;
                        };
                        (form, particle_stance, None)
                    }
                };
                // The verb form that was the modal's particle (`heeft … benadrukt`) is no
                // statement of its own, unless an agent follows it: `was opposed by Hungary`
                // speaks through that participle.
                if skip
                    && form.particle.is_some_and(|p| {
                        verbs.get(v).is_some_and(|n| {
                            let gap = text.get(verb.end..n.start).unwrap_or("").trim();
                            particle_is(p, gap, &text[n.start..n.end])
                                && !agent_follows(text.as_bytes(), n.end)
                        })
                    })
                {
                    v += 1;
                }
                let before = &text[sentence.start..verb.start];
                let coordinated = last_word(before).is_some_and(|w| lower_in(w, COORDINATORS));
                let at = At {
                    sentence,
                    verb,
                    at_verb,
                    passive,
                    coordinated,
                };
                let main_clause = main
                    .as_ref()
                    .filter(|_| coordinated && after_final && clause.is_none());
                let found = self.subjects_of(
                    &at,
                    clause.as_ref(),
                    &last,
                    (previous.as_ref(), main_clause),
                    &mut supporters,
                    &mut contrasted,
                );
                let Some((mut subjects, pre)) = found else {
                    supporters.clear();
                    contrasted.clear();
                    continue;
                };
                if let Some(country) = ctx.on_behalf_of(sentence, at_verb, &subjects) {
                    subjects[0] = country;
                }
                // `Beide ministers onderstreepten`: the two people the paragraph named last.
                if let [one] = subjects[..] {
                    if actors[one].kind == ActorKind::Collective {
                        if let Some(pair) = ctx.both(text, sentence.start, verb.start, &last) {
                            subjects = pair;
                        }
                    }
                }
                // The phrase may hold a participle that was taken for a verb (`supported by`).
                let phrase_end = verbs[v..]
                    .iter()
                    .take_while(|n| n.start < sentence.end)
                    .find(|n| !agent_follows(text.as_bytes(), n.end))
                    .map_or(sentence.end, |n| n.start);
                let commas = (&stops.commas[..], &mut support_cursor);
                let shared = ctx.supporters_after(
                    verb.end,
                    phrase_end,
                    commas,
                    (&mut supporters, &mut opponents),
                );
                // `staat met Frankrijk en Italië in een blokkerende minderheid`: a bare `met`
                // names those who share a `far` particle's stance.
                let with = form.particle.is_some_and(|w| {
                    tables.entries[verb.entry]
                        .particles
                        .iter()
                        .any(|p| p.far && p.word == w)
                });
                ctx.sharers_right_after(verb.end, phrase_end, with, &mut subjects);
                dedup_in_order(&mut subjects);
                supporters.retain(|a| !subjects.contains(a));
                dedup_in_order(&mut supporters);
                let stance = match &clause {
                    Some(clause) => stance_in_middle(
                        tables,
                        &verb,
                        particle_stance,
                        &text[clause.middle.start..clause.middle.end],
                    ),
                    None => {
                        // `Nederland zal het voorstel niet steunen`, `zullen zich kritisch
                        // uitlaten`: the negation and the cue stand before the infinitive.
                        let dutch = !tables.entries[verb.entry].english;
                        let middle = dutch
                            .then(|| intent_middle(&text[sentence.start..verb.start]))
                            .flatten();
                        let before = middle.map(|m| {
                            let found = stance_in_middle(tables, &verb, particle_stance, m);
                            (found, words(m).any(|w| lower_in(w, NEGATIONS)))
                        });
                        match before {
                            Some((found, denied)) if found != Stance::Neutral || denied => found,
                            _ => stance(
                                text,
                                tables,
                                stops,
                                &mut stop_cursor,
                                &verb,
                                (particle_stance, form.particle),
                                (next_verb.max(verb.end), sentence.end),
                            ),
                        }
                    }
                };
                // `welcomed the paper but warned that …`: a warning set against what came
                // before it is a reservation.
                let stance = if stance == Stance::Neutral
                    && form.particle.is_none()
                    && warning(form.written)
                    && but_before(&text[sentence.start..verb.start])
                {
                    Stance::Reservation
                } else {
                    stance
                };
                let section = index.lookup_from(&mut section_cursor, sentence.start);
                let mut verb_text = Some(form.text());
                contrasted.retain(|a| !subjects.contains(a) && !supporters.contains(a));
                let opposite = contrast_stance(stance);
                if opposite.is_none() {
                    contrasted.clear();
                }
                opponents
                    .actors
                    .retain(|a| !subjects.contains(a) && !supporters.contains(a));
                let supported = !supporters.is_empty()
                    || !contrasted.is_empty()
                    || !opponents.actors.is_empty();
                for (k, &a) in subjects.iter().enumerate() {
                    // The last subject takes the verb's string, the others a copy.
                    let verb = if k + 1 == subjects.len() && !supported {
                        verb_text.take().unwrap_or_default()
                    } else {
                        verb_text.clone().unwrap_or_default()
                    };
                    out.push(Statement {
                        actor: actors[a].id.clone(),
                        verb,
                        range: quoted,
                        section,
                        stance,
                    });
                }
                for a in supporters.drain(..) {
                    out.push(Statement {
                        actor: actors[a].id.clone(),
                        verb: form.text(),
                        range: quoted,
                        section,
                        stance: if shared {
                            stance
                        } else {
                            supporter_stance(stance)
                        },
                    });
                }
                for a in contrasted.drain(..) {
                    out.push(Statement {
                        actor: actors[a].id.clone(),
                        verb: form.text(),
                        range: quoted,
                        section,
                        stance: opposite.unwrap_or_default(),
                    });
                }
                if let Some(participle) = opponents.participle.take() {
                    let verb = text[participle.start..participle.end].to_lowercase();
                    for a in opponents.actors.drain(..) {
                        out.push(Statement {
                            actor: actors[a].id.clone(),
                            verb: verb.clone(),
                            range: quoted,
                            section,
                            stance: Stance::Oppose,
                        });
                    }
                }
                // The buffer of the previous speakers is reused: no allocation per verb. Those
                // of a subordinate clause are reported by the speaker of the sentence, who stays
                // the one a later `zij` means (`Zij antwoordde dat enkele delegaties zorgen
                // hebben. Zij benadrukte …`).
                match &mut last {
                    _ if clause.is_some() => {}
                    Some((speakers, at)) => {
                        speakers.clone_from(&subjects);
                        *at = verb.end;
                    }
                    None => last = Some((subjects.clone(), verb.end)),
                }
                if clause.is_none() {
                    match &mut main {
                        Some((speakers, p)) => {
                            speakers.clone_from(&subjects);
                            *p = pre;
                        }
                        None => main = Some((subjects.clone(), pre)),
                    }
                }
                previous = Some((subjects, pre));
            }
        }
        out
    }

    /// Who is the subject of the verb `at`: the actors, and whether they stood before it (a
    /// coordinated verb shares them then). `None` when no one is.
    ///
    /// A function of its own on wasm32 for the reason [`Run::sentences`] gives: inside it,
    /// this made it a 32 KB function.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn subjects_of(
        &self,
        at: &At,
        clause: Option<&Final>,
        last: &Option<(Vec<usize>, usize)>,
        // The previous verb's subjects, and the main clause's for a verb coordinated to it.
        (previous, main): (Option<&Speakers>, Option<&Speakers>),
        supporters: &mut Vec<usize>,
        contrasted: &mut Vec<usize>,
    ) -> Option<(Vec<usize>, bool)> {
        let Run {
            text, tables, ctx, ..
        } = *self;
        let actors = ctx.actors;
        let At {
            sentence,
            verb,
            at_verb,
            coordinated,
            ..
        } = *at;
        let before = &text[sentence.start..verb.start];
        // A question puts its subject after the verb (`Maar steunt hij dan wel …?`, `Deelt de
        // minister die zorg?`): it asks what someone holds and says nothing of it. Only a
        // subject before the verb (`Ik vraag de minister of …?`) speaks in a question.
        let question = text[verb.end..sentence.end].trim_end().ends_with('?');
        // `Do the leaders support the digital euro?`: an English question opened by `do`
        // asks, even with its subject before the verb.
        if question && opens_with_do(before) {
            return None;
        }
        let after_verb = if question {
            ""
        } else {
            &text[verb.end..sentence.end]
        };
        let mut pre = false;
        let subjects = if at.passive {
            ctx.passive_agent(sentence, at_verb)
        } else if tables.entries[verb.entry].turn {
            // `De motie van de heer Kops krijgt oordeel Kamer`: the minister whose turn it
            // is speaks, not the motion's author.
            pre = true;
            Some(vec![crate::turns::speaker_at(&ctx.turns, verb.start)?])
        } else if tables.entries[verb.entry].cell {
            // `Nederland       tegen`: the row's first cell, on the vote's own line (a table's
            // rows are one sentence when no blank line parts them).
            let line = text[..verb.start].rfind('\n').map_or(0, |k| k + 1);
            let first =
                line + (text[line..verb.start].len() - text[line..verb.start].trim_start().len());
            let k = ctx.mentions.partition_point(|m| m.start < first);
            let m = ctx
                .mentions
                .get(k)
                .filter(|m| m.start == first && m.end <= verb.start)?;
            pre = true;
            Some(vec![m.actor])
        } else if let Some(m) = pipe_row_subject(text, &ctx.mentions, verb.start) {
            // `| Spain | Supported the roll-out … |`: the verb opens a cell of a Markdown
            // table's row, whose first cell names the one who took that position.
            pre = true;
            Some(vec![m])
        } else if tables.entries[verb.entry].label {
            // `Votes against: HU, SK; Abstentions: AT`: those listed after the colon, up to
            // the end of the line or the next label.
            let rest = &text[verb.end..sentence.end.max(verb.end)];
            let stop = verb.end + rest.find(['\n', ';']).unwrap_or(rest.len());
            // Only a list: the first right after the colon, the others after a comma or an
            // `and` (a line joined to the next runs on into a sentence).
            let k = ctx.mentions.partition_point(|m| m.start < verb.end);
            let mut listed: Vec<usize> = Vec::new();
            let mut last_end = verb.end;
            for m in ctx.mentions[k..].iter().take_while(|m| m.end <= stop) {
                let gap = &text[last_end..m.start];
                let joined = if listed.is_empty() {
                    // `against: `, `in favour: `, `: `.
                    gap.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ')
                        .strip_prefix(':')
                        .is_some_and(|r| r.trim().is_empty())
                } else {
                    list_gap(gap)
                };
                if !joined {
                    break;
                }
                listed.push(m.actor);
                last_end = m.end;
            }
            pre = true;
            (!listed.is_empty()).then_some(listed)
        } else if let Some(clause) = clause {
            pre = true;
            match &clause.subjects {
                Subject::Mentions(s) => Some(s.clone()),
                Subject::Pronoun(p) => self.resolve_pronoun(p, last, at),
            }
        } else if let Some(speaker) = ends_in_first_person(trim_spaces_end(before.as_bytes()))
            .then(|| ctx.aldus_speaker(sentence))
            .flatten()
        {
            // `Ik vraag de Raad …, aldus de Spaanse minister.`: the first person is the one
            // the sentence's close names, not the writer.
            pre = true;
            Some(vec![speaker])
        } else if let Some(person) = ctx
            .inverted_ik(&verb)
            .or_else(|| ctx.ik_after_intent(before, &verb))
        {
            pre = true;
            Some(vec![person])
        } else if let Some(person) = (coordinated
            && first_singular(&text[verb.start..verb.end])
            && (before.starts_with("Ik ") || before.starts_with("ik ")))
        .then(|| ctx.first_person(verb.start, true))
        .flatten()
        {
            // `Ik heb benadrukt dat Nederland … hecht en heb de Commissie opgeroepen`: `heb`
            // is said by the `ik` that opened the sentence, not by the clause's subject.
            pre = true;
            Some(vec![person])
        } else if let Some((s, true)) = main {
            // A verb coordinated right after a subordinate clause goes back to the main
            // clause's subject, not the clause's own.
            pre = true;
            Some(s.clone())
        } else if let Some(group) = own_group_before(before)
            .then(|| ctx.speakers_group(verb.start))
            .flatten()
        {
            // `Madam President, my group supports …`: the group of the turn's speaker.
            pre = true;
            Some(vec![group])
        } else if let Some(s) = (!tables.entries[verb.entry].agent)
            .then(|| {
                // `Germany and Austria were opposed to`: the subject stands before
                // the copula whose view the participle is.
                let before_copula = copula_start(text, tables, &verb)
                    .map(|start| V { start, ..verb })
                    .unwrap_or(verb);
                let dutch = !tables.entries[verb.entry].english;
                let sides = (supporters, contrasted);
                ctx.subject_before(sentence, &before_copula, at_verb, dutch, sides)
                    .or_else(|| {
                        // The auxiliaries of intent are Dutch.
                        dutch
                            .then(|| ctx.subject_before_intent(sentence, &verb, at_verb))
                            .flatten()
                    })
            })
            .flatten()
        {
            pre = true;
            Some(s)
        } else if let (true, Some((s, true))) = (coordinated, previous) {
            pre = true;
            Some(s.clone())
        } else if let Some(person) = ctx
            .first_person_before(before, verb.start)
            .or_else(|| ctx.unnamed_title(before))
        {
            pre = true;
            Some(vec![person])
        } else if let Some(holder) = (!question && inverted_opening(before))
            .then(|| ctx.unnamed_title_after(&verb))
            .flatten()
        {
            Some(vec![holder])
        } else if let Some(own) = we_before(before)
            .then(|| ctx.position_label(verb.start).or_else(|| ctx.own_agency()))
            .flatten()
        {
            // `We agree that …` in an agency's own report, `Finland's position: We
            // supported …` in a ministry's.
            pre = true;
            Some(vec![own])
        } else if let Some(s) = (pronoun(before, "").is_none()
            && !question
            && !ends_in_first_person(trim_spaces_end(before.as_bytes())))
        .then(|| {
            let after = ctx.first_at_or_after(&mut at_verb.clone(), verb.end);
            ctx.subject_after(sentence, &verb, after)
        })
        .flatten()
        {
            // A pronoun right before the verb is its subject (`Zij riep lidstaten op`), so
            // a mention after the verb is then its object.
            let mut s = s;
            ctx.opening_sides(sentence, at_verb, &mut s);
            Some(s)
        } else if let Some(pronoun) = pronoun(before, after_verb) {
            self.resolve_pronoun(pronoun, last, at)
        } else if let Some((s, true)) = previous.filter(|(s, _)| {
            neuter_pronoun_after(&text[verb.end..sentence.end])
                && s.iter().all(|&a| actors[a].kind != ActorKind::Person)
        }) {
            // `Hoewel Italië de analyse deelde, plaatste het een voorbehoud`: `het` is
            // the country or body that spoke before it in the sentence.
            Some(s.clone())
        } else if coordinated {
            previous
                .map(|(s, _)| s.clone())
                .or_else(|| ctx.opening_subject(sentence, &verb, at_verb))
        } else {
            None
        };
        subjects.map(|s| (s, pre))
    }

    /// The actors that the pronoun `pronoun` (`zij`, `hij`, `leden`) by the verb `at` stands
    /// for; `last` holds the last speakers and where they spoke.
    fn resolve_pronoun(
        &self,
        pronoun: &str,
        last: &Option<(Vec<usize>, usize)>,
        at: &At,
    ) -> Option<Vec<usize>> {
        let Run { text, ctx, .. } = *self;
        let actors = ctx.actors;
        let At { verb, at_verb, .. } = *at;
        let paragraph = last
            .as_ref()
            .filter(|(_, at)| !text[(*at).min(verb.start)..verb.start].contains("\n\n"))
            .map(|(s, _)| s.clone());
        // `leden`, or `zij` with a plural verb, are no one person: the party
        // whose group the paragraph spoke of last (`De leden van de PVV-fractie …
        // Zij verzoeken`).
        if pronoun == "leden"
            || lower_in(pronoun, PRONOUNS_OTHER) && plural_verb(&text[verb.start..verb.end])
        {
            let group = paragraph.or_else(|| ctx.last_group(verb.start, at_verb));
            // `Deze leden vragen voorts` opening a question of its own under the group's
            // heading (`Vragen van de leden van de SP-fractie`): the group named last.
            return group.or_else(|| {
                (pronoun == "leden")
                    .then(|| ctx.earlier_group(verb.start, at_verb))
                    .flatten()
            });
        }
        if lower_in(pronoun, PRONOUNS_BODY) {
            // No person is `it`: the body that spoke earlier in the same sentence (`Poland
            // stated that it could accept the text`), the body that opened the sentence before,
            // or the bodies that spoke last in the paragraph.
            let not_people = |s: &[usize]| {
                s.iter()
                    .all(|&a| !matches!(actors[a].kind, ActorKind::Person | ActorKind::Role))
            };
            if let Some((s, _)) = last.as_ref().filter(|(s, spoke)| {
                (at.sentence.start..verb.start).contains(spoke) && not_people(s)
            }) {
                return Some(s.clone());
            }
            let body = ctx.previous_opening_body(at.sentence.start);
            return body
                .map(|(b, _)| vec![b])
                .or(paragraph.filter(|s| not_people(s)));
        }
        let person = ctx.last_person(verb.start, at_verb);
        // `Kan de minister toezeggen dat zij … vraagt`: an office named by its title alone
        // earlier in the sentence is the pronoun's antecedent, not the paragraph's last
        // speaker; it is the paper's one holder of that title, or no one known.
        // (`zij` with a plural verb was answered above: here it is one person.)
        let singular = lower_in(pronoun, PRONOUNS_PERSON) || lower_in(pronoun, PRONOUNS_OTHER);
        if let Some(title) = singular
            .then(|| office_named(&text[at.sentence.start..verb.start]))
            .flatten()
        {
            return ctx.unnamed_title(&format!("de {title}")).map(|a| vec![a]);
        }
        if lower_in(pronoun, PRONOUNS_PERSON) {
            // `De minister antwoordde … Hij zegde toe`: one unnamed office-holder
            // who spoke after the last person named is `hij`; so is the person a bare
            // title stood for (`De Minister deelt de zorgen niet. Hij is van mening`),
            // though someone else was named last, before.
            let office = last.as_ref().and_then(|(s, at)| match s[..] {
                [one]
                    if matches!(actors[one].kind, ActorKind::Role | ActorKind::Person)
                    // `Ook sprak ik met de heer Ollendorf. Hij gaf aan`: the one who spoke
                    // as `ik` is never `hij`.
                    && !spoke_in_first_person(text.as_bytes(), *at)
                    // A person named after it in its own sentence is its
                    // object (`De minister deelde de zorgen van het lid X.`).
                    && person.is_none_or(|(_, p)| {
                        p < *at || !text.get(*at..p).is_some_and(|s| s.contains(". "))
                    })
                    && !text[(*at).min(verb.start)..verb.start].contains("\n\n") =>
                {
                    Some(vec![one])
                }
                _ => None,
            });
            office
                .or_else(|| person.map(|(p, _)| vec![p]))
                .or(paragraph)
        } else {
            // `De ANVS bereidt zich voor op … Zij verwacht`: the body that opened the sentence
            // before is nearer than a person named further back.
            let spoke = last.as_ref().map_or(0, |(_, at)| *at);
            let body = ctx
                .previous_opening_body(at.sentence.start)
                .filter(|(_, b)| person.is_none_or(|(_, p)| p < *b) && spoke < *b);
            body.map(|(b, _)| vec![b])
                .or(paragraph)
                .or(person.map(|(p, _)| vec![p]))
        }
    }
}

/// A verb of a sentence, whose subject [`Run::subjects_of`] looks for.
#[derive(Clone, Copy)]
struct At {
    sentence: Span,
    verb: V,
    /// The first mention at or after the verb's start.
    at_verb: usize,
    /// The verb is a passive, which speaks only through its agent.
    passive: bool,
    /// A coordinator (`en`, `and`) stands right before the verb: it may share the subjects of
    /// the sentence's previous verb.
    coordinated: bool,
}

/// The verbs in `text`, in order: the words that are a verb form, in a case that fits.
///
/// Verb forms are ASCII letters only (a test holds the data to that), so a verb starts at an
/// ASCII letter after a character that is no letter or digit, and ends where the longest form
/// found there in the trie ends, if no letter or digit follows: a whole word, as a walk from
/// word to word would find it. Such starts are found eight bytes at a time (SWAR, which wasm
/// runs as fast as native code); a table of the forms' first two letters and lengths then drops
/// nearly every word (`de`, `en`, `Commissie`) before the trie is walked.
///
/// The same pass visits the clause words (`… stelde dat …`) and returns them as clause stops
/// (see [`ClauseStops`]): they are words between spaces.
#[inline(never)]
fn find_verbs(text: &str, tables: &Tables) -> (Vec<V>, Vec<(usize, usize)>, Vec<Span>) {
    let bytes = text.as_bytes();
    // Reports hold a verb form every 100-odd bytes and a clause word every 250-odd: room for
    // that much at once, so that multi-megabyte lists are not grown (copied) step by step.
    let mut out = Vec::with_capacity(text.len() / 128 + 16);
    let mut clause_words = Vec::with_capacity(text.len() / 256 + 16);
    let mut openers = Vec::with_capacity(text.len() / 256 + 16);
    let mut at = VerbsAt {
        base: 0,
        carry_word: 0,
        carry_high: 0,
    };
    while at.base < bytes.len() {
        let found = Found {
            verbs: &mut out,
            clause_words: &mut clause_words,
            openers: &mut openers,
        };
        find_verbs_part(text, tables, &mut at, found);
    }
    (out, clause_words, openers)
}

/// What [`find_verbs_part`] adds to.
struct Found<'a> {
    verbs: &'a mut Vec<V>,
    clause_words: &'a mut Vec<(usize, usize)>,
    openers: &'a mut Vec<Span>,
}

/// Where [`find_verbs`] stands between two parts.
#[derive(Clone, Copy)]
struct VerbsAt {
    /// The start of the next group of eight bytes.
    base: usize,
    /// Whether the last byte of the previous group was an ASCII letter or digit, or non-ASCII.
    carry_word: u8,
    carry_high: u8,
}

/// Bytes of text per call of [`find_verbs_part`] (a multiple of eight).
const VERBS_PART: usize = 32 * 1024;

/// The groups of [`find_verbs`] from `at.base` for [`VERBS_PART`] bytes, or to the end. One
/// call over a whole text would run in WebAssembly's slow baseline code throughout: V8 swaps in
/// optimised code for a function only when it is called again.
#[inline(never)]
fn find_verbs_part(text: &str, tables: &Tables, at: &mut VerbsAt, found: Found) {
    let Found {
        verbs: out,
        clause_words,
        openers,
    } = found;
    let bytes = text.as_bytes();
    let VerbsAt {
        mut base,
        mut carry_word,
        mut carry_high,
    } = *at;
    let stop = base.saturating_add(VERBS_PART);
    while base < bytes.len() && base < stop {
        let x = match bytes.get(base..base + 8) {
            Some(group) => {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(group);
                u64::from_le_bytes(eight)
            }
            None => {
                // The last bytes, padded with zeros.
                let mut eight = [0u8; 8];
                for (e, &b) in eight.iter_mut().zip(bytes.get(base..).unwrap_or_default()) {
                    *e = b;
                }
                u64::from_le_bytes(eight)
            }
        };
        let (word, letter, high) = ascii_classes(x);
        let before_word = word << 1 | carry_word;
        let before_high = high << 1 | carry_high;
        carry_word = word >> 7;
        carry_high = high >> 7;
        // Zero padding is no letter, so no start lies past the end.
        let mut starts = letter & !before_word;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let start = base + k;
            // After a non-ASCII character, decode it: `é` is a letter, `’` is not.
            if before_high >> k & 1 == 1 && ends_in_word_char(text, start) {
                continue;
            }
            let slot = Prefixes::slot_at(bytes, start);
            if tables.verb_prefixes.may_start(slot) {
                if let Some(verb) = verb_at(text, tables, start) {
                    out.push(verb);
                    continue;
                }
            }
            if tables.clause_prefixes.may_start(slot) {
                if start > 0 && bytes[start - 1] == b' ' {
                    if let Some(w) = clause_word_at(bytes, start) {
                        clause_words.push((start - 1, start + w));
                        // `dat` and `die` between spaces: no closer look needed.
                        if w == 3 && bytes[start] == b'd' {
                            openers.push(Span::new(start, start + w));
                            continue;
                        }
                    }
                }
                if let Some(end) = opener_at(text, start) {
                    openers.push(Span::new(start, end));
                }
            }
        }
        base += 8;
    }
    *at = VerbsAt {
        base,
        carry_word,
        carry_high,
    };
}

/// The end of the word that opens a subordinate clause at `start` (a word start), if one
/// does.
#[inline]
fn opener_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let rest = bytes.get(start..)?;
    let len = rest
        .iter()
        .take(10)
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len().min(10));
    let end = start + len;
    (len < 10
        && !starts_with_word_char(text, end)
        && matches!(
            clause_word_class(text.get(start..end)?),
            ClauseWord::Subordinator | ClauseWord::Condition
        ))
    .then_some(end)
}

/// The length of the clause word at `start` if a space follows it.
#[inline]
fn clause_word_at(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = bytes.get(start..)?;
    CLAUSE_WORDS
        .iter()
        .find(|w| rest.starts_with(w.as_bytes()) && rest.get(w.len()) == Some(&b' '))
        .map(|w| w.len())
}

/// The verb that starts at `start` (an ASCII letter that starts a word), if any.
#[inline]
fn verb_at(text: &str, tables: &Tables, start: usize) -> Option<V> {
    let bytes = text.as_bytes();
    let (end, pattern) = tables.verbs.longest_at(bytes, start)?;
    if starts_with_word_char(text, end) {
        return None;
    }
    let fits = match (tables.verb_patterns.get(pattern), text.get(start..end)) {
        (Some(p), Some(found)) => case_ok(p, found),
        _ => false,
    };
    let entry = *tables.verb_of.get(pattern)?;
    (fits && !attributive(bytes, start, end) && particle_next(bytes, tables, entry, start, end))
        .then_some(V { start, end, entry })
}

/// Whether the Dutch past form at `start..end` stands right after an article, as an adjective
/// of the noun after it (`acht het bereikte compromis aanvaardbaar`, `de gedeelde zorgen`):
/// no verb, so that it ends no clause of the verb before it.
#[inline]
fn attributive(bytes: &[u8], start: usize, end: usize) -> bool {
    matches!(bytes.get(end.wrapping_sub(2)..end), Some(b"te" | b"de"))
        && [&b" het "[..], b" de ", b" een "]
            .iter()
            .any(|a| bytes[..start].ends_with(a))
}

/// Whether a `tight` verb's particle is the next word after `end` (`zijn tegen`), and an `ik`
/// verb at `start..end` has `ik` next to it; true for every other verb.
#[inline]
fn particle_next(bytes: &[u8], tables: &Tables, entry: usize, start: usize, end: usize) -> bool {
    let Some(verb) = tables.entries.get(entry) else {
        return false;
    };
    if verb.first {
        return first_person_next_to(bytes, start, end)
            || plural_subject_before(&bytes[..start], &bytes[end..], &verb.particles);
    }
    if verb.reflexive {
        return reflexive_next_to(bytes, start, end);
    }
    if verb.cell {
        return last_cell(bytes, start, end);
    }
    if verb.label {
        return vote_label(bytes, start, end);
    }
    if !verb.tight {
        return true;
    }
    let Some(rest) = bytes.get(end..).and_then(|r| r.strip_prefix(b" ")) else {
        return false;
    };
    // A negation may stand between (`wordt niet gesteund door`), and one adverb of degree or
    // concession (`Wij zijn wel kritisch`, `zijn ook tegen`, `zijn zeer bezorgd`).
    let rest = rest.strip_prefix(b"niet ").unwrap_or(rest);
    let rest = [&b"wel "[..], b"ook ", b"zeer ", b"erg ", b"nog "]
        .iter()
        .find_map(|a| rest.strip_prefix(*a))
        .unwrap_or(rest);
    verb.particles.iter().any(|p| {
        rest.starts_with(p.word.as_bytes())
            && !rest
                .get(p.word.len())
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
            && (p.word != "dat" || conjunction_dat(&rest[p.word.len()..]))
    }) || verb.particles.iter().any(|p| p.far) && far_particle(rest, &verb.particles)
}

/// Whether `dat` before `after` opens a clause (`wil dat de Commissie …`, `wil dat Nederland
/// …`) rather than points at a noun (`wil dat voorstel niet steunen`): the next word is a
/// name, an article, a pronoun or an adverb, not a bare noun in small letters.
#[cold]
fn conjunction_dat(after: &[u8]) -> bool {
    const OPENERS: &[&[u8]] = &[
        b"de",
        b"het",
        b"een",
        b"er",
        b"hij",
        b"zij",
        b"ze",
        b"wij",
        b"we",
        b"ik",
        b"u",
        b"men",
        b"deze",
        b"dit",
        b"die",
        b"dat",
        b"alle",
        b"elke",
        b"ieder",
        b"iedere",
        b"ook",
        b"eerst",
        b"nog",
        b"niet",
        b"wel",
        b"daar",
        b"hier",
        b"zo",
        b"in",
        b"op",
        b"bij",
        b"voor",
        b"na",
        b"met",
        b"uiterlijk",
        b"alleen",
        b"zowel",
        b"geen",
        b"zijn",
        b"haar",
        b"hun",
    ];
    let after = after.strip_prefix(b" ").unwrap_or(after);
    let word = &after[..after
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len())];
    match after.first() {
        Some(b) if b.is_ascii_uppercase() || *b >= 0x80 => true,
        Some(_) => OPENERS.contains(&word),
        None => false,
    }
}

/// Whether the words at `start..end` label a record of votes: first on their line, or after a
/// `;` or a sentence's end on it, and a colon after them (`Votes against: HU, SK; Abstentions: AT`).
#[cold]
fn vote_label(bytes: &[u8], start: usize, end: usize) -> bool {
    let head = &bytes[..start];
    let head = &head[..head
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(0, |k| k + 1)];
    // `Delegations abstaining: EL, IT, AT`, `Member States abstaining: AT`: the voters'
    // noun may open the label.
    let head = [&b"delegations"[..], b"member states"]
        .iter()
        .find_map(|noun| {
            let k = head.len().checked_sub(noun.len())?;
            let before = k.checked_sub(1).map(|b| head[b]);
            (head[k..].eq_ignore_ascii_case(noun)
                && before.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b';' | b'.')))
            .then(|| {
                let h = &head[..k];
                &h[..h
                    .iter()
                    .rposition(|&b| b != b' ' && b != b'\t')
                    .map_or(0, |k| k + 1)]
            })
        })
        .unwrap_or(head);
    // `The Council adopted the decision. Votes against: PL`: a sentence's end opens one too.
    let opens = matches!(head.last(), None | Some(b'\n' | b'\r' | b';' | b'.'));
    let mut tail = bytes.get(end..).unwrap_or_default();
    // `Votes against:`, `Votes in favour:`: the vote's particle stands before the colon.
    for word in [&b" against"[..], b" in favour", b" in favor", b" for"] {
        if tail.len() > word.len() && tail[..word.len()].eq_ignore_ascii_case(word) {
            tail = &tail[word.len()..];
            break;
        }
    }
    let colon = tail
        .iter()
        .find(|&&b| b != b' ')
        .is_some_and(|&b| b == b':');
    opens && colon
}

/// The actor a Markdown table's row names in its first cell, when the verb at `verb` opens a
/// later cell of that row (`| Spain | Supported the proposal |`, `| Frankrijk | Steunde … |`):
/// a table of positions. The first cell must hold the one mention and nothing else (a
/// `Member state` or `Lidstaat` column), so that a row that merely mentions a country
/// (`| Fund for Spain | Adopted |`) says nothing.
fn pipe_row_subject(text: &str, mentions: &[M], verb: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let head = trim_spaces_end(&bytes[..verb]);
    // The cells are split by `|`, or by `│` or `║` in a table drawn in box-drawing characters.
    let bar: &[u8] = match head.last() {
        Some(b'|') => b"|",
        Some(0x82) if head.ends_with("│".as_bytes()) => "│".as_bytes(),
        Some(0x91) if head.ends_with("║".as_bytes()) => "║".as_bytes(),
        _ => return None,
    };
    let line = head.iter().rposition(|&b| b == b'\n').map_or(0, |k| k + 1);
    let row = &bytes[line..head.len() - bar.len()];
    let lead = row.iter().position(|&b| b != b' ' && b != b'\t')?;
    if !row[lead..].starts_with(bar) {
        return None;
    }
    let cell_start = line + lead + bar.len();
    let cell_end = cell_start + memchr::memmem::find(&bytes[cell_start..head.len()], bar)?;
    // The verb's cell is the second (or later) one of its row.
    let cell = &text[cell_start..cell_end];
    let first = cell_end - cell.trim_start_matches([' ', '\t', '*']).len();
    let k = mentions.partition_point(|m| m.start < first);
    let m = mentions
        .get(k)
        .filter(|m| m.start == first && m.end <= cell_end)?;
    let rest = &text[m.end..cell_end];
    // `[[Autoriteit Consument en Markt]]` reads as its name; a full stop or a footnote mark
    // may close the cell.
    rest.trim_matches(|c: char| c == ' ' || c == '*' || c == '.' || c == '\t')
        .is_empty()
        .then_some(m.actor)
}

/// Whether the word at `start..end` is a cell of a table's row after its first
/// (`Nederland       tegen`): after three spaces, with text before them on its line, and last
/// on the line or before three spaces more (`Polen     tegen     verklaring voor de notulen`).
#[inline]
fn last_cell(bytes: &[u8], start: usize, end: usize) -> bool {
    let head = &bytes[..start];
    let tail = &bytes[end..];
    let ends = matches!(tail.first(), None | Some(b'\n' | b'\r')) || tail.starts_with(b"   ");
    if !head.ends_with(b"   ") || !ends {
        return false;
    }
    let line = head
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(head, |k| &head[k + 1..]);
    line.iter().any(|&b| b != b' ')
}

/// Whether a `far` particle of a tight verb stands as a word in the rest of its clause (up to
/// the next stop, at most [`FAR_REACH`] bytes on): `staat met Frankrijk en Italië in een
/// blokkerende minderheid`. Rare verbs' particles, looked for only where the verb stands.
#[cold]
fn far_particle(rest: &[u8], particles: &[Particle]) -> bool {
    let window = &rest[..rest.len().min(FAR_REACH)];
    let clause = window
        .iter()
        .position(|b| matches!(b, b'.' | b';' | b':' | b'\n' | b'?'))
        .map_or(window, |k| &window[..k]);
    // Word by word: each word's letters, up to what ends it (`minderheid,`), against the
    // particles, rather than every window of the clause against each.
    clause.split(|&b| b == b' ').any(|token| {
        let len = token
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b >= 0x80)
            .count();
        let word = &token[..len];
        particles.iter().any(|p| p.far && p.word.as_bytes() == word)
    })
}

/// How far after a tight verb a `far` particle is looked for, in bytes.
const FAR_REACH: usize = 120;

/// Whether a reflexive pronoun (`zich`, `mij`, `me`, `ons`) stands among the eight words
/// before `start`, in the same clause (no `,`, `;`, `.` or `:` between), or right after
/// `end`: `zal zich in de Raad inzetten`, `Polen verzette zich`.
#[cold]
fn reflexive_next_to(bytes: &[u8], start: usize, end: usize) -> bool {
    const REFLEXIVES: [&[u8]; 4] = [b"zich", b"mij", b"me", b"ons"];
    let is_reflexive = |w: &[u8]| REFLEXIVES.iter().any(|r| w.eq_ignore_ascii_case(r));
    let after = bytes.get(end..).and_then(|r| r.strip_prefix(b" "));
    if let Some(after) = after {
        let word = after.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if is_reflexive(&after[..word]) {
            return true;
        }
    }
    let head = &bytes[start.saturating_sub(80)..start];
    let clause = head
        .iter()
        .rposition(|b| matches!(b, b',' | b';' | b'.' | b':' | b'\n'))
        .map_or(head, |k| &head[k + 1..]);
    clause
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(8)
        .any(is_reflexive)
}

/// `before` up to its last word when that word is one of the [`ADVERBS`] right after a first
/// person (`… and I fully`, `We strongly`).
fn first_person_before_adverb(before: &str) -> Option<&str> {
    let t = before.trim_end_matches(' ');
    let word_start = t.rfind(' ')?;
    let head = &t[..word_start];
    (ends_in_first_person(head.as_bytes()) && lower_in(&t[word_start + 1..], ADVERBS))
        .then_some(head)
}

/// The first person that ends `before` when it opens a clause after a comma or a semicolon and
/// a coordinator (`We agreed to …, and I`, `…; we`): the clause's whole subject.
fn coordinated_first_person(before: &str) -> Option<&str> {
    let t = before.trim_end();
    let word_start = t.rfind(' ')? + 1;
    let rest = t[..word_start].trim_end();
    let rest = ["and", "but", "en", "maar"]
        .iter()
        .find_map(|c| rest.strip_suffix(c).filter(|r| r.ends_with(' ')))
        .map_or(rest, str::trim_end);
    rest.ends_with([',', ';']).then_some(&t[word_start..])
}

/// Whether `verb` is a Dutch form that only `ik` takes (`heb`, `ben`): a coordinated one
/// shares the sentence's `ik`, whoever spoke in between.
fn first_singular(verb: &str) -> bool {
    verb.eq_ignore_ascii_case("heb") || verb.eq_ignore_ascii_case("ben")
}

/// Whether `bytes` end in a first person as a word of its own: `ik`, `wij`, `we` (any case) or
/// `I`.
fn ends_in_first_person(bytes: &[u8]) -> bool {
    let word_start = bytes
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let last = &bytes[word_start..];
    last == b"I"
        || [&b"ik"[..], b"wij", b"we"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
}

/// Whether a first person stands right before `start` (`ik`, `wij`, `we`, `I`) or right after
/// `end` (`ik`, `wij`), as a word of its own.
#[cold]
/// Whether the verb that ends at `end` has a first person next to it (`sprak ik`, `Ik heb`).
fn spoke_in_first_person(bytes: &[u8], end: usize) -> bool {
    let head = &bytes[..end.min(bytes.len())];
    let start = head.iter().rposition(|&b| b == b' ').map_or(0, |k| k + 1);
    first_person_next_to(bytes, start, end)
}

fn first_person_next_to(bytes: &[u8], start: usize, end: usize) -> bool {
    let prefix = bytes[..start].strip_suffix(b" ").unwrap_or(b"");
    // `and I fully support`: an adverb may stand between them.
    let adverb_between = || {
        let cut = prefix.iter().rposition(|&b| b == b' ').unwrap_or(0);
        let word = std::str::from_utf8(&prefix[(cut + 1).min(prefix.len())..]).unwrap_or("");
        cut > 0 && lower_in(word, ADVERBS) && ends_in_first_person(&prefix[..cut])
    };
    let first_before = ends_in_first_person(prefix) || adverb_between();
    let after = bytes.get(end..).unwrap_or_default();
    let word_after = |w: &[u8]| {
        after.starts_with(w)
            && !after
                .get(w.len())
                .is_some_and(|b| b.is_ascii_alphanumeric())
    };
    first_before || word_after(b" ik") || word_after(b" wij")
}

/// Whether the words before an English first person's form (`support`, `welcome`, `call`) are
/// a plural subject of the present tense: a collective's noun (`Several delegations support`,
/// `Some member states call for`), `they`, or the last of a list of names (`Germany and the Netherlands
/// support`). Not the noun (`EU support for`, `the Council and EU support to`): a preposition
/// after it, unless the verb's own particle (`Spain and Portugal call for`), reads as the
/// noun's.
#[cold]
fn plural_subject_before(head: &[u8], after: &[u8], particles: &[Particle]) -> bool {
    const PLURALS: &[&[u8]] = &[
        b"delegations",
        b"states",
        b"countries",
        b"ministers",
        b"leaders",
        b"members",
        b"governments",
        b"parties",
        b"participants",
        b"institutions",
        b"partners",
        b"others",
        // `They regret that …`: the pronoun of a plural subject named before.
        b"they",
    ];
    const PREPOSITIONS: &[&[u8]] = &[b"for", b"to", b"of", b"from", b"in", b"and", b"by"];
    let Some(head) = head.strip_suffix(b" ").or_else(|| head.strip_suffix(b"\n")) else {
        return false;
    };
    let next = after
        .strip_prefix(b" ")
        .or_else(|| after.strip_prefix(b"\n"));
    let Some(next) = next else {
        return false;
    };
    let next_len = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &next[..next_len];
    let particle = particles
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p.word.as_bytes()));
    if next_len == 0 || (!particle && PREPOSITIONS.iter().any(|p| word.eq_ignore_ascii_case(p))) {
        return false;
    }
    let cut = head
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let last = &head[cut..];
    if PLURALS.iter().any(|p| last.eq_ignore_ascii_case(p)) {
        return true;
    }
    // `France and Italy`, `Germany and the Netherlands`: a capitalised name after `and`.
    if !last.first().is_some_and(u8::is_ascii_uppercase) || cut == 0 {
        return false;
    }
    let rest = head[..cut].strip_suffix(b"the ").unwrap_or(&head[..cut]);
    rest.ends_with(b" and ") || rest.ends_with(b"\nand ")
}

/// Whether the character before byte `i` (a character boundary) is a letter or a digit.
#[cold]
fn ends_in_word_char(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|s| s.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Whether the character at byte `i` (a character boundary) is a letter or a digit.
#[inline]
fn starts_with_word_char(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric),
    }
}

/// For eight bytes (SWAR, byte `k` of the little-endian word is bit `k`): which are ASCII
/// letters or digits, which are ASCII letters, and which are not ASCII.
#[inline(always)]
fn ascii_classes(x: u64) -> (u8, u8, u8) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let high = x & HIGH;
    // On 7-bit values, adding `0x80 - lo` sets a byte's high bit iff it is >= lo, and adding
    // `0x7f - hi` iff it is > hi; neither carries into the next byte.
    let low = x & !HIGH;
    let ge = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt = |v: u64, hi: u8| v.wrapping_add(ONES * u64::from(0x7f - hi));
    let folded = low | (ONES * 0x20);
    let letter = ge(folded, b'a') & !gt(folded, b'z') & !high & HIGH;
    let digit = ge(low, b'0') & !gt(low, b'9') & !high & HIGH;
    // Gather the eight high bits into one byte.
    let gather = |v: u64| (v.wrapping_mul(0x0002_0408_1020_4081) >> 56) as u8;
    (gather(letter | digit), gather(letter), gather(high))
}

/// [`find_verbs`] as a walk from word to word over a [`WordMap`]: the reference it must agree
/// with.
///
/// Verb forms are letters only (a test holds the data to that), so the longest form at a word
/// start can end at a word boundary only at the end of that word: a verb is a whole word, and
/// the scan goes from word to word — as a leftmost-longest pass over the text would, which
/// resumes after the word whether a form matched or not. Words whose first two letters and length
/// no form has (`de`, `en`, `Commissie`, long compounds) are not looked up at all.
#[cfg(test)]
fn find_verbs_by_words(text: &str, tables: &Tables) -> Vec<V> {
    let bytes = text.as_bytes();
    let words = WordMap::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(start) = words.next_word_start(i) {
        let end = words.word_end(start);
        i = end;
        let Some((form_end, pattern)) = tables.verbs.longest_at(bytes, start) else {
            continue;
        };
        let fits = form_end == end
            && match (tables.verb_patterns.get(pattern), text.get(start..end)) {
                (Some(p), Some(found)) => case_ok(p, found),
                _ => false,
            };
        if let (true, Some(&entry)) = (fits, tables.verb_of.get(pattern)) {
            if particle_next(bytes, tables, entry, start, end) {
                out.push(V { start, end, entry });
            }
        }
    }
    out
}

/// The verb scan as it was before it relied on verb forms being whole words: the reference.
#[cfg(test)]
fn find_verbs_by_prefix(text: &str, tables: &Tables) -> Vec<V> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(start) = next_word_start(text, i) {
        let Some((end, pattern)) = tables.verbs.longest_at(bytes, start) else {
            i = word_end(text, start);
            continue;
        };
        let fits = at_word_boundary(text, start, end)
            && match (tables.verb_patterns.get(pattern), text.get(start..end)) {
                (Some(p), Some(found)) => case_ok(p, found),
                _ => false,
            };
        if let (true, Some(&entry)) = (fits, tables.verb_of.get(pattern)) {
            if particle_next(bytes, tables, entry, start, end) {
                out.push(V { start, end, entry });
            }
        }
        i = resume_after(text, end);
    }
    out
}

/// Whether `before` (a sentence up to its verb) opens with `Do`, `Does` or `Did`, perhaps
/// after a turn's label (`Question (Politico): Do the leaders …`).
/// Interrogatives that open a question about who did what (`Welke lidstaten steunden …?`).
const INTERROGATIVES: &[&str] = &[
    "welke", "wie", "wat", "hoe", "waarom", "wanneer", "which", "who", "what", "how", "why", "when",
];

/// Whether `sentence` is a question opened by an interrogative (`Welke lidstaten waren
/// tegen?`, `Which delegations supported it?`): it asks who spoke and states nothing. A
/// question after a colon is someone's (`Frankrijk vroeg: wie betaalt dit?`).
fn asks_who(sentence: &str) -> bool {
    let s = sentence.trim_end();
    s.ends_with('?')
        && !s.contains(':')
        && first_word(s).is_some_and(|w| lower_in(w, INTERROGATIVES))
}

fn opens_with_do(before: &str) -> bool {
    let head = before.get(..before.len().min(80)).unwrap_or(before);
    let rest = head.split_once("): ").map_or(head, |(_, r)| r);
    let rest = rest.split_once(": ").map_or(rest, |(_, r)| r);
    ["Do ", "Does ", "Did "].iter().any(|w| rest.starts_with(w))
}

/// A pronoun subject right before or right after the verb.
fn pronoun<'a>(before: &'a str, after: &'a str) -> Option<&'a str> {
    let all = |w: &str| lower_in(w, PRONOUNS_PERSON) || lower_in(w, PRONOUNS_OTHER);
    // `She also welcomed`: adverbs may stand between the pronoun and the verb.
    let last = match last_but_adverbs(before) {
        Ok(word) => word,
        Err(NonAscii) => last_but_adverbs_by_chars(before),
    };
    // `IT` in capitals is Italy's code or information technology, never the pronoun.
    let b = last.filter(|w| all(w) || lower_in(w, PRONOUNS_BODY) && *w != "IT");
    b.or_else(|| first_word(after).filter(|w| all(w)))
        .or_else(|| these_members(before, after))
}

/// `Deze leden vragen`, `maken deze leden zich zorgen`: the members a paper spoke of last (the
/// group of a party), which the pronoun `leden` then stands for.
fn these_members<'a>(before: &'a str, after: &'a str) -> Option<&'a str> {
    let back = trim_spaces_end(before.as_bytes());
    let on = after.as_bytes();
    let on = &on[on.iter().take_while(|&&b| b == b' ').count()..];
    let head = |b: &[u8]| b.len() >= 11 && b[..11].eq_ignore_ascii_case(b"deze leden ");
    let tail = |b: &[u8]| {
        b.len() >= 10
            && b[b.len() - 10..].eq_ignore_ascii_case(b"deze leden")
            && (b.len() == 10 || b[b.len() - 11] == b' ')
    };
    (tail(back) || head(on)).then_some("leden")
}

/// Whether `after` (the words after a verb) opens with `het` as a pronoun, not an article:
/// followed by an article, a negation, an adverb or a particle (`plaatste het een voorbehoud`,
/// `gaf het aan`), never by a noun (`steunde het voorstel`).
fn neuter_pronoun_after(after: &str) -> bool {
    let mut w = words(after);
    w.next() == Some("het")
        && w.next().is_some_and(|next| {
            lower_in(
                next,
                &[
                    "een", "geen", "niet", "ook", "wel", "nog", "echter", "aan", "op", "toe",
                    "mee", "zijn", "daarbij", "hierbij",
                ],
            )
        })
}

/// The last word of `s` that is not one of the [`ADVERBS`], on bytes ([`word_before`]).
fn last_but_adverbs(s: &str) -> Result<Option<&str>, NonAscii> {
    let mut end = s.len();
    while let Some((a, b)) = word_before(s.as_bytes(), end)? {
        let word = &s[a..b];
        if !lower_in(word, ADVERBS) {
            return Ok(Some(word));
        }
        end = a;
    }
    Ok(None)
}

/// [`last_but_adverbs`] by characters: for text with non-ASCII characters, and the reference.
fn last_but_adverbs_by_chars(s: &str) -> Option<&str> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .rev()
        .filter(|w| !w.is_empty())
        .find(|w| !lower_in(w, ADVERBS))
}

/// Words that open a subordinate clause, which ends the clause of a verb.
const CLAUSE_WORDS: &[&str] = &["dat", "om", "die", "that", "whether"];

/// Where clauses end in a text: at `;`, `:` (and `,` if asked), or before a space, a clause
/// word and a space (`… stelde dat …`). Found once for the whole text, so that the end of the
/// clause after each verb is a binary search rather than a walk over its bytes (the clause after
/// a verb often runs on for hundreds of bytes).
struct ClauseStops {
    /// `(where the clause ends, where a left-to-right scan sees it)` for `;`, `:` and clause
    /// words (whose end is the space before them, seen at the space after them), sorted.
    stops: Vec<(usize, usize)>,
    /// The commas, sorted.
    commas: Vec<usize>,
}

impl ClauseStops {
    /// The stops of `text`, given its clause words as [`find_verbs`] found them.
    #[inline(never)]
    fn new(text: &str, clause_words: Vec<(usize, usize)>) -> ClauseStops {
        let bytes = text.as_bytes();
        let mut marks = Vec::new();
        // About one comma every 250 bytes in reports.
        let mut commas = Vec::with_capacity(text.len() / 256 + 16);
        for p in memchr::memchr3_iter(b';', b':', b',', bytes) {
            if bytes[p] == b',' {
                commas.push(p);
            } else {
                marks.push((p, p));
            }
        }
        // Both lists are sorted and a mark is never the space before a clause word: a merge.
        let mut stops = Vec::with_capacity(marks.len() + clause_words.len());
        let (mut a, mut b) = (
            marks.into_iter().peekable(),
            clause_words.into_iter().peekable(),
        );
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) if x <= y => a.next(),
                (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, None) => break,
            };
            stops.extend(next);
        }
        ClauseStops { stops, commas }
    }

    /// The stops found with one search per clause word over the whole text: the reference.
    #[cfg(test)]
    fn by_search(text: &str) -> ClauseStops {
        let bytes = text.as_bytes();
        let mut stops = Vec::new();
        let mut commas = Vec::new();
        for p in memchr::memchr3_iter(b';', b':', b',', bytes) {
            if bytes[p] == b',' {
                commas.push(p);
            } else {
                stops.push((p, p));
            }
        }
        // One vectorised search per clause word: a loop over the spaces would stop at every
        // sixth byte. Matches may share a space (`die die`), so each search resumes one byte
        // after the last match.
        for w in CLAUSE_WORDS {
            let pattern = format!(" {w} ");
            let finder = memchr::memmem::Finder::new(&pattern);
            let mut at = 0;
            while let Some(k) = bytes.get(at..).and_then(|rest| finder.find(rest)) {
                stops.push((at + k, at + k + pattern.len() - 1));
                at += k + 1;
            }
        }
        // No stop lies inside a clause word and its spaces, so both orders agree.
        stops.sort_unstable();
        ClauseStops { stops, commas }
    }

    /// [`ClauseStops::end`] for clauses that begin further and further on, as the verbs of a
    /// run do: `cursor` remembers where the stops and commas were passed, so that each verb
    /// costs a step or two instead of two searches.
    fn end_from(
        &self,
        cursor: &mut StopCursor,
        text: &str,
        from: usize,
        limit: usize,
        stop_at_comma: bool,
    ) -> usize {
        let limit = limit.max(from).min(text.len());
        let min = if from > 0 && text.as_bytes().get(from - 1) == Some(&b' ') {
            from - 1
        } else {
            from
        };
        let k = seek(&self.stops, &mut cursor.stop, |s| s.0 < min);
        let stop = self.stops.get(k).filter(|s| s.1 < limit).map(|s| s.0);
        let comma = if stop_at_comma {
            let k = seek(&self.commas, &mut cursor.comma, |&c| c < min);
            self.commas.get(k).copied().filter(|&c| c < limit)
        } else {
            None
        };
        stop.into_iter().chain(comma).min().unwrap_or(limit)
    }

    /// The end of the clause that begins at `from`, at most `limit`, by two searches: the
    /// reference for [`ClauseStops::end_from`].
    #[cfg(test)]
    fn end(&self, text: &str, from: usize, limit: usize, stop_at_comma: bool) -> usize {
        let limit = limit.max(from).min(text.len());
        // A clause word right at `from` counts when a space precedes it; that space is no
        // `;`, `:` or `,` to be wrongly counted.
        let min = if from > 0 && text.as_bytes().get(from - 1) == Some(&b' ') {
            from - 1
        } else {
            from
        };
        // The first stop at or after `min` is the one a scan meets first; if it is seen only at
        // or after `limit`, so is every later one.
        let k = self.stops.partition_point(|s| s.0 < min);
        let stop = self.stops.get(k).filter(|s| s.1 < limit).map(|s| s.0);
        let comma = if stop_at_comma {
            let k = self.commas.partition_point(|&c| c < min);
            self.commas.get(k).copied().filter(|&c| c < limit)
        } else {
            None
        };
        stop.into_iter().chain(comma).min().unwrap_or(limit)
    }
}

/// Where [`ClauseStops::end_from`] has got to in the stops and in the commas.
#[derive(Clone, Copy, Debug, Default)]
struct StopCursor {
    stop: usize,
    comma: usize,
    /// Used by [`Opening`] only.
    opener: usize,
}

/// The length of the prefix of `items` for which `before` holds (as `partition_point`),
/// starting from `cursor`, the answer for an earlier position: a few steps forward, then a
/// search of the rest; a search of all if the position went back.
fn seek<T>(items: &[T], cursor: &mut usize, before: impl Fn(&T) -> bool) -> usize {
    let passed = cursor.checked_sub(1).map(|i| items.get(i));
    if *cursor > items.len() || passed.is_some_and(|p| p.is_none_or(|x| !before(x))) {
        *cursor = items.partition_point(&before);
        return *cursor;
    }
    let mut steps = 0;
    while items.get(*cursor).is_some_and(&before) {
        *cursor += 1;
        steps += 1;
        if steps == 8 {
            *cursor += items
                .get(*cursor..)
                .unwrap_or_default()
                .partition_point(&before);
            break;
        }
    }
    *cursor
}

/// Whether one of the first four [`words`] of `window`, final `.`, `!` and `?` cut, is `niet`
/// or `not`. Bytes are looked at while they are ASCII, which they nearly always are; a
/// non-ASCII byte (a no-break space, a guillemet, a letter) hands over to [`words`].
fn negated(window: &str) -> bool {
    let bytes = window.as_bytes();
    // ASCII white space (as `char::is_whitespace` has it) and the ASCII separators.
    let separator = |b: u8| matches!(b, b' ' | b'\t'..=b'\r' | b',' | b'(' | b')' | b';' | b':');
    let mut i = 0;
    for _ in 0..4 {
        while i < bytes.len() && separator(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            return false;
        }
        let start = i;
        while i < bytes.len() && !separator(bytes[i]) {
            if bytes[i] >= 0x80 {
                return negated_by_words(window);
            }
            i += 1;
        }
        let word = window[start..i].trim_end_matches(['.', '!', '?']);
        if lower_in(word, NEGATIONS) {
            return true;
        }
    }
    false
}

/// Words that deny what follows: `steunde niet`, `could not`, `had geen bezwaren`. English
/// `no` is left out: `agreed to act no later than May` denies nothing.
const NEGATIONS: &[&str] = &["niet", "not", "geen"];

/// Whether the clause after a Dutch verb ends on `niet`, however long the object before it
/// (`steunt het voorstel van de HV niet om …`): the negation closes the main clause.
fn closing_niet(window: &str) -> bool {
    let w = window.trim_end_matches([' ', ',', '.', ';', ':', '!', '?']);
    w.len() > 5
        && w.as_bytes()[w.len() - 5] == b' '
        && w.as_bytes()[w.len() - 4..].eq_ignore_ascii_case(b"niet")
}

/// Whether an English perfect denies the verb after `before`: `has not`, `have not` or `had
/// not` right before it (`Hungary has not welcomed the approach` welcomes nothing).
fn perfect_denied(before: &str) -> bool {
    let b = trim_spaces_end(before.as_bytes());
    let Some(rest) = b.strip_suffix(b"not") else {
        return false;
    };
    let b = trim_spaces_end(rest);
    if b.len() == rest.len() {
        // No space before it: `cannot`, `knot`.
        return false;
    }
    [&b"has"[..], b"have", b"had"].iter().any(|aux| {
        b.len() > aux.len()
            && b[b.len() - aux.len()..].eq_ignore_ascii_case(aux)
            && !b[b.len() - aux.len() - 1].is_ascii_alphanumeric()
    })
}

/// Whether `window` negates the verb before it: [`negated`], but not `not only` or `niet
/// alleen`, which add rather than deny.
fn negation(window: &str) -> bool {
    negated(window) && !adds_rather_than_denies(window)
}

/// Whether `not only`, `not just`, `niet alleen` or `niet enkel` stands among the first words
/// of `window` (in any case).
fn adds_rather_than_denies(window: &str) -> bool {
    let mut previous = "";
    for word in words(window).take(5) {
        if lower_in(previous, &["not", "niet"])
            && lower_in(word, &["only", "just", "alleen", "enkel"])
        {
            return true;
        }
        previous = word;
    }
    false
}

/// Whether the words after a verb are a demonstrative's object and a `niet` (`steun dat
/// voorstel niet`, `steunt die aanpak niet.`): the clause stop at `dat`, `die` (a conjunction
/// or relative pronoun elsewhere) ends the window before the negation.
fn demonstrative_object_denied(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" dat ")
        .or_else(|| after.strip_prefix(" die "))
    else {
        return false;
    };
    let noun = rest
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || *b == b'-' || *b >= 0x80)
        .count();
    if noun < 3 {
        return false;
    }
    let tail = &rest.as_bytes()[noun..];
    tail.starts_with(b" niet")
        && tail
            .get(5)
            .is_none_or(|b| matches!(b, b' ' | b'.' | b',' | b';' | b'!' | b'?'))
}

/// Where the last `a` followed by `b` starts in `bytes` (`. `, a blank line): by `memrchr`,
/// without the set-up of a substring searcher, as these run for one pronoun at a time.
fn last_pair(bytes: &[u8], a: u8, b: u8) -> Option<usize> {
    memchr::memrchr_iter(a, bytes).find(|&i| bytes.get(i + 1) == Some(&b))
}

/// Whether a `niet`/`geen` stands anywhere between a verb and its required particle: the
/// negation sits inside the verb cluster however long the object before it (`kon het voorstel
/// in de huidige vorm niet steunen`).
fn denied_before_required(entry: &Verb, window: &str, particle_word: Option<&str>) -> bool {
    let Some(word) = particle_word else {
        return false;
    };
    // Most windows hold no negation at all: a look at each `n` and `g`, before any word is
    // read (a memmem searcher built per call cost more than the search).
    let bytes = window.as_bytes();
    let negation_at = |i: usize| {
        let rest = &bytes[i..];
        rest.starts_with(b"niet") || rest.starts_with(b"not") || rest.starts_with(b"geen")
    };
    if !memchr::memchr2_iter(b'n', b'g', bytes).any(negation_at) {
        return false;
    }
    if !entry.particles.iter().any(|p| p.required && p.word == word) {
        return false;
    }
    let Some(at) = first_word_at(window, word) else {
        return false;
    };
    let before = &window[..at];
    words(before).any(|w| lower_in(w, NEGATIONS)) && !adds_rather_than_denies(before)
}

/// The stance a negation makes of `stance`: not supporting is opposing; not opposing, or not
/// having a reservation, says nothing either way.
fn negate(stance: Stance) -> Stance {
    match stance {
        Stance::Support => Stance::Oppose,
        _ => Stance::Neutral,
    }
}

/// [`negated`] on [`words`], for windows with non-ASCII characters.
fn negated_by_words(window: &str) -> bool {
    words(window)
        .take(4)
        .any(|w| lower_in(w.trim_end_matches(['.', '!', '?']), NEGATIONS))
}

/// [`ClauseStops::end`] as a byte-by-byte scan: the reference it must agree with.
#[cfg(test)]
fn clause_end(text: &str, from: usize, limit: usize, stop_at_comma: bool) -> usize {
    let limit = limit.max(from).min(text.len());
    let bytes = text.as_bytes();
    let mut word_start = None;
    for i in from..limit {
        let b = bytes[i];
        if b == b';' || b == b':' || (stop_at_comma && b == b',') {
            return i;
        }
        if b.is_ascii_alphabetic() {
            if word_start.is_none() && i > 0 && bytes[i - 1] == b' ' {
                word_start = Some(i);
            }
        } else if let Some(ws) = word_start.take() {
            if b == b' ' && CLAUSE_WORDS.iter().any(|s| s.as_bytes() == &bytes[ws..i]) {
                return ws - 1;
            }
        }
    }
    limit
}

/// The lengths of a demonstrative (`dat `, `die `, `deze `, `dit `, with its space) opening
/// `stop` and of the particle of `particles` right after it, followed by a space, punctuation
/// or the end.
fn demonstrative_particle(stop: &str, particles: &[Particle]) -> Option<(usize, usize)> {
    let det = ["dat ", "die ", "deze ", "dit "]
        .iter()
        .find(|d| stop.starts_with(**d))?
        .len();
    let noun = &stop[det..];
    particles
        .iter()
        .find(|p| {
            noun.starts_with(p.word.as_str())
                && noun
                    .as_bytes()
                    .get(p.word.len())
                    .is_none_or(|b| matches!(b, b' ' | b'.' | b',' | b';' | b':' | b'\n'))
        })
        .map(|p| (det, p.word.len()))
}

/// The verb as written, with its particle; `None` if a required particle is missing.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn verb_form<'a>(
    text: &'a str,
    tables: &'a Tables,
    stops: &ClauseStops,
    cursor: &mut StopCursor,
    verb: &V,
    limit: usize,
    sentence_start: usize,
) -> Option<(VerbForm<'a>, Option<Stance>)> {
    // `, supported by Sweden and Finland,`: a participle with its agent, not a verb of the
    // sentence (English past tense and participle share their form). After `was` it is the
    // sentence's verb in the passive, its agent the speaker (`was briefed by the Presidency`).
    if agent_follows(text.as_bytes(), verb.end) && !passive_before(text.as_bytes(), verb.start) {
        return None;
    }
    let entry = &tables.entries[verb.entry];
    if entry.english && participle_aside(text, verb, sentence_start, limit) {
        return None;
    }
    let written = &text[verb.start..verb.end];
    if entry.particles.is_empty() {
        return Some((
            VerbForm {
                written,
                particle: None,
                not: false,
                niet: niet_after(text, verb.end, entry.english),
            },
            None,
        ));
    }
    let mut end = stops.end_from(cursor, text, clause_from(text, verb.end), limit, false);
    // `vragen de Minister om …`: the word that stops the clause may be the verb's particle.
    let rest = &text[end..limit.max(end)];
    let stop = rest.trim_start();
    if let Some(p) = entry.particles.iter().find(|p| {
        stop.len() > p.word.len()
            && stop.starts_with(p.word.as_str())
            && stop.as_bytes()[p.word.len()] == b' '
    }) {
        end += rest.len() - stop.len() + p.word.len();
    } else if let Some((det, noun)) = demonstrative_particle(stop, &entry.particles) {
        // `delen dat standpunt`, `deelt die zorg`: a demonstrative before the particle, not
        // the clause's `dat` or `die`.
        end += rest.len() - stop.len() + det + noun;
    }
    let mut window = &text[verb.end..end];
    let mut not = false;
    if entry.near {
        // `did not join the consensus`: a negation is no word of the object.
        not = window.trim_start().starts_with("not ");
        window = first_words(window, NEAR_WORDS + usize::from(not));
    }
    let (mut appended, stance) = if entry.particles.len() > PARTICLES_BY_WORDS {
        particles_by_words(window, &entry.particles)
    } else {
        particles_one_by_one(window, &entry.particles)
    };
    // `wil prioriteit geven aan`: the infinitive of an auxiliary of intent has its separable
    // particle joined to it (`aangeven`), so the word after it is a preposition.
    if appended.is_some_and(|p| p.joined)
        && infinitive_ending(written)
        && intent_middle(&text[sentence_start.min(verb.start)..verb.start]).is_some()
    {
        appended = None;
    }
    let required = entry.particles.iter().any(|p| p.required);
    if appended.is_none() && required || appended.is_some_and(|p| p.blocks) {
        return None;
    }
    // A verb that greets people (`welcomed the members`) greets a person named right after it
    // too (`welcomed Omar Haddad`, `verwelkomde mevrouw De Wit`): no stance.
    let greets = || {
        entry
            .particles
            .iter()
            .any(|p| p.stance == Some(Stance::Neutral))
    };
    let stance = match stance {
        None if entry.near && greets() && names_a_person(&text[verb.end..end]) => {
            Some(Stance::Neutral)
        }
        found => found,
    };
    let particle = appended.map(|p| p.word.as_str());
    // `did not support`: the modal's `not` stays with the verb it carries, which it turns.
    let not = not && particle.is_some() && required;
    Some((
        VerbForm {
            written,
            particle,
            not,
            niet: niet_after(text, verb.end, entry.english),
        },
        stance,
    ))
}

/// Whether `after` (the words after a verb) opens with a person's name: an honorific, or two
/// capitalised words in a row (`Omar Haddad`, `Ms De Wit`).
fn names_a_person(after: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "dhr.", "mevrouw", "mw.",
    ];
    let mut words = after.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if HONORIFICS.iter().any(|h| first.eq_ignore_ascii_case(h)) {
        return true;
    }
    if first.eq_ignore_ascii_case("de") {
        // `verwelkomde de heer Jansen`
        return words.next() == Some("heer");
    }
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    title_case(first)
        && !first.ends_with([',', '.', ';', ':'])
        && !first.contains('\u{2019}')
        && !first.contains('\'')
        && words.next().is_some_and(title_case)
}

/// Prepositions of place and time that a required particle may also be: before an
/// infinitive they mostly open a phrase of their own (`zal in de Raad … stemmen`).
const PLACE_PREPOSITIONS: &[&str] = &["in", "op", "aan", "uit", "bij", "na", "over", "met", "om"];

/// The form of a verb whose required particle stands before it, the infinitive after an
/// auxiliary of intent: `Nederland zal tegen het voorstel stemmen`. Only the verbs with a
/// required particle that [`verb_form`] did not find after them come here.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn particle_before_intent<'a>(
    text: &'a str,
    tables: &'a Tables,
    verb: &V,
    sentence_start: usize,
) -> Option<(VerbForm<'a>, Option<Stance>)> {
    let entry = &tables.entries[verb.entry];
    if entry.english
        || !entry.particles.iter().any(|p| p.required)
        || !infinitive_ending(&text[verb.start..verb.end])
    {
        return None;
    }
    let middle = intent_middle(&text[sentence_start..verb.start])?;
    let particle = words(middle).find_map(|w| {
        if lower_in(w, PLACE_PREPOSITIONS) {
            return None;
        }
        entry
            .particles
            .iter()
            .find(|p| p.required && !p.blocks && p.word.eq_ignore_ascii_case(w))
    })?;
    let form = VerbForm {
        written: &text[verb.start..verb.end],
        particle: Some(particle.word.as_str()),
        not: false,
        niet: None,
    };
    Some((form, particle.stance))
}

/// [`verb_form`] for a verb at the end of a subordinate clause, whose particles stand before
/// it, in `middle` (`omdat Frankrijk bezwaar maakte`, `dat Nederland zich verzette`).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn verb_form_in<'a>(
    text: &'a str,
    tables: &'a Tables,
    verb: &V,
    windows: [&str; 3],
) -> Option<(VerbForm<'a>, Option<Stance>)> {
    if agent_follows(text.as_bytes(), verb.end) {
        return None;
    }
    let entry = &tables.entries[verb.entry];
    let written = &text[verb.start..verb.end];
    let (mut appended, mut stance) = (None, None);
    if !entry.particles.is_empty() {
        for window in windows.into_iter().filter(|w| !w.is_empty()) {
            let (a, s) = if entry.particles.len() > PARTICLES_BY_WORDS {
                particles_by_words(window, &entry.particles)
            } else {
                particles_one_by_one(window, &entry.particles)
            };
            appended = appended.or(a);
            stance = stance.or(s);
        }
    }
    // `dat hij in de Raad tegen eurobonds zal stemmen`: a particle that is written joined to
    // the verb in a subordinate clause (`dat hij instemt`) stands apart only right before
    // its verb cluster (`niet in kan stemmen`); further off it is a preposition.
    if let Some(p) = appended.filter(|p| p.joined) {
        let near = windows[0]
            .split_ascii_whitespace()
            .rev()
            .take(2)
            .any(|w| w.eq_ignore_ascii_case(&p.word));
        if !near {
            // Another particle may still make the verb (`tegen … zal stemmen`): the search
            // again without the joined ones, rare enough to copy the few particles.
            let apart: Vec<Particle> = entry
                .particles
                .iter()
                .filter(|p| !p.joined)
                .cloned()
                .collect();
            (appended, stance) = (None, None);
            for window in windows.into_iter().filter(|w| !w.is_empty()) {
                let (a, s) = particles_one_by_one(window, &apart);
                appended = appended
                    .or_else(|| a.and_then(|a| entry.particles.iter().find(|p| p.word == a.word)));
                stance = stance.or(s);
            }
        }
    }
    let required = entry.particles.iter().any(|p| p.required);
    if appended.is_none() && required || appended.is_some_and(|p| p.blocks) {
        return None;
    }
    let particle = appended.map(|p| p.word.as_str());
    Some((
        VerbForm {
            written,
            particle,
            not: false,
            niet: None,
        },
        stance,
    ))
}

/// The `niet` that follows a Dutch verb as its next word (`steunde niet het voorstel`,
/// `Polen stemde niet in`), as written; `None` for an English verb or a `niet` further on
/// (`steunde het voorstel niet` keeps the verb's word alone).
fn niet_after(text: &str, verb_end: usize, english: bool) -> Option<&str> {
    if english {
        return None;
    }
    let rest = text.get(verb_end..)?;
    let word = rest.strip_prefix(' ')?.get(..4)?;
    let ends = rest
        .as_bytes()
        .get(5)
        .is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80);
    // `informeerde niet alleen de Raad`: `not only` adds rather than denies.
    (word.eq_ignore_ascii_case("niet") && ends && !adds_rather_than_denies(rest))
        .then(|| &rest[1..5])
}

/// Where the search for the end of a verb's clause begins: right after the verb, or after a
/// `die` that follows it, which there points at a noun (`deelden die zorgen`) rather than
/// opening a relative clause (a relative `die` follows its noun, never a verb).
fn clause_from(text: &str, verb_end: usize) -> usize {
    match text.as_bytes().get(verb_end..verb_end + 5) {
        Some([b' ', d, b'i', b'e', b' ']) if d.eq_ignore_ascii_case(&b'd') => verb_end + 4,
        _ => verb_end,
    }
}

/// How many words after an English modal may hold the verb it carries: `did not support`,
/// `could not fully support`.
const NEAR_WORDS: usize = 3;

/// `window` up to the end of its `n`th word.
fn first_words(window: &str, n: usize) -> &str {
    match words(window).nth(n.saturating_sub(1)) {
        Some(w) => {
            let end = w.as_ptr() as usize - window.as_ptr() as usize + w.len();
            &window[..end]
        }
        None => window,
    }
}

/// How far [`participle_aside`] reads before and after the participle, in bytes.
const ASIDE_REACH: usize = 160;

/// Whether the English `verb` opens a participle's aside right after its subject's name: `ETUC
/// Confederal Secretary Anna Berg, invited to the lunch, stressed …`. The sentence's first comma
/// stands right before it, after a capitalised word, the participle takes `to` or `at` and
/// another comma closes the aside; then the participle is no verb of that name's. A subject
/// after something else (`The Council, after a long debate, agreed to …`) keeps its verb.
fn participle_aside(text: &str, verb: &V, sentence_start: usize, limit: usize) -> bool {
    let Some(head) = text
        .get(sentence_start.min(verb.start)..verb.start)
        .and_then(|b| b.strip_suffix(", "))
    else {
        return false;
    };
    let written = &text[verb.start..verb.end];
    let rest = text.get(verb.end..limit.max(verb.end)).unwrap_or("");
    // The subject's name and the aside are short: both are read within a bound, so that a
    // long sentence of commas costs no rescan from its start at each verb.
    let aside = &rest.as_bytes()[..rest.len().min(ASIDE_REACH)];
    written.ends_with("ed")
        && (rest.starts_with(" to ") || rest.starts_with(" at "))
        && head.len() <= ASIDE_REACH
        && memchr::memmem::find(aside, b", ").is_some()
        && !head.contains([',', ';', ':', '(', '\n'])
        && head
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphabetic))
}

/// Whether `word`, a verb found after a verb whose particle is `particle`, is that particle
/// (`steunen` after `kon … `), or its last word with `gap`, the words between the two verbs, the
/// particle's head (`oppose` after `continued`, the particle `to oppose`, the gap `to`).
fn particle_is(particle: &str, gap: &str, word: &str) -> bool {
    if particle.eq_ignore_ascii_case(word) {
        return true;
    }
    let Some(head) = particle.len().checked_sub(word.len() + 1) else {
        return false;
    };
    !gap.is_empty()
        && particle.is_char_boundary(head)
        && particle[head..].starts_with(' ')
        && particle[head + 1..].eq_ignore_ascii_case(word)
        && particle[..head].eq_ignore_ascii_case(gap)
}

/// Whether the word at `start..end` of a verb's window opens a participle's phrase of its own
/// after a comma, its agent after it: `heeft de conclusies uitgebracht, gesteund door
/// zesentwintig lidstaten` (the presidency had `gesteund`, support), `heeft, gesteund door
/// Duitsland, gepleit` (the particle is `gepleit`). No particle of the verb before it.
fn participle_aside_at(window: &str, start: usize, end: usize) -> bool {
    window[..start].trim_end().ends_with(',')
        && window
            .get(end..)
            .is_some_and(|rest| rest.starts_with(" door ") || rest.starts_with(" by "))
}

/// From this many particles on, a verb's window is cut into words once rather than searched
/// once per particle: `was` has twenty particles, and a search each cost more than the cut.
const PARTICLES_BY_WORDS: usize = 4;

/// The first particle in `window` that is part of the verb, and the stance of the first that
/// sets one; on the same word the earlier particle wins. Each particle is looked for on its
/// own, which for a few particles is cheaper than cutting the window into words.
fn particles_one_by_one<'p>(
    window: &str,
    particles: &'p [Particle],
) -> (Option<&'p Particle>, Option<Stance>) {
    let mut appended: Option<(usize, &Particle)> = None;
    let mut stance: Option<(usize, Stance)> = None;
    for p in particles {
        let found = match p.phrase {
            true => phrase_first_at(window, &p.word),
            false => first_word_at(window, &p.word),
        };
        let Some(at) = found else {
            continue;
        };
        if p.last && !last_particle_closes(window, at, at + p.word.len()) {
            continue;
        }
        if p.bare && article_before(&window[..at]) {
            continue;
        }
        if participle_aside_at(window, at, at + p.word.len()) {
            continue;
        }
        if p.append && appended.is_none_or(|(first, _)| at < first) {
            appended = Some((at, p));
        }
        if let Some(s) = p.stance {
            if stance.is_none_or(|(first, _)| at < first) {
                stance = Some((at, s));
            }
        }
    }
    (appended.map(|a| a.1), stance.map(|s| s.1))
}

/// [`particles_one_by_one`] by one walk over the [`words`] of `window` (final `.`, `!` and
/// `?` cut, as [`first_word_at`] cuts them).
fn particles_by_words<'p>(
    window: &str,
    particles: &'p [Particle],
) -> (Option<&'p Particle>, Option<Stance>) {
    let mut appended: Option<&Particle> = None;
    let mut stance: Option<Stance> = None;
    // The words are read by bytes, decoding only non-ASCII characters, and most are turned
    // away by their first byte: `str::split` decoded every character of every window, and this
    // function was the biggest part of the statements' per-sentence work (14M instructions
    // of 2 MB).
    // And by their length: a copula's many particles (`is`: `tegen`, `bezorgd`, `concerned`,
    // `ready` …) share first letters with the commonest small words (`de`, `op`, `om`).
    let (mut firsts, mut lengths) = (0u64, 0u64);
    for p in particles {
        firsts |= p
            .word
            .as_bytes()
            .first()
            .map_or(u64::MAX, |&b| 1 << (b & 63));
        let first_word = match p.phrase {
            true => p
                .word
                .bytes()
                .position(|b| b == b' ')
                .unwrap_or(p.word.len()),
            false => p.word.len(),
        };
        lengths |= 1 << first_word.min(63);
    }
    let bytes = window.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (step, separator) = separator_at(window, i);
        if separator {
            i += step;
            continue;
        }
        let start = i;
        i += step;
        loop {
            // A run of ASCII word bytes at one table look-up a byte; anything else as
            // `separator_at` reads it.
            while bytes
                .get(i)
                .is_some_and(|&b| ASCII_WORD_BYTE[usize::from(b)])
            {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            let (step, separator) = separator_at(window, i);
            if separator {
                break;
            }
            i += step;
        }
        if firsts >> (bytes[start] & 63) & 1 == 0 {
            continue;
        }
        let Some(word) = window.get(start..i) else {
            continue;
        };
        let word = without_footnote_mark(word).trim_end_matches(['.', '!', '?']);
        if lengths >> word.len().min(63) & 1 == 0 {
            continue;
        }
        for p in particles.iter().filter(|p| {
            (p.word == word || p.phrase && phrase_at(window, start, &p.word))
                && (!p.last || last_particle_closes(window, start, start + word.len()))
                && (!p.bare || !article_before(&window[..start]))
                && !participle_aside_at(window, start, start + word.len())
        }) {
            if p.append && appended.is_none() {
                appended = Some(p);
            }
            if stance.is_none() {
                stance = p.stance;
            }
        }
        if appended.is_some() && stance.is_some() {
            break;
        }
    }
    (appended, stance)
}

/// Where `was` or `were` starts right before an English verb that is one of that copula's own
/// particles (`were opposed to`, not followed by `by`): a view, not a passive, and its
/// subject stands before the copula.
fn copula_start(text: &str, tables: &Tables, verb: &V) -> Option<usize> {
    let bytes = text.as_bytes();
    let entry = tables.entries.get(verb.entry)?;
    if !entry.english || agent_follows(bytes, verb.end) {
        return None;
    }
    let head = &bytes[..verb.start.min(bytes.len())];
    let copula = [&b" was "[..], b" were "]
        .into_iter()
        .find(|w| head.ends_with(w))?;
    let form = std::str::from_utf8(&copula[1..copula.len() - 1]).ok()?;
    let written = text.get(verb.start..verb.end)?;
    let pattern = tables.verb_patterns.iter().position(|p| p == form)?;
    let copula_entry = tables.entries.get(*tables.verb_of.get(pattern)?)?;
    copula_entry
        .particles
        .iter()
        .any(|p| p.stance.is_some() && p.word.eq_ignore_ascii_case(written))
        .then_some(verb.start + 1 - copula.len())
}

/// Whether an English auxiliary of the passive stands right before `start`: `was`, `were`,
/// `been`, `is`, `are`.
fn passive_before(bytes: &[u8], start: usize) -> bool {
    let head = &bytes[..start.min(bytes.len())];
    let auxiliary = |head: &[u8]| {
        [&b" was "[..], b" were ", b" been ", b" is ", b" are "]
            .iter()
            .any(|w| head.ends_with(w))
    };
    // `Ministers were also briefed by the Presidency`: one adverb may stand between.
    auxiliary(head)
        || [&b"also "[..], b"further ", b"then ", b"briefly ", b"first "]
            .iter()
            .find_map(|a| head.strip_suffix(*a))
            .is_some_and(auxiliary)
}

/// Whether ` by` and no further letter or digit follows `end`: one byte comparison for the
/// verbs that have none.
fn agent_follows(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end..) {
        Some([b' ', b, y, rest @ ..]) => {
            b.eq_ignore_ascii_case(&b'b')
                && y.eq_ignore_ascii_case(&b'y')
                && rest.first().is_none_or(|c| !c.is_ascii_alphanumeric())
        }
        _ => false,
    }
}

/// A verb as written, with the particle that belongs to it (`riep … op`); made a string only
/// when the verb has a subject.
struct VerbForm<'a> {
    written: &'a str,
    particle: Option<&'a str>,
    /// A modal's negation before the verb it carries (`did not support`): part of the form.
    not: bool,
    /// A Dutch `niet` right after the verb (`steunde niet het voorstel`): part of the form, as
    /// the verb says the opposite of its word alone.
    niet: Option<&'a str>,
}

impl VerbForm<'_> {
    /// `riep op`: the verb, a space and its particle, in a string of exactly that size.
    fn text(&self) -> String {
        let niet = self.niet.map_or(0, |n| 1 + n.len());
        let Some(particle) = self.particle else {
            let mut out = String::with_capacity(self.written.len() + niet);
            out.push_str(self.written);
            if let Some(n) = self.niet {
                out.push(' ');
                out.push_str(n);
            }
            return out;
        };
        let not = match (self.not, self.niet) {
            (true, _) => " not",
            (false, Some(_)) => " niet",
            (false, None) => "",
        };
        let mut out = String::with_capacity(self.written.len() + 1 + not.len() + particle.len());
        out.push_str(self.written);
        out.push_str(not);
        out.push(' ');
        out.push_str(particle);
        out
    }
}

/// Removes repeated values, keeping the first of each in its place, without allocating: lists
/// of subjects hold a handful.
fn dedup_in_order(values: &mut Vec<usize>) {
    let mut kept = 0;
    for i in 0..values.len() {
        let v = values[i];
        if !values[..kept].contains(&v) {
            values[kept] = v;
            kept += 1;
        }
    }
    values.truncate(kept);
}

/// The stance: the verb's own, a particle's, or a cue in the clause after the verb (which ends
/// before `limit`) or, for a doubt, in its `dat` clause (before `sentence_end`).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn stance(
    text: &str,
    tables: &Tables,
    stops: &ClauseStops,
    cursor: &mut StopCursor,
    verb: &V,
    (particle, particle_word): (Option<Stance>, Option<&str>),
    (limit, sentence_end): (usize, usize),
) -> Stance {
    let entry = &tables.entries[verb.entry];
    let own = entry.stance;
    let end = stops.end_from(cursor, text, clause_from(text, verb.end), limit, true);
    let window = &text[verb.end..end];
    // The verb's own stance or its particle's, turned by a `niet`/`not` after the verb
    // (`steunde het voorstel niet`, `could not support`, `stemde niet in`). A cue's stance is
    // not: the cues that hold a negation say so themselves (`kon niet instemmen`).
    if let Some(found) = particle.or((own != Stance::Neutral).then_some(own)) {
        let denied = negation(window)
            || closing_niet(window)
            || perfect_denied(&text[..verb.start])
            || neither_before(&text[..verb.start])
            || demonstrative_object_denied(&text[verb.end..])
            || denied_before_required(entry, window, particle_word);
        return if found != Stance::Neutral && denied {
            negate(found)
        } else {
            found
        };
    }
    if entry.fixed {
        return own;
    }
    // `heeft aangegeven de conclusies niet te zullen steunen`: the infinitive that ends the
    // window is the speaker's own stance, turned by a `niet` before it. It goes before the
    // cues, whose `niet te zullen` (a refusal) would otherwise read `het akkoord niet te
    // zullen blokkeren` as opposition.
    if end == limit && infinitive_next(window) {
        match verb_at(text, tables, limit).map(|v| tables.entries[v.entry].stance) {
            Some(found) if found != Stance::Neutral && (negation(window) || niet_te(window)) => {
                return negate(found)
            }
            Some(found) if found != Stance::Neutral => return found,
            _ => {}
        }
    }
    match cue_in(tables, window) {
        // `gaf aan dat de termijnen te kort zijn`: the speaker's clause may judge the matter.
        Stance::Neutral => {
            let rest = text.get(end..sentence_end).unwrap_or("");
            // The clause up to its first comma, at most 120 bytes: a doubt stands near its
            // opening (`dat de termijnen te kort zijn`), and a scan of longer windows for
            // every `dat` after a neutral verb cost 1.4% of a Dutch report's analysis.
            let mut cut = rest.len().min(120);
            if let Some(c) = memchr::memchr3(b',', b';', b':', &rest.as_bytes()[..cut]) {
                cut = c;
            }
            let rest = &rest[..crate::floor_boundary(rest, cut)];
            let first = rest.trim_start();
            if first.starts_with("dat ") || first.starts_with("that ") {
                reaching_cue(tables, rest)
            } else {
                Stance::Neutral
            }
        }
        found => found,
    }
}

/// The stance of the first cue flagged `clause` in `window` (a speaker's `dat` clause), at
/// word boundaries.
fn reaching_cue(tables: &Tables, window: &str) -> Stance {
    let bytes = window.as_bytes();
    // Each head is searched with a space before it (SIMD, no walk from word to word); most
    // clauses hold none. The first cue in the clause wins.
    let mut best: Option<(usize, Stance)> = None;
    for finder in &tables.reaching_heads {
        for found in finder.find_iter(bytes) {
            let at = found + 1;
            if best.is_some_and(|(b, _)| b <= at) {
                break;
            }
            let hit = tables.reaching.iter().find(|(phrase, _)| {
                let end = at + phrase.len();
                bytes
                    .get(at..end)
                    .is_some_and(|b| b.eq_ignore_ascii_case(phrase.as_bytes()))
                    && at_word_boundary(window, at, end)
            });
            if let Some((_, stance)) = hit {
                best = Some((at, *stance));
                break;
            }
        }
    }
    best.map_or(Stance::Neutral, |(_, stance)| stance)
}

/// The stance of the first cue in `window` that is not behind a definite article.
fn cue_in(tables: &Tables, window: &str) -> Stance {
    // At each word start the longest cue; scanning goes on after it whether it counts or not,
    // as a leftmost-longest pass over the window would.
    let bytes = window.as_bytes();
    let mut i = 0;
    while let Some(start) = next_word_start(window, i) {
        let Some((end, pattern)) = tables.cues.longest_at(bytes, start) else {
            i = word_end(window, start);
            continue;
        };
        // `wees op de brede steun` points at others' support; `sprak zijn steun uit` is one's
        // own. A cue behind a definite article describes, it does not take a stance.
        if at_word_boundary(window, start, end)
            && !last_word(&window[..start]).is_some_and(|w| lower_in(w, &["de", "het", "the"]))
        {
            return tables
                .cue_stance
                .get(pattern)
                .copied()
                .unwrap_or(Stance::Neutral);
        }
        i = resume_after(window, end);
    }
    Stance::Neutral
}

/// Nouns of time: a noun phrase of one (`De volgende dag`, `Dit jaar`) opens a sentence as an
/// adverbial, not as its subject.
const TIME_NOUNS: &[&str] = &[
    "dag",
    "dagen",
    "week",
    "weken",
    "maand",
    "maanden",
    "jaar",
    "jaren",
    "keer",
    "ochtend",
    "middag",
    "avond",
    "periode",
    "tijd",
    "moment",
    "vergadering",
    "zitting",
    "bijeenkomst",
    "lunch",
    "diner",
    "kwartaal",
    "sessie",
];

/// Whether `head`, the start of a Dutch sentence, is a noun phrase that names no actor (`De
/// Minister`, `De vrijwaringsclausule`, `Het nieuwe voorstel`): the subject of the verb after
/// it, so that an actor after that verb is its object (`De vrijwaringsclausule stelt de
/// Commissie in staat`). Not a phrase of time (`De volgende dag stelde de Commissie`).
fn noun_phrase_opens(head: &str) -> bool {
    let mut n = 0;
    for (i, w) in words(head).enumerate() {
        if i == 0 && !lower_in(w, &["de", "het", "een", "deze", "dit"]) {
            return false;
        }
        if i > 0
            && (lower_in(w, ADVERBS)
                || lower_in(w, PREPOSITIONS)
                || lower_in(w, TIME_NOUNS)
                || lower_in(w, AUXILIARIES)
                || w.bytes().any(|b| b.is_ascii_digit()))
        {
            return false;
        }
        n = i + 1;
    }
    (2..=4).contains(&n) && !head.contains([',', ';', ':', '(', '"', '“'])
}

/// Whether a Dutch verb as written may be an infinitive, the form after an auxiliary of
/// intent: every Dutch infinitive ends in `n` (`steunen`, `gaan`, `doen`). It spares the
/// look-back for the auxiliary for the finite forms (`riep`, `stelde`), most verbs.
fn infinitive_ending(verb: &str) -> bool {
    verb.as_bytes().last().is_some_and(|&b| b | 0x20 == b'n')
}

/// The words before the [`INTENT_AUXILIARIES`] word whose infinitive ends `before` (the
/// sentence up to the verb): `Ik` in `Ik zal in de Raad pleiten`.
fn intent_head(before: &str) -> Option<&str> {
    let middle = intent_middle(before)?;
    let upto = before[..before.len() - middle.len()].trim_end();
    let cut = upto.rfind(char::is_whitespace)?;
    Some(upto[..cut].trim_end())
}

/// Whether `before` opens with a first person of its own (`Ik `, `Wij `, `We `).
fn opens_with_first_person(before: &str) -> bool {
    let b = before.trim_start().as_bytes();
    [&b"Ik "[..], b"ik ", b"Wij ", b"wij ", b"We ", b"we "]
        .iter()
        .any(|p| b.starts_with(p))
}

/// The words between an [`INTENT_AUXILIARIES`] word and the infinitive that ends `before`
/// (the sentence up to the verb), when the auxiliary stands among its last ten words with no
/// punctuation after it: `het voorstel niet` in `Nederland zal het voorstel niet steunen`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn intent_middle(before: &str) -> Option<&str> {
    const REACH: usize = 10;
    // Word by word from the end, on bytes, one table look-up a byte: this runs for most Dutch
    // verbs. Words are cut at ASCII white space; the auxiliaries are ASCII.
    let b = before.as_bytes();
    let floor = b.len().saturating_sub(100);
    let class = |k: usize| INTENT_BYTE_CLASS[usize::from(b[k - 1])];
    let mut k = b.len();
    for _ in 0..REACH {
        while k > floor && class(k) == SPACE {
            k -= 1;
        }
        if k == floor {
            break;
        }
        let end = k;
        while k > floor {
            match class(k) {
                SPACE => break,
                STOP => return None,
                _ => k -= 1,
            }
        }
        let word = &b[k..end];
        // Every intent auxiliary has three to seven letters and begins with z, w, m or b.
        if (3..=7).contains(&word.len())
            && matches!(word[0] | 0x20, b'z' | b'w' | b'm' | b'b')
            && INTENT_AUXILIARIES
                .iter()
                .any(|a| a.as_bytes().eq_ignore_ascii_case(word))
        {
            // `end` follows an ASCII byte: a char boundary.
            return Some(&before[end..]);
        }
    }
    None
}

/// [`INTENT_BYTE_CLASS`] of ASCII white space, which ends a word.
const SPACE: u8 = 1;
/// [`INTENT_BYTE_CLASS`] of the punctuation that ends the reach of an auxiliary of intent.
const STOP: u8 = 2;

/// The class of each byte for [`intent_middle`]: [`SPACE`], [`STOP`] or 0 (a word's byte).
static INTENT_BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if matches!(c, b',' | b';' | b':' | b'.' | b'(' | b')') {
            STOP
        } else {
            0
        };
        b += 1;
    }
    table
};

/// [`stance`] for a verb at the end of a subordinate clause: its particles, a negation and the
/// cues stand in the clause's `middle`, before it (`dat Nederland het voorstel niet steunt`).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn stance_in_middle(tables: &Tables, verb: &V, particle: Option<Stance>, middle: &str) -> Stance {
    let entry = &tables.entries[verb.entry];
    let own = entry.stance;
    if let Some(found) = particle.or((own != Stance::Neutral).then_some(own)) {
        let denied = words(middle).any(|w| lower_in(w, NEGATIONS));
        return if found != Stance::Neutral && denied {
            negate(found)
        } else {
            found
        };
    }
    if entry.fixed {
        return own;
    }
    cue_in(tables, middle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn statements_in_two_halves_are_those_of_one_pass() {
        with_run(&fixtures_until(SPLIT_FROM), |run, sentences| {
            let halves = run
                .in_halves(sentences)
                .expect("split at a paragraph break");
            assert!(halves.len() > 500, "{}", halves.len());
            assert_eq!(halves, run.sentences(sentences, 0));
        });
    }

    /// Two fixtures, Dutch and English, repeated until the text holds `len` bytes.
    pub(super) fn fixtures_until(len: usize) -> String {
        let mut text = String::new();
        while text.len() < len {
            text.push_str(include_str!("../tests/fixtures/kamerbrief-nl.txt"));
            text.push_str("\n\n");
            text.push_str(include_str!("../tests/fixtures/council-outcome-en.txt"));
            text.push_str("\n\n");
        }
        text
    }

    /// Calls `check` with a [`Run`] over `text` (no sections) and its sentences.
    pub(super) fn with_run(text: &str, check: impl FnOnce(&Run, &[Span])) {
        let actors = crate::actors::extract(text, &[], None);
        let Prepared {
            verbs,
            sentences,
            stops,
            openers,
        } = prepare(text).expect("verbs");
        let index = SectionIndex::new(&[]);
        let ctx = Ctx::new(text, &actors, sorted_mentions(text, &actors), &index);
        let run = Run {
            text,
            tables: tables().expect("tables"),
            ctx: &ctx,
            stops: &stops,
            index: &index,
            verbs: &verbs,
            openers: &openers,
        };
        check(&run, &sentences);
    }

    #[test]
    fn mentions_are_sorted_as_a_stable_sort_by_range_sorts_them() {
        let text = [
            include_str!("../tests/fixtures/kamerbrief-nl.txt"),
            include_str!("../tests/fixtures/council-outcome-en.txt"),
        ]
        .join("\n\n");
        let mut actors = crate::actors::extract(&text, &[], None);
        assert!(actors.len() > 5);
        // Actors that share ranges with others, before and after them, and one with its
        // mentions out of order.
        let mut twin = actors[1].clone();
        twin.id = "test:twin".into();
        actors.insert(0, twin.clone());
        actors.push(twin);
        let mut shuffled = actors[3].clone();
        shuffled.mentions.reverse();
        actors.push(shuffled);
        let reference = {
            let mut mentions: Vec<M> = actors
                .iter()
                .enumerate()
                .flat_map(|(actor, a)| {
                    a.mentions.iter().map(move |m| M {
                        start: m.range.start,
                        end: m.range.end,
                        actor,
                    })
                })
                .filter(|m| m.start < m.end && m.end <= text.len())
                .collect();
            mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
            let mut last_end = 0;
            mentions.retain(|m| {
                let keep = m.start >= last_end;
                if keep {
                    last_end = m.end;
                }
                keep
            });
            mentions
        };
        let key = |v: &[M]| {
            v.iter()
                .map(|m| (m.start, m.end, m.actor))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&sorted_mentions(&text, &actors)), key(&reference));
    }

    /// Texts with clause words, punctuation and particles in many arrangements.
    fn texts() -> Vec<String> {
        let pieces = [
            " dat ",
            "dat",
            " om ",
            "die ",
            " that",
            " whether ",
            ";",
            ":",
            ",",
            " ",
            "x",
            "op",
            "op.",
            "uit!",
            "(op)",
            "«op»",
            "\u{a0}",
            "é",
            "steun",
            "Dat",
            "  ",
            "-op",
            "op.op",
        ];
        let mut texts = vec![
            String::new(),
            " dat x".to_string(),
            "dat ;".to_string(),
            "x die die om om dat x".to_string(),
        ];
        let mut seed = 5u64;
        for _ in 0..400 {
            let mut s = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            texts.push(s);
        }
        texts
    }

    /// The words that open a subordinate clause, found as maximal runs of letters and
    /// digits: the reference for those [`find_verbs`] finds.
    fn openers_by_runs(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut run: Option<usize> = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_alphanumeric(), run) {
                (true, None) => run = Some(i),
                (false, Some(start)) => {
                    let word = &text[start..i];
                    if word.bytes().all(|b| b.is_ascii_alphabetic())
                        && matches!(
                            clause_word_class(word),
                            ClauseWord::Subordinator | ClauseWord::Condition
                        )
                    {
                        out.push(Span::new(start, i));
                    }
                    run = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn openers_are_found_as_runs_of_letters() {
        let tables = tables().expect("tables");
        let mut texts = texts();
        texts.extend(
            [
                "Omdat DAT dat, datum omdat-x xdat die’s éomdat dié toen.Zoals 3dat dat3",
                include_str!("../tests/fixtures/kamerbrief-nl.txt"),
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(
                find_verbs(text, tables).2,
                openers_by_runs(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn clause_word_classes_are_the_lists() {
        for w in SUBORDINATORS {
            assert_eq!(clause_word_class(w), ClauseWord::Subordinator, "{w}");
            assert_eq!(
                clause_word_class(&w.to_uppercase()),
                ClauseWord::Subordinator
            );
        }
        for w in CONDITIONS {
            assert_eq!(clause_word_class(w), ClauseWord::Condition, "{w}");
        }
        for w in COORDINATORS {
            assert_eq!(clause_word_class(w), ClauseWord::Coordinator, "{w}");
        }
        for w in ["om", "Te", "to"] {
            assert_eq!(clause_word_class(w), ClauseWord::Infinitive, "{w}");
        }
        for w in [
            "",
            "d",
            "datum",
            "omdatx",
            "wa",
            "Nederland",
            "é",
            "aangezienx",
        ] {
            assert_eq!(clause_word_class(w), ClauseWord::Other, "{w}");
        }
    }

    #[test]
    fn verb_forms_are_lower_case_letters() {
        // `find_verbs` relies on it: a form that held a space, a hyphen or a digit could match
        // a part of a word or run over into the next one.
        let tables = tables().expect("tables");
        for form in &tables.verb_patterns {
            assert!(form.bytes().all(|b| b.is_ascii_lowercase()), "{form}");
        }
    }

    #[test]
    fn verbs_are_found_as_by_prefix() {
        let tables = tables().expect("tables");
        let mut texts = texts();
        texts.extend(
            [
                "Nederland stelde dat. Stelde3 stelden STELDE stelde-x xstelde Benadrukte,zei",
                "De Commissie riep op; said, welcomed welcomedX «stelde» stelde\u{a0}x zei",
                "zeiden zei zeide é-stelde stelde’s 12stelde",
            ]
            .map(String::from),
        );
        let fixture = include_str!("../tests/fixtures/kamerbrief-nl.txt");
        texts.push(fixture.to_string());
        texts.push(include_str!("../tests/fixtures/council-outcome-en.txt").to_string());
        for text in &texts {
            let want: Vec<(usize, usize, usize)> = find_verbs_by_prefix(text, tables)
                .iter()
                .map(|v| (v.start, v.end, v.entry))
                .collect();
            let got: Vec<(usize, usize, usize)> = find_verbs(text, tables)
                .0
                .iter()
                .map(|v| (v.start, v.end, v.entry))
                .collect();
            assert_eq!(got, want, "{text:?}");
            let by_words: Vec<(usize, usize, usize)> = find_verbs_by_words(text, tables)
                .iter()
                .map(|v| (v.start, v.end, v.entry))
                .collect();
            assert_eq!(by_words, want, "{text:?}");
        }
    }

    #[test]
    fn clause_end_agrees_with_the_bytewise_scan() {
        for text in texts() {
            let stops = ClauseStops::by_search(&text);
            let tables = tables().expect("tables");
            let merged = ClauseStops::new(&text, find_verbs(&text, tables).1);
            assert_eq!(merged.stops, stops.stops, "{text:?}");
            assert_eq!(merged.commas, stops.commas, "{text:?}");
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let mut running = StopCursor::default();
            for &from in &boundaries {
                for limit in [from, from + 3, from + 9, text.len(), text.len() + 5] {
                    for comma in [false, true] {
                        let want = clause_end(&text, from, limit, comma);
                        assert_eq!(
                            stops.end(&text, from, limit, comma),
                            want,
                            "{text:?} {from} {limit} {comma}"
                        );
                        // A cursor that went along, and a fresh one.
                        let fresh = &mut StopCursor::default();
                        for cursor in [&mut running, fresh] {
                            assert_eq!(
                                stops.end_from(cursor, &text, from, limit, comma),
                                want,
                                "{text:?} {from} {limit} {comma}"
                            );
                        }
                    }
                }
            }
        }
    }

    /// Report-like text: verbs, clause words and their look-alikes, in any case, between
    /// punctuation, digits and non-ASCII letters and marks.
    #[cfg(not(target_arch = "wasm32"))]
    fn arb_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "stelde", "Stelde", "STELDE", "stelden", "steldex", "zei", "Zei", "zeide", "riep",
            "op", "welcomed", "said", "dat", "Dat", "die", "om", "that", "whether", "de", "het",
            "omdat", "Waarbij", "zoals", "toen", "in", "x", "é", "ë", "’", "中", "\u{a0}", " ",
            "  ", "\n", ",", ";", ":", ".", "-", "(", "«", "3", "a", "th", "wh",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn prop_particles_by_words_agree_with_one_by_one(
            text in arb_text(),
            extra in proptest::collection::vec(proptest::sample::select(vec![
                "aan", "uit", "af", "steun", "voorbehoud", "tegen", "for", "against", "op.", "op!",
                "»", "\u{2003}", "\u{85}", "\t", "\u{b}", ")", "(op", "uit?",
            ]), 0..8),
        ) {
            let tables = tables().expect("tables");
            let window = format!("{text} {}", extra.join(" "));
            let key = |(a, s): (Option<&Particle>, Option<Stance>)| (a.map(|p| p as *const Particle), s);
            for entry in tables.entries.iter().filter(|e| !e.particles.is_empty()) {
                proptest::prop_assert_eq!(
                    key(particles_by_words(&window, &entry.particles)),
                    key(particles_one_by_one(&window, &entry.particles)),
                    "{:?}", window
                );
            }
        }

        #[test]
        fn prop_verbs_and_stops_agree_with_the_references(text in arb_text()) {
            let tables = tables().expect("tables");
            let key = |v: &[V]| v.iter().map(|v| (v.start, v.end, v.entry)).collect::<Vec<_>>();
            let (verbs, clause_words, openers) = find_verbs(&text, tables);
            proptest::prop_assert_eq!(openers, openers_by_runs(&text));
            proptest::prop_assert_eq!(key(&verbs), key(&find_verbs_by_prefix(&text, tables)));
            proptest::prop_assert_eq!(key(&verbs), key(&find_verbs_by_words(&text, tables)));
            let stops = ClauseStops::new(&text, clause_words);
            let reference = ClauseStops::by_search(&text);
            proptest::prop_assert_eq!(&stops.stops, &reference.stops);
            proptest::prop_assert_eq!(&stops.commas, &reference.commas);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn prop_gaps_agree_with_the_references(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                " ", ",", "(", ".", ";", ":", "?", "en", "and", "de", "ook", "x", "Raad", "voor",
                "van", "echter", "\n", "é",
            ]), 0..12)
        ) {
            let gap = pieces.concat();
            proptest::prop_assert_eq!(list_gap(&gap), list_gap_reference(&gap));
        }
    }

    #[test]
    fn negation_on_bytes_agrees_with_words() {
        let pieces = [
            "niet", "NIET", "Niet.", "not", "not!", "nota", "xniet", "geen", "Geen.", " ", "  ",
            ",", "(", ")", ";", ":", "\t", "\u{b}", "\n", "\u{a0}", "«", "»", "é", "x", "y", ".",
            "?", "-",
        ];
        let mut seed = 3u64;
        for _ in 0..20_000 {
            let mut window = String::new();
            for _ in 0..(seed >> 60) + 1 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                window.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(negated(&window), negated_by_words(&window), "{window:?}");
        }
    }

    #[test]
    fn words_before_a_verb_on_bytes_agree_with_characters() {
        let pieces = [
            "hij",
            "Hij",
            "ook",
            "also",
            "she",
            "en",
            "maar",
            " ",
            "  ",
            ",",
            ", ",
            "\t",
            "\n",
            "\u{b}",
            "\u{a0}",
            "\u{2003}",
            "é",
            "x",
            "De",
            "Commissie",
            ".",
            "(",
            "'",
        ];
        let mut seed = 9u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(seed >> 60) + 1 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(last_word(&s), last_word_by_chars(&s), "{s:?}");
            let bytes =
                last_but_adverbs(&s).unwrap_or_else(|NonAscii| last_but_adverbs_by_chars(&s));
            assert_eq!(bytes, last_but_adverbs_by_chars(&s), "{s:?}");
        }
    }

    #[test]
    fn seeking_agrees_with_partition_point() {
        let items: Vec<usize> = (0..200).map(|i| i * 8 + i % 7).collect();
        let mut cursor = 0;
        for pos in [
            0, 0, 5, 6, 90, 91, 400, 30, 31, 700, 1_000, 1_006, 10_000, 2,
        ] {
            let want = items.partition_point(|&x| x < pos);
            assert_eq!(seek(&items, &mut cursor, |&x| x < pos), want, "{pos}");
        }
    }

    #[test]
    fn every_verb_form_passes_its_own_prefix_filter() {
        let tables = tables().expect("tables");
        for p in &tables.verb_patterns {
            for after in [" ", ",", ".", "\u{a0}", "’", ")"] {
                let mut upper = p.clone();
                upper[..1].make_ascii_uppercase();
                for form in [p.clone(), upper, p.to_ascii_uppercase()] {
                    let text = format!("{form}{after}x");
                    let slot = Prefixes::slot_at(text.as_bytes(), 0);
                    assert!(tables.verb_prefixes.may_start(slot), "{text:?}");
                }
            }
        }
        // Words that only share a verb's first three letters are turned away by the fourth.
        let slot = Prefixes::slot_at(b"steden ", 0);
        assert!(!tables.verb_prefixes.may_start(slot));
    }

    #[test]
    fn sharing_openers_end_in_a_word_of_the_letters_searched_for() {
        // `side_phrase` looks for them only where their last word opens with one of these.
        for opener in SHARING_OPENERS {
            let last = opener.trim_end().rsplit(' ').next().unwrap_or_default();
            assert!(matches!(last.as_bytes()[0], b'm' | b'w'), "{opener}");
        }
    }

    #[test]
    fn particles_by_words_agree_with_one_by_one() {
        let tables = tables().expect("tables");
        let mut windows = texts();
        windows.extend(
            [
                " kritisch en positief over",
                " een studievoorbehoud. voorbehoud",
                " not in favour, against",
                " deel aan, aan",
                " op op. uit! af",
            ]
            .map(String::from),
        );
        for entry in &tables.entries {
            for window in &windows {
                let key = |(a, s): (Option<&Particle>, Option<Stance>)| {
                    (a.map(|p| p as *const Particle), s)
                };
                assert_eq!(
                    key(particles_by_words(window, &entry.particles)),
                    key(particles_one_by_one(window, &entry.particles)),
                    "{window:?}"
                );
            }
        }
    }

    #[test]
    fn first_word_at_agrees_with_cutting_words() {
        for text in texts() {
            for word in ["op", "uit", "steun", "dat", "x"] {
                let want = words(&text)
                    .find(|w| w.trim_end_matches(['.', '!', '?']) == word)
                    .map(|w| w.as_ptr() as usize - text.as_ptr() as usize);
                assert_eq!(first_word_at(&text, word), want, "{text:?} {word}");
            }
            for needle in ["op", "dat ", "é", "«op»", "x", ";", "  "] {
                assert_eq!(
                    find_bytes(text.as_bytes(), needle.as_bytes()),
                    text.find(needle),
                    "{text:?} {needle}"
                );
            }
        }
    }
}

/// [`Run::in_parts`] against one pass.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod parts {
    use super::tests::{fixtures_until, with_run};
    use super::*;

    #[test]
    fn statements_in_parts_are_those_of_one_pass() {
        // Three copies of the two fixtures.
        let one = include_str!("../tests/fixtures/kamerbrief-nl.txt").len()
            + include_str!("../tests/fixtures/council-outcome-en.txt").len()
            + 4;
        with_run(&fixtures_until(2 * one + 1), |run, sentences| {
            let whole = run.sentences(sentences, 0);
            assert!(whole.len() > 30, "{}", whole.len());
            for part in [0, 1, 100, 1000, PART] {
                assert_eq!(
                    run.in_parts(sentences, part),
                    whole,
                    "parts of {part} bytes"
                );
            }
        });
    }
}
