//! One small hasher for the actor passes' own tables (word lexicon, an actor's spellings): FxHash's
//! rotate-xor-multiply over eight bytes at a time. The keys come from fixed data or from one
//! document, so SipHash's defence against chosen collisions buys nothing, and it cost more than
//! copying a mention's text.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash over eight bytes at a time.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

/// Builds [`FxHasher`]s for a `HashMap` or `HashSet`.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(word) ^ rest.len() as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
