//! The first words of a set of patterns, ASCII case folded: a word of the text that is not
//! among them cannot start a pattern that the word-start scans accept, so they skip it
//! without walking the trie.
//!
//! Why a hash set of whole words rather than a first-byte table: the gazetteer holds
//! lower-case patterns that start with the commonest words (`de lidstaten`, `een aantal
//! landen`, `the Member States`, `voorzitter`), so nearly every letter starts some pattern,
//! and the trie walk from an ordinary word still takes a few steps of two table reads each.
//! A word is instead looked up once: its first eight bytes, folded with a few word-wide
//! operations, and its length pick a slot; equal heads and lengths settle it for words of up
//! to eight bytes, which are most words.

/// One slot of the table: a first word's head and length, or an empty slot (`len` 0).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    /// The first eight bytes (fewer for a shorter word, zero padded), ASCII lower-cased,
    /// little-endian.
    head: u64,
    /// The word's length in bytes; 0 for an empty slot.
    len: u32,
    /// Index of the word in [`FirstWords::words`], for words longer than eight bytes.
    word: u32,
}

/// The set of first words.
#[derive(Clone, Debug)]
pub(crate) struct FirstWords {
    /// Open addressing with linear probing; at most half full.
    slots: Vec<Slot>,
    /// `slots.len() - 1` (a power of two minus one).
    mask: usize,
    /// Bits to shift the hash right by to get a slot index.
    shift: u32,
    /// The words of more than eight bytes, ASCII lower-cased.
    words: Vec<Vec<u8>>,
    /// Length of the longest word: longer words of the text need no look-up.
    max_len: usize,
}

