//! End-of-line hyphens: hyphenation to undo ("maatre-⏎gelen") or a real hyphen to keep
//! ("EU-⏎landen", "Noord-⏎Afrikaanse", "informatie-⏎uitwisseling").
//!
//! The document's own vocabulary decides first: if the joined word or the hyphenated compound
//! occurs elsewhere in the text, that spelling wins. To stay linear and allocation-free, the
//! candidate spellings are hashed first (there are few: one per hyphenated line end), and one
//! pass over the words of the text checks only words whose length and first letter could match.

use super::PrehashedState;
use std::collections::HashSet;

/// Prefixes that keep their hyphen in Dutch and English ("e-mail", "ex-minister", "non-paper",
/// "niet-nakomen").
const PREFIXES: [&str; 12] = [
    "e", "ex", "non", "anti", "pro", "co", "niet", "oud", "vice", "self", "x", "mid",
];

/// Beginnings of common words that break after one of [`PREFIXES`] at a line end
/// ("pro-⏎ducts", "co-⏎hesie", "ex-⏎port", "Mid-⏎den-Oosten"): the prefix is a syllable
/// there, not a prefix, and the hyphen is hyphenation. Checked only at hyphenated line ends.
const SYLLABLE_STEMS: [&str; 40] = [
    "produc", "program", "procedu", "proces", "propos", "protect", "provi", "progres", "project",
    "problem", "probleem", "promot", "profiel", "profil", "probab", "prohib", "protocol",
    "prognos", "proport", "procure", "profess", "profit", "cohes", "coher", "coalit", "comit",
    "cohort", "expert", "export", "extra", "explic", "exploit", "explor", "expans", "expens",
    "explan", "experi", "extern", "extrem", "midd",
];

/// Vowel pairs that Dutch spelling separates with a hyphen in compounds ("zee-egel",
/// "informatie-uitwisseling"), because written together they would read as one sound.
const VOWEL_CLASHES: [&str; 15] = [
    "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu",
];

/// Word bytes for [`Vocabulary::scan`]: ASCII letters and digits, and every non-ASCII byte.
static WORD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c >= 0x80 {
            table[b] = 1;
        }
        b += 1;
    }
    table
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For eight bytes at once (SWAR): a bit per byte that is a word byte (as [`WORD`] says) and a
/// bit per byte that is a hyphen, bit `i` for byte `i` of the little-endian word.
fn classify8(x: u64) -> (u8, u8) {
    // On 7-bit values, adding `0x80 - lo` sets a byte's high bit iff it is >= lo, and adding
    // `0x7f - hi` iff it is > hi; neither carries into the next byte.
    let ge = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt = |v: u64, hi: u8| v.wrapping_add(ONES * u64::from(0x7f - hi));
    let low = x & !HIGH;
    let folded = low | (ONES * 0x20);
    let letter = ge(folded, b'a') & !gt(folded, b'z');
    let digit = ge(low, b'0') & !gt(low, b'9');
    let word = (letter | digit | x) & HIGH;
    let not_hyphen = (low ^ (ONES * u64::from(b'-'))).wrapping_add(ONES * 0x7f) | x;
    let hyphen = !not_hyphen & HIGH;
    (movemask(word), movemask(hyphen))
}

/// The high bits of the eight bytes of `m` (which has no other bits) as one byte.
fn movemask(m: u64) -> u8 {
    (m.wrapping_mul(0x0002_0408_1020_4081) >> 56) as u8
}

