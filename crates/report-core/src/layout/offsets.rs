//! The map from offsets in the repaired text back to offsets in the decoded source.

/// Sorted pieces `(repaired, source, len)`: `len` bytes of the repaired text from `repaired` on
/// are a verbatim copy of the source from `source` on.
///
/// One piece per copied line (about one per 70 bytes of text) is cheap, and it makes
/// [`OffsetMap::to_source`] a binary search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    /// The rewritten text, `out` (`None` when nothing was rewritten) and the rest of `text` from
    /// `copied` on, with the map that leads back into `text`.
    pub(crate) fn finish(
        mut self,
        text: &str,
        out: Option<String>,
        copied: usize,
    ) -> (std::borrow::Cow<'_, str>, Option<OffsetMap>) {
        match out {
            Some(mut out) => {
                self.push(out.len(), copied, text.len() - copied);
                out.push_str(&text[copied..]);
                (std::borrow::Cow::Owned(out), Some(self))
            }
            None => (std::borrow::Cow::Borrowed(text), None),
        }
    }

    /// An empty map with room for `pieces` pieces.
    pub(crate) fn with_capacity(pieces: usize) -> OffsetMap {
        OffsetMap {
            pieces: Vec::with_capacity(pieces),
        }
    }

    /// Records that `len` bytes at repaired offset `repaired` copy source offset `source`.
    pub(crate) fn push(&mut self, repaired: usize, source: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            // A piece that continues the previous copy extends it.
            if last.0 + last.2 == repaired && last.1 + last.2 == source {
                last.2 += len;
                return;
            }
        }
        self.pieces.push((repaired, source, len));
    }

    /// Writes `rows` (cells of words, each a slice of `text`) to `out` as a pipe table of
    /// `width` columns, its header rule after the first row, with each word mapped back to
    /// where it stands in `text`; without the line end after the last row, which is the
    /// text's own.
    pub(crate) fn push_pipe_table(
        &mut self,
        out: &mut String,
        text: &str,
        rows: &[Vec<Vec<&str>>],
        width: usize,
    ) {
        let base = text.as_ptr() as usize;
        for (r, row) in rows.iter().enumerate() {
            out.push('|');
            for cell in row {
                for word in cell {
                    out.push(' ');
                    self.push(out.len(), word.as_ptr() as usize - base, word.len());
                    out.push_str(word);
                }
                out.push_str(" |");
            }
            out.push('\n');
            if r == 0 {
                push_header_rule(out, width);
            }
        }
        out.pop();
    }

    /// Appends the pieces of `other`, a map of text that follows this one's at repaired offset
    /// `shift` (after a gap: no piece of it continues one of these).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn append_shifted(&mut self, other: &OffsetMap, shift: usize) {
        self.pieces.reserve_exact(other.pieces.len());
        self.pieces.extend(
            other
                .pieces
                .iter()
                .map(|&(repaired, source, len)| (repaired + shift, source, len)),
        );
    }

    /// The source offset of repaired offset `offset`.
    ///
    /// Offsets inside text that layout inserted (the space that joins two lines, the blank line
    /// between blocks) map to the end of the copied piece before them.
    pub fn to_source(&self, offset: usize) -> usize {
        let i = self.pieces.partition_point(|&(r, _, _)| r <= offset);
        match i.checked_sub(1).and_then(|i| self.pieces.get(i)) {
            Some(&(r, s, len)) => s + (offset - r).min(len),
            None => 0,
        }
    }

    /// This map followed by `inner`, a map from this map's source to an earlier text: each
    /// piece split where `inner`'s pieces split; what `inner` does not map (text its rewrite
    /// wrote) maps to the end of the piece before it.
    pub(crate) fn then(&self, inner: &OffsetMap) -> OffsetMap {
        let mut out = OffsetMap::with_capacity(self.pieces.len() + inner.pieces.len());
        for &(r, s, len) in &self.pieces {
            let end = s + len;
            // The first inner piece that ends after `s`; pieces come in source order.
            let k = inner.pieces.partition_point(|&(ir, _, il)| ir + il <= s);
            for &(ir, is, il) in &inner.pieces[k..] {
                if ir >= end {
                    break;
                }
                let a = s.max(ir);
                let b = end.min(ir + il);
                if a < b {
                    out.push(r + (a - s), is + (a - ir), b - a);
                }
            }
        }
        out
    }

    /// The pieces `(repaired, source, len)`, for tests and tools that need the whole map.
    pub fn pieces(&self) -> &[(usize, usize, usize)] {
        &self.pieces
    }
}

/// The rule under a pipe table's first row, for `width` columns: `|---|---|` and its line end.
pub(crate) fn push_header_rule(out: &mut String, width: usize) {
    out.push('|');
    for _ in 0..width {
        out.push_str("---|");
    }
    out.push('\n');
}