impl FirstWords {
    /// The set of the first words of `patterns`: each pattern's bytes up to its first
    /// character that is not a letter or digit. A pattern that starts with such a character
    /// contributes nothing (the scans that use this set only start at word starts).
    // Not inlined: see `gazetteer::read_entries` on set-up code in WebAssembly.
    #[inline(never)]
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S]) -> FirstWords {
        // Sized for every pattern having a first word of its own, so at most half full
        // whatever the repeats; the table itself drops the repeats.
        let capacity = (patterns.len() * 2).next_power_of_two().max(16);
        let mut set = FirstWords {
            slots: vec![Slot::default(); capacity],
            mask: capacity - 1,
            shift: 64 - capacity.trailing_zeros(),
            max_len: 0,
            words: Vec::new(),
        };
        for p in patterns {
            let p = p.as_ref();
            let end = p
                .char_indices()
                .find(|&(_, c)| !c.is_alphanumeric())
                .map_or(p.len(), |(i, _)| i);
            let word = &p.as_bytes()[..end];
            let Ok(len) = u32::try_from(end) else {
                continue;
            };
            if end == 0 || set.contains(word, 0, end) {
                continue;
            }
            // Only a word of more than eight bytes needs its tail kept.
            let index = if end > 8 {
                let Ok(index) = u32::try_from(set.words.len()) else {
                    continue;
                };
                set.words.push(word.to_ascii_lowercase());
                index
            } else {
                0
            };
            let head = head(word, 0, end);
            let mut slot = set.slot_of(head, end);
            while set.slots[slot].len != 0 {
                slot = (slot + 1) & set.mask;
            }
            set.slots[slot] = Slot {
                head,
                len,
                word: index,
            };
            set.max_len = set.max_len.max(end);
        }
        set
    }

    #[inline(always)]
    fn slot_of(&self, head: u64, len: usize) -> usize {
        let h = (head ^ (len as u64).rotate_right(7)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize & self.mask
    }

    /// Whether `bytes[start..end]`, ASCII case folded, is one of the words.
    #[inline]
    pub(crate) fn contains(&self, bytes: &[u8], start: usize, end: usize) -> bool {
        let len = end.saturating_sub(start);
        if len == 0 || len > self.max_len || end > bytes.len() {
            return false;
        }
        self.contains_with_head(head(bytes, start, end), bytes, start, end)
    }

    /// [`FirstWords::contains`] for a caller that has the word's head (see [`lower`]) already.
    #[inline]
    pub(crate) fn contains_with_head(
        &self,
        head: u64,
        bytes: &[u8],
        start: usize,
        end: usize,
    ) -> bool {
        let len = end.saturating_sub(start);
        if len == 0 || len > self.max_len || end > bytes.len() {
            return false;
        }
        self.probe(head, len, |word| {
            word.get(8..)
                .zip(bytes.get(start + 8..end))
                .is_some_and(|(w, t)| w.eq_ignore_ascii_case(t))
        })
    }

    /// Whether the word of `len` bytes (1 to 8) whose bytes, ASCII lower-cased and zero
    /// padded, make up the little-endian `head`, is one of the words: the look-up for a word
    /// whose bytes the caller has in a register already.
    #[inline]
    pub(crate) fn contains_head(&self, head: u64, len: usize) -> bool {
        len <= self.max_len && len <= 8 && self.probe(head, len, |_| false)
    }

    /// The probe for a word with head `head` and length `len`; `tail_equal` compares the
    /// bytes past the eighth with those of a stored word.
    #[inline(always)]
    fn probe(&self, head: u64, len: usize, tail_equal: impl Fn(&[u8]) -> bool) -> bool {
        let mut slot = self.slot_of(head, len);
        loop {
            let Some(s) = self.slots.get(slot) else {
                return false;
            };
            if s.len == 0 {
                return false;
            }
            if s.len as usize == len && s.head == head {
                if len <= 8 {
                    return true;
                }
                if self
                    .words
                    .get(s.word as usize)
                    .is_some_and(|w| tail_equal(w))
                {
                    return true;
                }
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

/// The first eight bytes of `bytes[start..end]` (zero padded), ASCII lower-cased, as a
/// little-endian word.
#[inline(always)]
fn head(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    let x = match bytes.get(start..start + 8) {
        Some(eight) => {
            let mut word = [0u8; 8];
            word.copy_from_slice(eight);
            let x = u64::from_le_bytes(word);
            if len >= 8 {
                x
            } else {
                x & ((1u64 << (8 * len)) - 1)
            }
        }
        None => {
            let mut word = [0u8; 8];
            let n = len.min(8);
            word[..n].copy_from_slice(&bytes[start..start + n]);
            u64::from_le_bytes(word)
        }
    };
    lower(x)
}

/// `x` with 0x20 added to its bytes in `A..=Z`: ASCII lower case, eight bytes at once.
#[inline(always)]
pub(crate) fn lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // On the low seven bits, adding `0x80 - lo` sets a byte's high bit iff it is >= lo,
    // without carrying into the next byte; bytes with their own high bit set (UTF-8) are left
    // alone.
    let low = x & !HIGH;
    let ge_a = low.wrapping_add(ONES * u64::from(0x80 - b'A'));
    let gt_z = low.wrapping_add(ONES * u64::from(0x7f - b'Z'));
    let upper = ge_a & !gt_z & !x & HIGH;
    x | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_lowers_ascii_only() {
        let table: [(&str, &str); 5] = [
            ("ABCDEFGHIJ", "abcdefgh"),
            ("Zé", "zé"),
            ("@[`{", "@[`{"),
            ("ÀB", "Àb"),
            ("x", "x"),
        ];
        for (text, want) in table {
            let b = text.as_bytes();
            let mut w = [0u8; 8];
            let n = want.len().min(8);
            w[..n].copy_from_slice(&want.as_bytes()[..n]);
            assert_eq!(head(b, 0, b.len()), u64::from_le_bytes(w), "{text}");
        }
    }

    #[test]
    fn looks_up_first_words() {
        let set = FirstWords::new(&[
            "de lidstaten",
            "EU-landen",
            "Dhr.",
            "Eurocommissaris",
            "één lidstaat",
            "(EBCG)",
        ]);
        let table = [
            ("de", true),
            ("De", true),
            ("DE", true),
            ("d", false),
            ("den", false),
            ("eu", true),
            ("EU", true),
            ("dhr", true),
            ("EUROCOMMISSARIS", true),
            ("eurocommissarissen", false),
            ("eurocommissarix", false),
            ("één", true),
            ("ÉÉN", false),
            ("ebcg", false),
            ("", false),
        ];
        for (word, want) in table {
            let text = format!("  {word}  ");
            let b = text.as_bytes();
            assert_eq!(set.contains(b, 2, 2 + word.len()), want, "{word}");
            assert_eq!(set.contains(word.as_bytes(), 0, word.len()), want, "{word}");
        }
    }
}
