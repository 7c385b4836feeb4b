//! A bit per byte of a text saying whether it belongs to a word character, so that the scans
//! that visit every word start (the gazetteer's and the verbs') find word starts and ends with a
//! `trailing_zeros` per 64 bytes instead of decoding the text character by character.
//!
//! Word characters are letters and digits ([`char::is_alphanumeric`], as
//! [`super::gazetteer::is_word_char`]); all bytes of a multi-byte character share its bit. The map
//! costs one bit per byte of text and is built in one pass that looks at eight ASCII bytes at
//! once; only non-ASCII characters are decoded.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Which bytes of a text belong to word characters: the scans' former word finder, kept as
/// the reference the tests hold the byte-level scans to.
#[cfg(test)]
#[derive(Clone, Debug, Default)]
pub(crate) struct WordMap {
    /// Bit `i % 64` of `bits[i / 64]` is set when byte `i` is part of a word character.
    bits: Vec<u64>,
    /// Length of the text.
    len: usize,
}

#[cfg(test)]
impl WordMap {
    /// Maps `text`.
    pub(crate) fn new(text: &str) -> WordMap {
        let bytes = text.as_bytes();
        let mut bits = Vec::with_capacity(bytes.len().div_ceil(64));
        let mut carry = Carry::default();
        let mut chunks = bytes.chunks_exact(64);
        for chunk in &mut chunks {
            // A fixed-size copy lets the compiler unroll the eight groups.
            let mut block = [0u8; 64];
            block.copy_from_slice(chunk);
            bits.push(carry.chunk_mask(text, bits.len() * 64, &block));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // Zero padding is not a word byte.
            let mut block = [0u8; 64];
            block[..rest.len()].copy_from_slice(rest);
            bits.push(carry.chunk_mask(text, bits.len() * 64, &block));
        }
        WordMap {
            bits,
            len: bytes.len(),
        }
    }

    /// Whether byte `i` is part of a word character; `false` past the end.
    #[cfg(test)]
    #[inline]
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.bits
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// The first word byte at or after `i`: the next word start, when the byte before `i` is
    /// not a word byte (as `trie::next_word_start` requires of its callers).
    #[inline]
    pub(crate) fn next_word_start(&self, i: usize) -> Option<usize> {
        let mut w = i / 64;
        let mut word = self.bits.get(w)? & (u64::MAX << (i % 64));
        while word == 0 {
            w += 1;
            word = *self.bits.get(w)?;
        }
        Some(w * 64 + word.trailing_zeros() as usize)
    }

    /// The first byte at or after `i` that is not a word byte (or the end of the text): the
    /// end of the word that `i` is in.
    #[inline]
    pub(crate) fn word_end(&self, i: usize) -> usize {
        let mut w = i / 64;
        let Some(&first) = self.bits.get(w) else {
            return i.max(self.len);
        };
        let mut gaps = !first & (u64::MAX << (i % 64));
        while gaps == 0 {
            w += 1;
            match self.bits.get(w) {
                Some(&word) => gaps = !word,
                None => return self.len,
            }
        }
        (w * 64 + gaps.trailing_zeros() as usize).min(self.len)
    }

    /// Where to look for the next word start after a match that ends at `end`: right there if
    /// the match ended in a non-word character (`Dhr.`), else after the rest of the word.
    #[cfg(test)]
    #[inline]
    pub(crate) fn resume_after(&self, end: usize) -> usize {
        if end > 0 && self.is_word(end - 1) {
            self.word_end(end)
        } else {
            end
        }
    }

    /// Whether `start..end` (character boundaries) begins and ends at word boundaries, as
    /// [`super::at_word_boundary`] says.
    #[cfg(test)]
    #[inline]
    pub(crate) fn at_word_boundary(&self, start: usize, end: usize) -> bool {
        let before = start > 0 && self.is_word(start - 1);
        let last = end > 0 && self.is_word(end - 1);
        let left_ok = !self.is_word(start) || !before;
        let right_ok = !last || !self.is_word(end);
        left_ok && right_ok
    }
}

/// A multi-byte character that began in an earlier group of eight bytes.
#[cfg(test)]
#[derive(Default)]
struct Carry {
    /// Where it ends.
    until: usize,
    /// Whether it is a word character.
    word: bool,
}