/// For a 64-byte block: a bit per word byte (as [`WORD`] says) and a bit per hyphen, bit `i`
/// for byte `i`.
///
/// On x86-64 with SSE2, which every x86-64 processor has, sixteen bytes are classified in a
/// handful of instructions: the eight-at-a-time SWAR of [`masks_swar`] cost three instructions
/// a byte, most of this scan. WebAssembly and other targets use [`masks_swar`].
fn masks(block: &[u8; 64]) -> (u64, u64) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: `masks_sse2` needs only SSE2, which this build's target has (the cfg above).
        unsafe { masks_sse2(block) }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        masks_swar(block)
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn masks_sse2(block: &[u8; 64]) -> (u64, u64) {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_sub_epi8,
    };
    // `v <= max` as unsigned bytes: min(v, max) == v.
    #[target_feature(enable = "sse2")]
    fn at_most(v: __m128i, max: u8) -> __m128i {
        _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(max as i8)), v)
    }
    let (mut w, mut h) = (0u64, 0u64);
    for (g, group) in block.chunks_exact(16).enumerate() {
        let x = super::scan::load16(group);
        let folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
        let letter = at_most(_mm_sub_epi8(folded, _mm_set1_epi8(b'a' as i8)), 25);
        let digit = at_most(_mm_sub_epi8(x, _mm_set1_epi8(b'0' as i8)), 9);
        // The sign bit of `x` itself marks the non-ASCII bytes.
        let word = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), x)) as u16;
        let hyphen = _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(b'-' as i8))) as u16;
        w |= u64::from(word) << (16 * g);
        h |= u64::from(hyphen) << (16 * g);
    }
    (w, h)
}

/// For a 64-byte block: a bit per word byte (as [`WORD`] says) and a bit per hyphen, bit `i`
/// for byte `i`, eight bytes at a time ([`classify8`]).
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn masks_swar(block: &[u8; 64]) -> (u64, u64) {
    let (mut w, mut h) = (0u64, 0u64);
    for (g, group) in block.chunks_exact(8).enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(group);
        let (word, hyphen) = classify8(u64::from_le_bytes(eight));
        w |= u64::from(word) << (8 * g);
        h |= u64::from(hyphen) << (8 * g);
    }
    (w, h)
}

/// The words around one hyphenated line end.
pub(super) struct Candidate<'a> {
    /// The word before the hyphen, possibly itself a compound ("EU-lid" in "EU-lid-⏎staten").
    pub before: &'a str,
    /// The word after the line break.
    pub after: &'a str,
}

/// Which spellings of the candidates occur in the document.
pub(super) struct Vocabulary {
    wanted: HashSet<u64, PrehashedState>,
    found: HashSet<u64, PrehashedState>,
    /// For each (first byte, last byte) pair of a wanted spelling, folded to 5 bits each, the
    /// lengths it comes in: a word is hashed only when all three match, which in a long text
    /// with many hyphenated line ends rules out almost every word for two table reads.
    shapes: Box<[u64; 1024]>,
    /// One bit per (first, second) byte pair of a wanted spelling, folded as [`hash_bytes`]
    /// folds them: [`Vocabulary::scan`] looks at two bytes of each word start and follows only
    /// the few words that pass, instead of visiting every word's start and end.
    prefixes: Box<[u64; 1024]>,
    /// The length of the shortest wanted spelling: most words of a text ("de", "het", "the")
    /// are shorter, and [`Vocabulary::scan`] drops their starts a block at a time.
    min_len: usize,
}

/// The bit of a word's first two bytes in [`Vocabulary::prefixes`].
fn prefix(first: u8, second: u8) -> usize {
    (usize::from(first | 0x20) << 8) | usize::from(second | 0x20)
}

/// The index of a word's shape in [`Vocabulary::shapes`]: `| 0x20` folds ASCII case as
/// [`hash_bytes`] does, `& 31` keeps the table small (collisions only cost a hash).
fn shape(first: u8, last: u8) -> usize {
    (usize::from((first | 0x20) & 31) << 5) | usize::from((last | 0x20) & 31)
}

/// Where [`Vocabulary::scan`] stands between two parts.
#[derive(Clone, Copy)]
struct ScanAt {
    /// The start of the next 64-byte chunk.
    base: usize,
    /// Word-byte bits of the byte before the chunk, before and after inner hyphens.
    prev_w: u64,
    prev_e: u64,
    /// The start of a word that passed the prefix test and runs on past the chunk.
    open: Option<usize>,
}

/// Bytes of text per call of [`Vocabulary::scan_part`] (a multiple of the 64-byte chunk).
const SCAN_PART: usize = 32 * 1024;

