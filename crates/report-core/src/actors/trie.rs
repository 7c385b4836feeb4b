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

#[derive(Clone, Copy, Debug)]
struct Node {
    /// First outgoing edge in `edge_bytes` / `edge_to`.
    first: u32,
    /// Number of outgoing edges.
    len: u32,
    /// The pattern that ends here, or [`NONE`].
    pattern: u32,
}

/// The compiled trie.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    /// Node reached from the root by each (lower-case) first byte; 0 for none.
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_to: Vec<u32>,
}

impl Trie {
    /// Builds the trie; patterns equal up to ASCII case keep the first one's index, as a
    /// leftmost-longest automaton reports the first of equal patterns.
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S]) -> Trie {
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut ends: Vec<u32> = vec![NONE];
        for (index, pattern) in patterns.iter().enumerate() {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            let bytes = pattern.as_ref().as_bytes();
            if bytes.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in bytes {
                let b = b.to_ascii_lowercase();
                let next = children[node].iter().find(|e| e.0 == b).map(|e| e.1);
                node = match next {
                    Some(n) => n as usize,
                    None => {
                        let n = children.len();
                        children.push(Vec::new());
                        ends.push(NONE);
                        children[node].push((b, n as u32));
                        n
                    }
                };
            }
            if ends[node] == NONE {
                ends[node] = index;
            }
        }
        let mut root = Box::new([0u32; 256]);
        for &(b, n) in &children[0] {
            root[usize::from(b)] = n;
            // The walk folds the text's bytes, so an upper-case first byte finds the same node.
            root[usize::from(b.to_ascii_uppercase())] = n;
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edge_bytes = Vec::new();
        let mut edge_to = Vec::new();
        for (kids, &pattern) in children.iter().zip(&ends) {
            nodes.push(Node {
                first: edge_bytes.len() as u32,
                len: kids.len() as u32,
                pattern,
            });
            for &(b, n) in kids {
                edge_bytes.push(b);
                edge_to.push(n);
            }
        }
        Trie {
            root,
            nodes,
            edge_bytes,
            edge_to,
        }
    }

    /// The longest pattern that `bytes[start..]` begins with (ASCII case ignored), as
    /// `(end, pattern index)`.
    #[inline]
    pub(crate) fn longest_at(&self, bytes: &[u8], start: usize) -> Option<(usize, usize)> {
        let first = *bytes.get(start)?;
        let mut node = self.root[usize::from(first)] as usize;
        if node == 0 {
            return None;
        }
        let mut i = start + 1;
        let mut found = None;
        loop {
            let n = self.nodes.get(node)?;
            if n.pattern != NONE {
                found = Some((i, n.pattern as usize));
            }
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let b = b.to_ascii_lowercase();
            let (first, len) = (n.first as usize, n.len as usize);
            let edges = self.edge_bytes.get(first..first + len)?;
            match edges.iter().position(|&e| e == b) {
                Some(k) => node = *self.edge_to.get(first + k)? as usize,
                None => break,
            }
            i += 1;
        }
        found
    }
}

/// ASCII letters and digits.
const ASCII_WORD: [bool; 256] = {
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