#[cfg(test)]
impl Carry {
    /// The word bits of the 64 bytes of `block`, which starts at byte `base` of `text` (zero
    /// padding past its end).
    #[inline(always)]
    fn chunk_mask(&mut self, text: &str, base: usize, block: &[u8; 64]) -> u64 {
        let mut mask = 0u64;
        for (g, group) in block.chunks_exact(8).enumerate() {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(group);
            let x = u64::from_le_bytes(eight);
            let start = base + 8 * g;
            let m = if x & HIGH == 0 && self.until <= start {
                ascii_word_mask(x)
            } else {
                self.group_mask(text, start, &eight)
            };
            mask |= u64::from(m) << (8 * g);
        }
        mask
    }

    /// The word bits of a group that holds non-ASCII bytes: its characters are decoded.
    #[inline(never)]
    fn group_mask(&mut self, text: &str, start: usize, group: &[u8; 8]) -> u8 {
        let mut mask = 0u8;
        for (k, &b) in group.iter().enumerate() {
            let i = start + k;
            let word = if i < self.until {
                self.word
            } else if b < 0x80 {
                b.is_ascii_alphanumeric()
            } else {
                let (len, word) = char_class(text, i);
                self.until = i + len;
                self.word = word;
                word
            };
            mask |= u8::from(word) << k;
        }
        mask
    }
}

/// The length of the non-ASCII character that starts at byte `i` of `text` and whether it is a
/// word character. The accented letters of Dutch and the quotes and dashes of General
/// Punctuation, which make up nearly all non-ASCII text in reports, are told apart by their
/// first two bytes; only the rest is decoded and looked up in the Unicode tables.
#[inline]
pub(super) fn char_class(text: &str, i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    match (bytes.get(i), bytes.get(i + 1)) {
        // U+00C0..=U+00FF: letters, except × (U+00D7) and ÷ (U+00F7).
        (Some(0xC3), Some(&second)) => (2, second != 0x97 && second != 0xB7),
        // U+2000..=U+203F: spaces, dashes, quotes, bullets; no letters.
        (Some(0xE2), Some(0x80)) => (3, false),
        _ => {
            let c = text.get(i..).and_then(|rest| rest.chars().next());
            (
                c.map_or(1, char::len_utf8),
                c.is_some_and(char::is_alphanumeric),
            )
        }
    }
}

/// Whether the character that ends at byte `end` (a character boundary) is a word character;
/// `false` at the start of the text.
#[inline]
pub(super) fn word_before(text: &str, end: usize) -> bool {
    match end.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(..end)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether the character at byte `i` (a character boundary) is a word character; `false` at
/// the end of the text.
#[inline]
pub(super) fn word_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_class(text, i).1,
    }
}

/// The end of the run of word characters that starts at byte `i` (a character boundary), as
/// `trie::word_end` finds it, but eight bytes at a time while they are ASCII or until the
/// first non-ASCII byte, which is decoded.
#[inline]
pub(super) fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        if let Some(eight) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(eight);
            let x = u64::from_le_bytes(word);
            let high = gather_high(x & HIGH);
            let words = ascii_word_mask(x & !HIGH) & !high;
            let stops = !words & !high;
            // The first byte that is neither an ASCII word byte nor non-ASCII.
            let stop = stops.trailing_zeros();
            if stop < high.trailing_zeros() {
                return i + stop as usize;
            }
            if high == 0 {
                i += 8;
                continue;
            }
            // Word bytes up to the first non-ASCII character, which is looked at below.
            i += high.trailing_zeros() as usize;
        }
        match bytes.get(i) {
            None => return i,
            Some(&b) if b < 0x80 => {
                if !b.is_ascii_alphanumeric() {
                    return i;
                }
                i += 1;
            }
            Some(_) => {
                let (len, word) = char_class(text, i);
                if !word {
                    return i;
                }
                i += len;
            }
        }
    }
}

/// The eight bytes at `start` as a little-endian word and a bit per word byte, if there are
/// eight and all are ASCII: then one word and often the next word start are read off them.
#[inline(always)]
pub(super) fn ascii_eight(bytes: &[u8], start: usize) -> Option<(u64, u8)> {
    let eight = bytes.get(start..start + 8)?;
    let mut word = [0u8; 8];
    word.copy_from_slice(eight);
    let x = u64::from_le_bytes(word);
    (x & HIGH == 0).then(|| (x, ascii_word_mask(x)))
}