impl Vocabulary {
    /// Prepares lookups for the spellings of `candidates`.
    #[inline(never)]
    pub fn new<'a>(candidates: impl Iterator<Item = Candidate<'a>>) -> Vocabulary {
        let mut v = Vocabulary {
            wanted: HashSet::default(),
            found: HashSet::default(),
            shapes: Box::new([0; 1024]),
            prefixes: Box::new([0; 1024]),
            min_len: usize::MAX,
        };
        for c in candidates {
            let len = c.before.len() + c.after.len();
            v.min_len = v.min_len.min(len);
            let (Some(&first), Some(&after_first), Some(&last)) = (
                c.before.as_bytes().first(),
                c.after.as_bytes().first(),
                c.after.as_bytes().last(),
            ) else {
                continue;
            };
            let lengths = &mut v.shapes[shape(first, last)];
            *lengths |= 1u64 << len.min(63);
            *lengths |= 1u64 << (len + 1).min(63);
            v.wanted.insert(hash_parts(&[c.before, c.after]));
            v.wanted.insert(hash_parts(&[c.before, "-", c.after]));
            // Both spellings start with `before`, then `after` or the hyphen.
            let second = |tail: u8| c.before.as_bytes().get(1).copied().unwrap_or(tail);
            for second in [second(after_first), second(b'-')] {
                let bit = prefix(first, second);
                v.prefixes[bit >> 6] |= 1u64 << (bit & 63);
            }
        }
        v
    }

    /// A vocabulary that wants the same spellings and has found none yet: to scan a part of
    /// the text on another thread, then [`Vocabulary::absorb`] it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn empty_copy(&self) -> Vocabulary {
        Vocabulary {
            wanted: self.wanted.clone(),
            found: HashSet::default(),
            shapes: self.shapes.clone(),
            prefixes: self.prefixes.clone(),
            min_len: self.min_len,
        }
    }

    /// Takes over what `other` (an [`Vocabulary::empty_copy`] of this one) found.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn absorb(&mut self, other: Vocabulary) {
        self.found.extend(other.found);
    }

    /// Scans the words of `text` for the wanted spellings.
    ///
    /// Every byte of the text passes through here, so words are cut on bytes: ASCII letters and
    /// digits and every non-ASCII byte are word bytes, and so is a hyphen between two of them
    /// ("informatie-uitwisseling"). That puts a curly apostrophe or a dash inside a word now and
    /// then ("collega’s"), which only costs a missed lookup.
    ///
    /// Each 64-byte chunk becomes a bit mask of word bytes without branches ([`masks`]). Only
    /// the starts of words at least as long as the shortest wanted spelling are visited (a few
    /// shifts of the mask drop "de", "het", "the" a block at a time), and a start whose first
    /// two bytes begin no wanted spelling costs one table read; the end of a word that passes
    /// is the next zero of the mask. A word whose lookup could succeed always passes, since its
    /// length is a wanted one and its hash equals a wanted spelling's, and so do its folded
    /// first two bytes: the words found are those of [`Vocabulary::scan_by_events`], which
    /// visits every word.
    #[inline(never)]
    pub fn scan(&mut self, text: &str) {
        if self.wanted.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        let n = bytes.len();
        // A word shorter than every wanted spelling fails the length test of `lookup`. The
        // shapes keep lengths from 63 on in one bit, hence the cap (and 8 shifts are plenty).
        let reach = self.min_len.clamp(1, 8);
        let mut at = ScanAt {
            base: 0,
            prev_w: 0,
            prev_e: 0,
            open: None,
        };
        while at.base < n {
            let stop = at.base.saturating_add(SCAN_PART);
            self.scan_part(bytes, reach, &mut at, stop);
        }
        if let Some(start) = at.open {
            self.lookup(bytes, start, n);
        }
    }

    /// The chunks of [`Vocabulary::scan`] from `at.base` up to `stop` (or the end); `at` then
    /// says where the next part starts. One call over a whole text would run in WebAssembly's
    /// slow baseline code throughout: V8 swaps in optimised code for a function only when it is
    /// called again.
    #[inline(never)]
    fn scan_part(&mut self, bytes: &[u8], reach: usize, at: &mut ScanAt, stop: usize) {
        let n = bytes.len();
        let ScanAt {
            mut base,
            mut prev_w,
            mut prev_e,
            mut open,
        } = *at;
        while base < n && base < stop {
            let end = (base + 64).min(n);
            let len = end - base;
            // A fixed-size block (zero-padded at the end of the text, and zero is neither a
            // word byte nor a hyphen) lets the compiler unroll the groups.
            let mut block = [0u8; 64];
            block[..len].copy_from_slice(&bytes[base..end]);
            let (w, h) = masks(&block);
            let next_w = bytes
                .get(end)
                .map_or(0, |&b| u64::from(WORD[usize::from(b)]));
            let before = (w << 1) | prev_w;
            let after = (w >> 1) | (next_w << (len - 1));
            // Past `len` the padding leaves `e` zero, so a word ends there at the latest.
            let e = w | (h & before & after);
            let e_before = (e << 1) | prev_e;
            if let Some(start) = open {
                let stop = (!e).trailing_zeros() as usize;
                if stop < len {
                    self.lookup(bytes, start, base + stop);
                    open = None;
                }
            }
            // Starts of runs of at least `reach` word bytes; the bits shifted in from past the
            // chunk count as word bytes, since a word there may go on.
            let mut long = e;
            for i in 1..reach {
                long &= (e >> i) | (u64::MAX << (64 - i));
            }
            let mut starts = e & !e_before & long;
            while starts != 0 {
                let k = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let start = base + k;
                // A one-byte word is never wanted: both parts of a spelling are non-empty.
                let Some(&second) = bytes.get(start + 1) else {
                    continue;
                };
                let bit = prefix(bytes[start], second);
                if self.prefixes[bit >> 6] >> (bit & 63) & 1 == 0 {
                    continue;
                }
                // The zeros shifted in at the top stand for "the chunk ended".
                let rest = !e >> k;
                if rest == 0 {
                    open = Some(start);
                } else {
                    self.lookup(bytes, start, start + rest.trailing_zeros() as usize);
                }
            }
            prev_w = w >> (len - 1) & 1;
            prev_e = e >> (len - 1) & 1;
            base = end;
        }
        *at = ScanAt {
            base,
            prev_w,
            prev_e,
            open,
        };
    }

    /// The scan that visits every word's start and end, as [`Vocabulary::scan`] did before it
    /// filtered word starts by their first two bytes: the reference it must agree with.
    ///
    /// Every byte of the text passes through here, so words are cut on bytes: ASCII letters and
    /// digits and every non-ASCII byte are word bytes, and so is a hyphen between two of them
    /// ("informatie-uitwisseling"). That puts a curly apostrophe or a dash inside a word now and
    /// then ("collega’s"), which only costs a missed lookup.
    ///
    /// A byte-by-byte loop that stops at every word end mispredicts a branch per word; instead
    /// each 64-byte chunk becomes a bit mask of word bytes without branches, and only the word
    /// starts and ends (found with shifts) are visited.
    #[cfg(test)]
    fn scan_by_events(&mut self, text: &str) {
        if self.wanted.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut base = 0;
        // Word-byte bits of the byte before the chunk, before and after inner hyphens.
        let mut prev_w = 0u64;
        let mut prev_e = 0u64;
        let mut word_start = 0usize;
        while base < n {
            let end = (base + 64).min(n);
            let len = end - base;
            // A fixed-size block (zero-padded at the end of the text, and zero is neither a
            // word byte nor a hyphen) lets the compiler unroll the eight groups.
            let mut block = [0u8; 64];
            block[..len].copy_from_slice(&bytes[base..end]);
            let mut w = 0u64;
            let mut h = 0u64;
            for (g, group) in block.chunks_exact(8).enumerate() {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(group);
                let (word, hyphen) = classify8(u64::from_le_bytes(eight));
                w |= u64::from(word) << (8 * g);
                h |= u64::from(hyphen) << (8 * g);
            }
            let next_w = bytes
                .get(end)
                .map_or(0, |&b| u64::from(WORD[usize::from(b)]));
            let before = (w << 1) | prev_w;
            let after = (w >> 1) | (next_w << (len - 1));
            let e = w | (h & before & after);
            let e_before = (e << 1) | prev_e;
            let valid = if len == 64 {
                u64::MAX
            } else {
                (1u64 << len) - 1
            };
            let mut events = ((e & !e_before) | (!e & e_before)) & valid;
            while events != 0 {
                let k = events.trailing_zeros() as usize;
                events &= events - 1;
                if e >> k & 1 == 1 {
                    word_start = base + k;
                } else {
                    self.lookup(bytes, word_start, base + k);
                }
            }
            prev_w = w >> (len - 1) & 1;
            prev_e = e >> (len - 1) & 1;
            base = end;
        }
        if prev_e == 1 {
            self.lookup(bytes, word_start, n);
        }
    }

    /// Records the word `bytes[start..end]` if it is a wanted spelling.
    #[inline(always)]
    fn lookup(&mut self, bytes: &[u8], start: usize, end: usize) {
        let word_len = end - start;
        if self.shapes[shape(bytes[start], bytes[end - 1])] & (1u64 << word_len.min(63)) != 0 {
            // Raw bytes: no char-boundary checks in the hottest loop of the layout pass.
            let h = hash_bytes(&bytes[start..end]);
            if self.wanted.contains(&h) {
                self.found.insert(h);
            }
        }
    }

    /// The byte-by-byte scan that [`Vocabulary::scan`] must agree with.
    #[cfg(test)]
    fn scan_bytewise(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut i = 0;
        while i < len {
            while i < len && WORD[usize::from(bytes[i])] == 0 {
                i += 1;
            }
            let start = i;
            loop {
                while i < len && WORD[usize::from(bytes[i])] == 1 {
                    i += 1;
                }
                if i + 1 < len && bytes[i] == b'-' && WORD[usize::from(bytes[i + 1])] == 1 {
                    i += 1;
                } else {
                    break;
                }
            }
            if i > start {
                self.lookup(bytes, start, i);
            }
        }
    }

    /// Whether the hyphen at the end of `before` is a real one, to keep.
    pub fn keep_hyphen(&self, c: &Candidate<'_>) -> bool {
        let Some(next) = c.after.chars().next() else {
            return true;
        };
        if next.is_uppercase() || next.is_ascii_digit() {
            return true;
        }
        let fragment = c.before.rsplit('-').next().unwrap_or(c.before);
        if fragment.chars().any(|ch| ch.is_ascii_digit())
            || fragment.chars().all(|ch| !ch.is_lowercase())
        {
            return true;
        }
        // The document's own spelling decides before any rule of thumb.
        let joined = self.found.contains(&hash_parts(&[c.before, c.after]));
        let hyphenated = self.found.contains(&hash_parts(&[c.before, "-", c.after]));
        if joined != hyphenated {
            return hyphenated;
        }
        if PREFIXES.iter().any(|p| fragment.eq_ignore_ascii_case(p)) {
            return !syllable_stem(fragment, c.after);
        }
        let last = fragment.chars().next_back();
        if let (Some(a), Some(b)) = (last, next.to_lowercase().next()) {
            let a = a.to_ascii_lowercase();
            let pair = [a as u8, b as u8];
            if a.is_ascii() && b.is_ascii() {
                if let Ok(pair) = std::str::from_utf8(&pair) {
                    return VOWEL_CLASHES.contains(&pair);
                }
            }
        }
        false
    }
}

