//! A byte trie over names with ASCII case folded: the longest name that starts at a given
//! position.
//!
//! Every caller only accepts names that start a word, so there is no need for an automaton
//! that searches from every byte: a pass over the text finds word starts and the trie is walked
//! from each, leaving after a byte or two for most words. It is built in microseconds (an
//! Aho-Corasick DFA of the gazetteer took tens of milliseconds, a cost paid at every page
//! load in wasm), and it is compiled with the crate's own optimisation level rather than the
//! size-optimised one of the dependencies.

/// No pattern ends at a node.
const NONE: u32 = u32::MAX;

/// Flag on a transition whose target node ends a pattern: the walk then needs no second table
/// read per byte to learn whether a pattern ends there.
const ENDS_HERE: u32 = 1 << 31;

/// The compiled trie: a dense transition table over byte classes (the distinct bytes of the
/// lower-cased patterns, plus one class for every other byte), so each step is one lookup.
/// With the gazetteer's ~6,400 nodes and ~40 classes that is about 1 MB of `u32`s.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    /// Class of each byte; upper-case ASCII letters share their lower-case letter's class.
    class: [u8; 256],
    /// Number of classes: the row length of `trans`.
    stride: usize,
    /// For each node's row and each class, the row of the next node (its index times
    /// `stride`, so a step needs no multiplication), with [`ENDS_HERE`] set if a pattern ends
    /// there; 0 (the root's row, never a target) for none.
    trans: Vec<u32>,
    /// Pattern that ends at each node, or [`NONE`].
    ends: Vec<u32>,
}

impl Trie {
    /// Builds the trie; patterns equal up to ASCII case keep the first one's index, as a
    /// leftmost-longest automaton reports the first of equal patterns. Patterns that would
    /// grow the table past 2^31 entries (8 GB) are left out.
    // Not inlined: see `gazetteer::read_entries` on set-up code in WebAssembly.
    #[inline(never)]
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S]) -> Trie {
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for p in patterns {
            for &b in p.as_ref().as_bytes() {
                let b = b.to_ascii_lowercase();
                if class[usize::from(b)] == 0 && classes < 256 {
                    class[usize::from(b)] = classes as u8;
                    classes += 1;
                }
            }
        }
        for b in b'A'..=b'Z' {
            class[usize::from(b)] = class[usize::from(b.to_ascii_lowercase())];
        }
        let stride = classes;
        let mut trans = vec![0u32; stride];
        let mut ends = vec![NONE];
        'patterns: for (index, pattern) in patterns.iter().enumerate() {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            let bytes = pattern.as_ref().as_bytes();
            if bytes.is_empty() {
                continue;
            }
            let mut row = 0usize;
            let mut slot = 0usize;
            for &b in bytes {
                slot = row + usize::from(class[usize::from(b)]);
                row = match trans[slot] & !ENDS_HERE {
                    0 => {
                        let new_row = trans.len();
                        let Some(target) = u32::try_from(new_row).ok().filter(|&t| t < ENDS_HERE)
                        else {
                            break 'patterns;
                        };
                        ends.push(NONE);
                        trans.resize(new_row + stride, 0);
                        trans[slot] = target;
                        new_row
                    }
                    n => n as usize,
                };
            }
            let node = row / stride;
            if ends[node] == NONE {
                ends[node] = index;
                // The only transition into the node: a trie node has one parent.
                trans[slot] |= ENDS_HERE;
            }
        }
        // Bytes of no pattern lead nowhere: clear their class's column (class 0), which only
        // bytes that found no class of their own share.
        if classes == 256 {
            for row in trans.chunks_mut(stride) {
                row[0] = 0;
            }
        }
        Trie {
            class,
            stride,
            trans,
            ends,
        }
    }

    /// The longest pattern that `bytes[start..]` begins with (ASCII case ignored), as
    /// `(end, pattern index)`.
    #[inline]
    pub(crate) fn longest_at(&self, bytes: &[u8], start: usize) -> Option<(usize, usize)> {
        let mut row = 0usize;
        // The row and end of the longest pattern so far; its index is looked up once, at
        // the end, so that the walk has no division per pattern passed.
        let mut found = None;
        for (i, &b) in bytes.get(start..)?.iter().enumerate() {
            let t = *self
                .trans
                .get(row + usize::from(self.class[usize::from(b)]))?;
            if t == 0 {
                break;
            }
            row = (t & !ENDS_HERE) as usize;
            if t & ENDS_HERE != 0 {
                found = Some((start + i + 1, row));
            }
        }
        let (end, row) = found?;
        Some((end, *self.ends.get(row / self.stride)? as usize))
    }
}

/// ASCII letters and digits.
pub(super) const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether the character at byte `i` (a character boundary) is a word character, and its
/// length. Letters and digits are word characters (see [`super::gazetteer::is_word_char`]).
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((ASCII_WORD[usize::from(b)], 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c.is_alphanumeric(), c.len_utf8()))
}

/// The first word start at or after byte `i`, given that the character before `i` is not a
/// word character (or `i` is 0).
#[inline]
pub(crate) fn next_word_start(text: &str, mut i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        // Plain ASCII punctuation and spaces first, without decoding.
        while let Some(&b) = bytes.get(i) {
            if b >= 0x80 || ASCII_WORD[usize::from(b)] {
                break;
            }
            i += 1;
        }
        let (word, len) = char_at(text, i)?;
        if word {
            return Some(i);
        }
        i += len;
    }
}

/// The end of the run of word characters that starts at byte `i`.
#[inline]
pub(crate) fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while let Some(&b) = bytes.get(i) {
            if !ASCII_WORD[usize::from(b)] {
                break;
            }
            i += 1;
        }
        match char_at(text, i) {
            Some((true, len)) => i += len,
            _ => return i,
        }
    }
}

/// Where to look for the next word start after a match that ends at `end`: right there if
/// the match ended in a non-word character (`Dhr.`), else after the rest of the word.
#[inline]
pub(crate) fn resume_after(text: &str, end: usize) -> usize {
    let last_is_word = text
        .get(..end)
        .and_then(|t| t.chars().next_back())
        .is_some_and(char::is_alphanumeric);
    if last_is_word {
        word_end(text, end)
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_starts() {
        let text = "«EU-landen», Ørsted 3x é.";
        let mut starts = Vec::new();
        let mut i = 0;
        while let Some(s) = next_word_start(text, i) {
            starts.push(&text[s..word_end(text, s)]);
            i = word_end(text, s);
        }
        assert_eq!(starts, ["EU", "landen", "Ørsted", "3x", "é"]);
    }

    #[test]
    fn longest_pattern_at_a_position() {
        let trie = Trie::new(&["EU", "EU-landen", "Europese Raad", "eu", "Raad"]);
        let table = [
            ("EU-landen x", 0, Some((9, 1))),
            ("eu-LANDEN", 0, Some((9, 1))),
            ("EU-land", 0, Some((2, 0))),
            ("Europese Raad", 0, Some((13, 2))),
            ("Europese Raa", 0, Some((2, 0))),
            ("de Raad", 3, Some((7, 4))),
            ("de Raad", 2, None),
            ("", 0, None),
        ];
        for (text, start, want) in table {
            assert_eq!(trie.longest_at(text.as_bytes(), start), want, "{text}");
        }
    }
}
