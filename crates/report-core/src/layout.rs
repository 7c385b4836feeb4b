//! Text → repaired text and blocks. (A first cut: blank lines separate blocks, wrapped lines are
//! joined with a space.)

use crate::model::{Diagnostic, Span};

/// The repaired text, split into blocks.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// The repaired text: blocks separated by one blank line.
    pub text: String,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// Problems met.
    pub diagnostics: Vec<Diagnostic>,
}

/// A paragraph-like block of the repaired text.
#[derive(Clone, Debug)]
pub struct Block {
    /// Where the block stands in [`Layout::text`].
    pub span: Span,
    /// How many source lines it was made of.
    pub lines: usize,
}

/// Repairs the layout of `text`.
pub fn repair(text: &str) -> Layout {
    let mut layout = Layout::default();
    let mut current: Vec<&str> = Vec::new();
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    for line in normalized.split('\n').chain(std::iter::once("")) {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                if !layout.text.is_empty() {
                    layout.text.push_str("\n\n");
                }
                let start = layout.text.len();
                layout.text.push_str(&current.join(" "));
                layout.blocks.push(Block {
                    span: Span::new(start, layout.text.len()),
                    lines: current.len(),
                });
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    layout
}