/// Whether `fragment` and the start of `after` spell the start of a common word
/// ([`SYLLABLE_STEMS`]), ignoring ASCII case.
fn syllable_stem(fragment: &str, after: &str) -> bool {
    SYLLABLE_STEMS.iter().any(|stem| {
        stem.len() > fragment.len()
            && stem[..fragment.len()].eq_ignore_ascii_case(fragment)
            && after
                .get(..stem.len() - fragment.len())
                .is_some_and(|rest| rest.eq_ignore_ascii_case(&stem[fragment.len()..]))
    })
}

/// Length in bytes of the word starting at `i` (letters and digits, with inner hyphens), or 0.
pub(super) fn word_len(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    while let Some(&b) = bytes.get(j) {
        if b.is_ascii_alphanumeric() {
            j += 1;
        } else if b >= 0x80 {
            match text.get(j..).and_then(|s| s.chars().next()) {
                Some(c) if c.is_alphabetic() => j += c.len_utf8(),
                _ => break,
            }
        } else if b == b'-'
            && j > i
            && bytes
                .get(j + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n >= 0x80)
        {
            // An inner hyphen, if a letter follows; checked again at the next step.
            let next = text.get(j + 1..).and_then(|s| s.chars().next());
            if next.is_some_and(|c| c.is_alphanumeric()) {
                j += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    j - i
}

/// The trailing word of `s` (letters, digits, inner hyphens).
pub(super) fn last_word(s: &str) -> &str {
    // Runs on every line: ASCII bytes are stepped over without decoding; the first non-ASCII
    // byte hands over to the character loop below, from where the bytes stopped.
    let bytes = s.as_bytes();
    let mut start = s.len();
    while let Some(&b) = start.checked_sub(1).and_then(|i| bytes.get(i)) {
        if b.is_ascii_alphanumeric() || (b == b'-' && start < s.len()) {
            start -= 1;
        } else if b < 0x80 {
            return s[start..].trim_start_matches('-');
        } else {
            break;
        }
    }
    for (i, c) in s[..start].char_indices().rev() {
        if c.is_alphanumeric() || (c == '-' && start < s.len()) {
            start = i;
        } else {
            break;
        }
    }
    s[start..].trim_start_matches('-')
}

/// The leading word of `s`.
pub(super) fn first_word(s: &str) -> &str {
    let len = word_len(s, 0);
    &s[..len]
}

/// A hash of the concatenated parts that ignores ASCII case.
///
/// Bytes are read eight at a time and `| 0x20` folds ASCII capitals to lower case (it also
/// merges a few punctuation pairs, which only risks a harmless false "seen"). Candidates are
/// concatenated into a small buffer first so that both sides hash the same bytes.
fn hash_parts(parts: &[&str]) -> u64 {
    if let [one] = parts {
        return hash_bytes(one.as_bytes());
    }
    let mut buffer = [0u8; 128];
    let mut len = 0;
    for part in parts {
        let take = part.len().min(buffer.len() - len);
        buffer[len..len + take].copy_from_slice(&part.as_bytes()[..take]);
        len += take;
    }
    hash_bytes(&buffer[..len])
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word) | 0x2020_2020_2020_2020;
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        let mask = u64::MAX >> (64 - 8 * rest.len());
        let word = (u64::from_le_bytes(word) | 0x2020_2020_2020_2020) & mask;
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    // Mix the high bits down: the set indexes by the low bits.
    h ^ (h >> 29)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of `text` as a wanted spelling, so that the scans report every word they cut.
    fn everything(text: &str) -> Vocabulary {
        let mut v = Vocabulary {
            wanted: HashSet::default(),
            found: HashSet::default(),
            shapes: Box::new([u64::MAX; 1024]),
            prefixes: Box::new([u64::MAX; 1024]),
            min_len: 1,
        };
        for piece in text.split(|c: char| !c.is_alphanumeric()) {
            for end in 1..=piece.len() {
                if let Some(p) = piece.get(..end) {
                    v.wanted.insert(hash_bytes(p.as_bytes()));
                }
            }
            v.wanted.insert(hash_bytes(piece.as_bytes()));
        }
        for w in text.split_whitespace() {
            v.wanted.insert(hash_bytes(w.as_bytes()));
            v.wanted.insert(hash_bytes(
                w.trim_matches(|c: char| !c.is_alphanumeric()).as_bytes(),
            ));
        }
        v
    }

    /// `last_word` as it was before its ASCII fast path: the reference.
    fn last_word_by_chars(s: &str) -> &str {
        let mut start = s.len();
        for (i, c) in s.char_indices().rev() {
            if c.is_alphanumeric() || (c == '-' && start < s.len()) {
                start = i;
            } else {
                break;
            }
        }
        s[start..].trim_start_matches('-')
    }

    #[test]
    fn last_word_agrees_with_the_character_loop() {
        let pieces = [
            "a", "Z", "9", "-", " ", "é", "ë-", "’", ".", "中", "--", "x-y",
        ];
        let mut seed = 9u64;
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..(seed >> 60) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
            assert_eq!(last_word(&s), last_word_by_chars(&s), "{s:?}");
        }
    }

    #[test]
    fn classify8_agrees_with_the_table() {
        let mut seed = 3u64;
        let mut inputs: Vec<[u8; 8]> = (0..=255u8).map(|b| [b; 8]).collect();
        for _ in 0..2000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            inputs.push(seed.to_le_bytes());
        }
        for bytes in inputs {
            let (word, hyphen) = classify8(u64::from_le_bytes(bytes));
            for (i, &b) in bytes.iter().enumerate() {
                assert_eq!(word >> i & 1, WORD[usize::from(b)], "{bytes:?} {i}");
                assert_eq!(hyphen >> i & 1, u8::from(b == b'-'), "{bytes:?} {i}");
            }
        }
    }

    #[test]
    fn chunked_scan_cuts_the_words_the_bytewise_scan_cuts() {
        let mut texts: Vec<String> = [
            "",
            "a",
            "-",
            "a-b-c -d e- f--g informatie-uitwisseling EU-landen 2022-07",
            "collega’s Oekraïne é-è x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Words and hyphens across every chunk boundary.
        for shift in 0..70 {
            let mut s = " ".repeat(shift);
            s.push_str("maatre-gelen word-\nword a-b ");
            texts.push(s.repeat(5));
        }
        let mut seed = 7u64;
        for _ in 0..50 {
            let mut s = String::new();
            for _ in 0..300 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(['a', 'B', '-', ' ', '9', 'ë', '\n', '.'][(seed >> 60) as usize % 8]);
            }
            texts.push(s);
        }
        for text in &texts {
            let mut chunked = everything(text);
            chunked.scan_by_events(text);
            let mut bytewise = everything(text);
            bytewise.scan_bytewise(text);
            assert_eq!(chunked.found, bytewise.found, "{text:?}");
            // The prefix-filtered scan skips one-byte words, which no spelling of a candidate
            // is: with them ruled out of the shapes, it must find what the full scan finds.
            let mut filtered = everything(text);
            filtered.shapes.fill(!2);
            filtered.scan(text);
            let mut full = everything(text);
            full.shapes.fill(!2);
            full.scan_by_events(text);
            assert_eq!(filtered.found, full.found, "{text:?}");
        }
    }

    #[test]
    fn masks_agree_with_the_swar_masks() {
        for block in &crate::layout::scan::test_blocks(5, 500) {
            assert_eq!(masks(block), masks_swar(block), "{block:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces a scan must cut right: words, hyphens inside and at line ends,
    /// capitals, digits, accented letters, curly quotes and line breaks.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "maatre",
            "gelen",
            "maatregelen",
            "EU",
            "landen",
            "-",
            "-\n",
            " ",
            "  ",
            "\n",
            "\r\n",
            "informatie",
            "uitwisseling",
            "é",
            "ë",
            "’",
            ".",
            ",",
            "2022",
            "x",
            "De",
            "de",
            "Noord",
            "Afrikaanse",
            "\u{AD}",
            "a-b",
            "--",
            "中",
        ]);
        prop::collection::vec(piece, 0..200).prop_map(|pieces| pieces.concat())
    }

    /// The candidates `repair` would collect: each line that ends with a hyphen, with the next.
    fn vocabulary(text: &str) -> Vocabulary {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        Vocabulary::new(lines.windows(2).filter_map(|w| {
            let body = w[0].strip_suffix('-')?;
            let before = last_word(body);
            let after = first_word(w[1]);
            (!before.is_empty() && !after.is_empty()).then_some(Candidate { before, after })
        }))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn prefix_filtered_scan_finds_what_the_full_scan_finds(text in text()) {
            let mut filtered = vocabulary(&text);
            filtered.scan(&text);
            let mut full = vocabulary(&text);
            full.scan_by_events(&text);
            prop_assert_eq!(&filtered.found, &full.found);
            let mut bytewise = vocabulary(&text);
            bytewise.scan_bytewise(&text);
            prop_assert_eq!(&filtered.found, &bytewise.found);
        }
    }
}