/// The high bits of the bytes of `x` (only high bits set) gathered into one byte, bit `k` for
/// byte `k`.
#[inline(always)]
fn gather_high(x: u64) -> u8 {
    (x.wrapping_mul(0x0002_0408_1020_4081) >> 56) as u8
}

/// For eight ASCII bytes (SWAR), a bit per byte that is a letter or a digit, bit `k` for byte
/// `k` of the little-endian word.
#[inline(always)]
fn ascii_word_mask(x: u64) -> u8 {
    // On 7-bit values, adding `0x80 - lo` sets a byte's high bit iff it is >= lo, and adding
    // `0x7f - hi` iff it is > hi; neither carries into the next byte.
    let ge = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt = |v: u64, hi: u8| v.wrapping_add(ONES * u64::from(0x7f - hi));
    let folded = x | (ONES * 0x20);
    let letter = ge(folded, b'a') & !gt(folded, b'z');
    let digit = ge(x, b'0') & !gt(x, b'9');
    // Gather the eight high bits into one byte.
    gather_high((letter | digit) & HIGH)
}

#[cfg(test)]
mod tests {
    use super::super::trie::{next_word_start, resume_after, word_end};
    use super::super::{at_word_boundary, gazetteer::is_word_char};
    use super::*;

    fn texts() -> Vec<String> {
        let mut texts: Vec<String> = [
            "",
            "a",
            "«EU-landen», Ørsted 3x é.",
            "Dhr. Álvarez Ortega (LIBE) zei: 12-07-2022; collega’s Oekraïne",
            "ÀÁÂ ½ ² ٣ 中文 — 𝔘𝔫𝔦 x\u{a0}y\u{ad}z",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Characters across every group and word boundary.
        for shift in 0..70 {
            texts.push(format!("{}é x-y Ø 中 z", " ".repeat(shift)).repeat(3));
        }
        let mut seed = 11u64;
        for _ in 0..40 {
            let mut s = String::new();
            for _ in 0..200 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(
                    ['a', 'Z', '-', ' ', '9', 'ë', '\n', '.', '’', '中', '½']
                        [(seed >> 59) as usize % 11],
                );
            }
            texts.push(s);
        }
        texts
    }

    #[test]
    fn swar_agrees_with_the_ascii_table() {
        for b in 0..0x80u8 {
            let mask = ascii_word_mask(u64::from_le_bytes([b; 8]));
            let want = if b.is_ascii_alphanumeric() { 0xff } else { 0 };
            assert_eq!(mask, want, "{b}");
        }
    }

    #[test]
    fn shortcut_classes_agree_with_unicode() {
        for c in ('\u{80}'..='\u{2FF}').chain('\u{2000}'..='\u{207F}') {
            let s = c.to_string();
            assert_eq!(
                char_class(&s, 0),
                (c.len_utf8(), c.is_alphanumeric()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn agrees_with_the_character_functions() {
        for text in texts() {
            let map = WordMap::new(&text);
            for (i, c) in text.char_indices() {
                for k in i..i + c.len_utf8() {
                    assert_eq!(map.is_word(k), is_word_char(c), "{text:?} {k}");
                }
            }
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            for &i in &boundaries {
                let before_is_word = text[..i].chars().next_back().is_some_and(is_word_char);
                if !before_is_word {
                    assert_eq!(
                        map.next_word_start(i),
                        next_word_start(&text, i),
                        "{text:?} {i}"
                    );
                }
                assert_eq!(map.word_end(i), word_end(&text, i), "{text:?} {i}");
                assert_eq!(
                    super::word_end(&text, i),
                    word_end(&text, i),
                    "{text:?} {i}"
                );
                assert_eq!(super::word_at(&text, i), map.is_word(i), "{text:?} {i}");
                assert_eq!(
                    super::word_before(&text, i),
                    i > 0 && map.is_word(i - 1),
                    "{text:?} {i}"
                );
                assert_eq!(map.resume_after(i), resume_after(&text, i), "{text:?} {i}");
                for &j in boundaries.iter().filter(|&&j| j >= i).take(6) {
                    assert_eq!(
                        map.at_word_boundary(i, j),
                        at_word_boundary(&text, i, j),
                        "{text:?} {i}..{j}"
                    );
                }
            }
        }
    }
}
