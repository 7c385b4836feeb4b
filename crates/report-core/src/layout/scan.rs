//! Byte classes of 64-byte blocks as bit masks, for the passes that look at every byte.
//!
//! A loop that stops at every line end or word start pays a call or a mispredicted branch each
//! time (memchr's set-up cost more than the search on 60-byte lines); a mask of the bytes of
//! interest in a block is made without branches, and only its set bits are visited.

/// Whether any byte of `bytes` lies in range `a` or range `b` (inclusive), as [`ranges`] sees
/// them, a block at a time.
pub(crate) fn any_in_ranges(bytes: &[u8], a: (u8, u8), b: (u8, u8)) -> bool {
    let mut chunks = bytes.chunks_exact(64);
    for chunk in &mut chunks {
        let mut block = [0u8; 64];
        block.copy_from_slice(chunk);
        let (ma, mb) = ranges(&block, a, b);
        if ma | mb != 0 {
            return true;
        }
    }
    let within = |x: u8, (lo, hi): (u8, u8)| lo <= x && x <= hi;
    chunks
        .remainder()
        .iter()
        .any(|&x| within(x, a) || within(x, b))
}

/// Two byte ranges' masks for a 64-byte block: bit `i` of the first is set when
/// `lo.0 <= block[i] <= lo.1`, of the second when `hi.0 <= block[i] <= hi.1`.
///
/// On x86-64, SSE2 (which every x86-64 processor has) classifies sixteen bytes in a handful of
/// instructions; elsewhere (WebAssembly) eight bytes at a time in a `u64`.
pub(crate) fn ranges(block: &[u8; 64], a: (u8, u8), b: (u8, u8)) -> (u64, u64) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: `ranges_sse2` needs only SSE2, which this build's target has (the cfg above).
        unsafe { ranges_sse2(block, a, b) }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        ranges_swar(block, a, b)
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn ranges_sse2(block: &[u8; 64], a: (u8, u8), b: (u8, u8)) -> (u64, u64) {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_set1_epi8, _mm_sub_epi8,
    };
    // `lo <= v <= hi` as unsigned bytes: `v - lo <= hi - lo`, and `x <= m` is `min(x, m) == x`.
    #[target_feature(enable = "sse2")]
    fn within(x: __m128i, (lo, hi): (u8, u8)) -> u16 {
        let v = _mm_sub_epi8(x, _mm_set1_epi8(lo as i8));
        let max = _mm_set1_epi8(hi.wrapping_sub(lo) as i8);
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, max), v)) as u16
    }
    let (mut ma, mut mb) = (0u64, 0u64);
    for (g, group) in block.chunks_exact(16).enumerate() {
        let x = load16(group);
        ma |= u64::from(within(x, a)) << (16 * g);
        mb |= u64::from(within(x, b)) << (16 * g);
    }
    (ma, mb)
}

/// Sixteen bytes of `group` (at least that long) in one SSE2 register, without an unaligned
/// load's `unsafe`: two `u64` halves, which the compiler turns into one load.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
pub(crate) fn load16(group: &[u8]) -> std::arch::x86_64::__m128i {
    let mut lo = [0u8; 8];
    let mut hi = [0u8; 8];
    lo.copy_from_slice(&group[..8]);
    hi.copy_from_slice(&group[8..16]);
    std::arch::x86_64::_mm_set_epi64x(i64::from_le_bytes(hi), i64::from_le_bytes(lo))
}

/// [`ranges`] eight bytes at a time in a `u64` (SWAR), for targets without SSE2.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn ranges_swar(block: &[u8; 64], a: (u8, u8), b: (u8, u8)) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte of `x`: high bit set iff `lo <= byte <= hi`. On the low seven bits, adding
    // `0x80 - lo` sets a byte's high bit iff it is >= lo, adding `0x7f - hi` iff it is > hi,
    // and neither carries into the next byte; bytes >= 0x80 are handled by their own high bit.
    fn within(x: u64, (lo, hi): (u8, u8)) -> u8 {
        let low = x & !HIGH;
        let high_bytes = x & HIGH;
        let in_low = |lo: u8, hi: u8| {
            let ge = low.wrapping_add(ONES * u64::from(0x80 - lo));
            let gt = low.wrapping_add(ONES * u64::from(0x7f - hi));
            ge & !gt & HIGH
        };
        // Split the range at 0x80: ASCII bytes compare on their low bits, the others on the
        // low bits too once the high bit is known to be set.
        let mut m = 0u64;
        if lo < 0x80 {
            m |= in_low(lo, hi.min(0x7f)) & !high_bytes;
        }
        if hi >= 0x80 {
            m |= in_low(lo.max(0x80) - 0x80, hi - 0x80) & high_bytes;
        }
        // Gathers the eight high bits into the top byte.
        (m.wrapping_mul(0x0002_0408_1020_4081) >> 56) as u8
    }
    let (mut ma, mut mb) = (0u64, 0u64);
    for (g, group) in block.chunks_exact(8).enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(group);
        let x = u64::from_le_bytes(eight);
        ma |= u64::from(within(x, a)) << (8 * g);
        mb |= u64::from(within(x, b)) << (8 * g);
    }
    (ma, mb)
}

/// Blocks for the tests of the block scans: one of each byte value repeated, then `random`
/// blocks of pseudo-random bytes from `seed`.
#[cfg(test)]
pub(super) fn test_blocks(mut seed: u64, random: usize) -> Vec<[u8; 64]> {
    let mut blocks: Vec<[u8; 64]> = (0..=255u8).map(|b| [b; 64]).collect();
    for _ in 0..random {
        let mut block = [0u8; 64];
        for b in block.iter_mut() {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            *b = (seed >> 56) as u8;
        }
        blocks.push(block);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_agree_with_byte_comparisons() {
        let blocks = test_blocks(11, 300);
        let pairs = [
            ((b'\n', b'\r'), (b'0', b'9')),
            ((0, 0), (0xff, 0xff)),
            ((0x7f, 0x80), (0x80, 0xff)),
            ((0, 0x7f), (b'-', b'-')),
        ];
        for block in &blocks {
            for (a, b) in pairs {
                let want = block
                    .iter()
                    .any(|&x| (a.0..=a.1).contains(&x) || (b.0..=b.1).contains(&x));
                for cut in [0, 1, 17, 63, 64] {
                    let bytes = &block[..cut];
                    let want = bytes
                        .iter()
                        .any(|&x| (a.0..=a.1).contains(&x) || (b.0..=b.1).contains(&x));
                    assert_eq!(any_in_ranges(bytes, a, b), want, "{bytes:?}");
                }
                let twice = [&block[..], &block[..]].concat();
                assert_eq!(
                    any_in_ranges(&twice[5..], a, b),
                    want || twice[5..64]
                        .iter()
                        .any(|&x| (a.0..=a.1).contains(&x) || (b.0..=b.1).contains(&x))
                );
            }
        }
        for block in &blocks {
            for (a, b) in pairs {
                let want = |(lo, hi): (u8, u8)| {
                    block
                        .iter()
                        .enumerate()
                        .fold(0u64, |m, (i, &x)| m | (u64::from(lo <= x && x <= hi) << i))
                };
                assert_eq!(ranges(block, a, b), (want(a), want(b)), "{block:?}");
                assert_eq!(ranges_swar(block, a, b), (want(a), want(b)), "{block:?}");
            }
        }
    }
}
