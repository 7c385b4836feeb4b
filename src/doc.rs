//! The view of a [`Report`] the components read: blocks of the repaired text, the flattened
//! sections with their parents, and every mention indexed by block. Built once per report in
//! linear passes, so that rendering never searches the text.

use report_core::{ActorKind, Report, Span};
use std::ops::Range;

/// The five kinds of actor, in the order the legend shows them.
pub const KINDS: [ActorKind; 5] = [
    ActorKind::Person,
    ActorKind::Country,
    ActorKind::Organization,
    ActorKind::Collective,
    ActorKind::Role,
];

/// The stable name of a kind, as used in `data-kind` and CSS classes.
pub fn kind_name(kind: ActorKind) -> &'static str {
    kind.name()
}

/// Position of a kind in [`KINDS`].
pub fn kind_index(kind: ActorKind) -> usize {
    KINDS.iter().position(|k| *k == kind).unwrap_or(0)
}

/// How a block is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// Lines that each start with a bullet or a list number.
    List,
    /// A section heading (the section's id); the heading may be followed by text.
    Heading(usize),
}

/// A block of the repaired text.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Where it stands in the text.
    pub span: Span,
    /// How it is shown.
    pub kind: BlockKind,
    /// The innermost section containing its start.
    pub section: Option<usize>,
    /// Its mentions: a range into [`Doc::marks`].
    pub marks: Range<usize>,
}

/// One mention, flattened out of its actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Where.
    pub span: Span,
    /// Index of the actor in `report.actors`.
    pub actor: usize,
    /// Index of the mention in the actor's list.
    pub index: usize,
}

/// A section with what the tree and the matrix need.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionInfo {
    /// Pre-order id.
    pub id: usize,
    /// Depth, 1 at the top.
    pub level: u32,
    /// Number as written.
    pub number: Option<String>,
    /// Title.
    pub title: String,
    /// Heading span.
    pub heading: Span,
    /// Whole range.
    pub range: Span,
    /// Parent id.
    pub parent: Option<usize>,
    /// Child ids.
    pub children: Vec<usize>,
    /// The block holding the heading.
    pub block: usize,
}

impl SectionInfo {
    /// "2. Title" or "Title".
    pub fn label(&self) -> String {
        match &self.number {
            Some(n) => format!("{n}. {}", self.title),
            None => self.title.clone(),
        }
    }
}

/// The report plus its indexes.
#[derive(Debug, PartialEq)]
pub struct Doc {
    /// The analysis.
    pub report: Report,
    /// Blocks in order.
    pub blocks: Vec<Block>,
    /// Sections in pre-order.
    pub sections: Vec<SectionInfo>,
    /// Every mention in text order, a nested one right after the mention it lies in; partial
    /// overlaps dropped.
    pub marks: Vec<Mark>,
    /// `counts[actor][section]`: mentions of the actor in the section and its subsections.
    pub counts: Vec<Vec<u32>>,
    /// Distinct actors per section (subsections included).
    pub actors_per_section: Vec<u32>,
    /// Which layout of blocks this is: the same number for a report and the same report with
    /// its actors added ([`Doc::with_actors`]), a new one for every other document, so that
    /// the reader keeps the heights it measured (and its place) when a big report's actors
    /// arrive. Never 0.
    pub layout: u64,
}

/// A number no other layout of this page has had.
fn new_layout() -> u64 {
    thread_local! {
        static LAST: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    LAST.with(|last| {
        last.set(last.get() + 1);
        last.get()
    })
}

fn split_blocks(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'\n' && bytes[i + 1] == b'\n' {
            if i > start {
                spans.push(Span::new(start, i));
            }
            let mut j = i;
            while j < bytes.len() && bytes[j] == b'\n' {
                j += 1;
            }
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < text.len() {
        let end = text.len() - text[start..].len() + text[start..].trim_end_matches('\n').len();
        if end > start {
            spans.push(Span::new(start, end));
        }
    }
    spans
}

/// Whether a line starts with a bullet (`-`, `•`, `*`, `–`) or a list number (`1)`, `a)`).
pub fn is_list_line(line: &str) -> bool {
    let line = line.trim_start();
    for bullet in ["- ", "• ", "* ", "– ", "· ", "o "] {
        if line.starts_with(bullet) {
            return true;
        }
    }
    // `1)`, `a)`, `12)`: one or two letters or digits, a parenthesis, a space (no allocation:
    // this runs for every line of a 10 MB report).
    let bytes = line.as_bytes();
    match bytes.iter().take(3).position(|&b| b == b')') {
        Some(pos) => {
            pos > 0
                && bytes[..pos].iter().all(u8::is_ascii_alphanumeric)
                && bytes.get(pos + 1) == Some(&b' ')
        }
        None => false,
    }
}

/// Whether every line of a block is a list line: `block.lines().all(is_list_line)`, without
/// finding the end of a line that does not start like one. Most blocks are paragraphs of
/// joined lines, so this looks at a few bytes of each instead of a pass over the whole text.
pub fn is_list_block(block: &str) -> bool {
    if block.is_empty() {
        return true;
    }
    let mut rest = block;
    loop {
        // The start of the line as `is_list_line` sees it: leading white space (within the
        // line) and at most four bytes more (`• ` is the longest prefix it tests).
        let indent = rest.len()
            - rest
                .trim_start_matches(|c: char| c != '\n' && c.is_whitespace())
                .len();
        let mut head = rest.len().min(indent + 4);
        while !rest.is_char_boundary(head) {
            head += 1;
        }
        let head = &rest[..head];
        let head = head.split('\n').next().unwrap_or(head);
        if !is_list_line(head) {
            return false;
        }
        match rest.find('\n') {
            Some(i) if i + 1 < rest.len() => rest = &rest[i + 1..],
            _ => return true,
        }
    }
}

/// The blocks and sections of a report: what does not depend on its actors.
fn layout(report: &Report) -> (Vec<Block>, Vec<SectionInfo>) {
    let text = &report.text;
    let spans = split_blocks(text);
    // Sections, flattened with parents.
    let mut sections: Vec<SectionInfo> = Vec::new();
    fn walk(nodes: &[report_core::Section], parent: Option<usize>, out: &mut Vec<SectionInfo>) {
        for node in nodes {
            let me = out.len();
            out.push(SectionInfo {
                id: node.id,
                level: node.level,
                number: node.number.clone(),
                title: node.title.clone(),
                heading: node.heading,
                range: node.range,
                parent,
                children: Vec::new(),
                block: 0,
            });
            if let Some(p) = parent {
                out[p].children.push(me);
            }
            walk(&node.children, Some(me), out);
        }
    }
    walk(&report.outline, None, &mut sections);

    // Blocks: heading, list or paragraph; innermost section.
    // Sections are sorted by heading start in pre-order, so one forward sweep finds both.
    let mut by_heading: Vec<usize> = (0..sections.len()).collect();
    by_heading.sort_by_key(|&i| sections[i].heading.start);
    let mut blocks = Vec::with_capacity(spans.len());
    let mut h = 0;
    let mut stack: Vec<usize> = Vec::new();
    for (b, span) in spans.iter().enumerate() {
        let mut heading = None;
        while h < by_heading.len() && sections[by_heading[h]].heading.start < span.end {
            let s = by_heading[h];
            if sections[s].heading.start >= span.start && heading.is_none() {
                heading = Some(s);
            }
            sections[s].block = b;
            h += 1;
        }
        // The innermost section whose range holds the block's start.
        while let Some(&top) = stack.last() {
            if sections[top].range.end <= span.start {
                stack.pop();
            } else {
                break;
            }
        }
        if let Some(s) = heading {
            // Inside a new section: the stack is its chain of ancestors.
            stack.clear();
            let mut p = Some(s);
            while let Some(id) = p {
                stack.push(id);
                p = sections[id].parent;
            }
            stack.reverse();
        }
        let kind = match heading {
            Some(s) => BlockKind::Heading(s),
            None if is_list_block(&text[span.start..span.end]) => BlockKind::List,
            None => BlockKind::Paragraph,
        };
        blocks.push(Block {
            span: *span,
            kind,
            section: stack.last().copied(),
            marks: 0..0,
        });
    }
    (blocks, sections)
}

/// Every mention of `report` in text order, a mention inside another after it, partial overlaps
/// dropped (the earlier, longer one wins): the part of
/// indexing a report that grows with its actors, done on its own so that the page can run it
/// in a task of its own ([`Doc::with_marks`]).
pub fn marks(report: &Report) -> Vec<Mark> {
    let text = &report.text;
    let mut marks: Vec<Mark> = Vec::new();
    for (a, actor) in report.actors.iter().enumerate() {
        for (m, mention) in actor.mentions.iter().enumerate() {
            if mention.range.end <= text.len()
                && mention.range.start < mention.range.end
                && text.is_char_boundary(mention.range.start)
                && text.is_char_boundary(mention.range.end)
            {
                marks.push(Mark {
                    span: mention.range,
                    actor: a,
                    index: m,
                });
            }
        }
    }
    marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    // The marks still open at each start, outermost first: a mark nests in the innermost or
    // stands after it; one that would cross its end cannot be drawn and is dropped.
    let mut open: Vec<usize> = Vec::new();
    marks.retain(|m| {
        while open.last().is_some_and(|&end| end <= m.span.start) {
            open.pop();
        }
        let keep = open.last().is_none_or(|&end| m.span.end <= end);
        if keep {
            open.push(m.span.end);
        }
        keep
    });
    marks
}

/// The marks nested in `marks[i]`: the range of those that follow it and start inside it.
pub fn nested_in(marks: &[Mark], i: usize) -> Range<usize> {
    let Some(outer) = marks.get(i) else {
        return 0..0;
    };
    let from = i + 1;
    let to = from + marks[from..].partition_point(|m| m.span.start < outer.span.end);
    from..to
}

impl Doc {
    /// Indexes a report.
    pub fn new(report: Report) -> Doc {
        let marks = marks(&report);
        Doc::with_layout(report, marks)
    }

    fn with_layout(report: Report, marks: Vec<Mark>) -> Doc {
        let (blocks, sections) = layout(&report);
        Doc::index(report, blocks, sections, new_layout(), marks)
    }

    /// Indexes `report`, the report of `structure` with its actors added: the blocks and
    /// sections are those of `structure` (a pass over megabytes of text saved when a big
    /// report's actors arrive), unless the two texts differ in length or outline.
    pub fn with_actors(structure: &Doc, report: Report) -> Doc {
        let marks = marks(&report);
        Doc::with_marks(structure, report, marks)
    }

    /// [`Doc::with_actors`] with the report's [`marks`] found already.
    pub fn with_marks(structure: &Doc, report: Report, marks: Vec<Mark>) -> Doc {
        if structure.report.text.len() != report.text.len()
            || structure.report.outline != report.outline
        {
            return Doc::with_layout(report, marks);
        }
        let mut blocks = structure.blocks.clone();
        for b in &mut blocks {
            b.marks = 0..0;
        }
        Doc::index(
            report,
            blocks,
            structure.sections.clone(),
            structure.layout,
            marks,
        )
    }

    /// Adds the mentions to the blocks and sections of `report`.
    fn index(
        report: Report,
        mut blocks: Vec<Block>,
        sections: Vec<SectionInfo>,
        layout: u64,
        marks: Vec<Mark>,
    ) -> Doc {
        let mut m = 0;
        for block in &mut blocks {
            let mstart = m;
            while m < marks.len() && marks[m].span.start < block.span.end {
                m += 1;
            }
            block.marks = mstart..m;
        }

        // Mention counts per actor and section, rolled up to the ancestors.
        let n = sections.len();
        let mut counts = vec![vec![0u32; n]; report.actors.len()];
        for (a, actor) in report.actors.iter().enumerate() {
            for mention in &actor.mentions {
                let mut s = mention.section.filter(|s| *s < n);
                while let Some(id) = s {
                    counts[a][id] += 1;
                    s = sections[id].parent;
                }
            }
        }
        let actors_per_section = (0..n)
            .map(|s| counts.iter().filter(|row| row[s] > 0).count() as u32)
            .collect();
        Doc {
            report,
            blocks,
            sections,
            marks,
            counts,
            actors_per_section,
            layout,
        }
    }

    /// The block that holds byte `offset`.
    pub fn block_at(&self, offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.span.end <= offset)
            .min(self.blocks.len().saturating_sub(1))
    }

    /// The text of a span (empty when out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.report.slice(span)
    }
}

/// A piece of a block: plain text, or one mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Where.
    pub span: Span,
    /// Index into [`Doc::marks`] when the piece is a mention.
    pub mark: Option<usize>,
}

/// Cuts `span` into plain text and mentions, using `marks[range]` (sorted, non-overlapping).
pub fn segments(span: Span, marks: &[Mark], range: Range<usize>) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut pos = span.start;
    for i in range {
        let Some(mark) = marks.get(i) else { break };
        if mark.span.end <= span.start || mark.span.start >= span.end {
            continue;
        }
        let start = mark.span.start.max(pos);
        let end = mark.span.end.min(span.end);
        if start >= end {
            continue;
        }
        if start > pos {
            out.push(Segment {
                span: Span::new(pos, start),
                mark: None,
            });
        }
        out.push(Segment {
            span: Span::new(start, end),
            mark: Some(i),
        });
        pos = end;
    }
    if pos < span.end {
        out.push(Segment {
            span: Span::new(pos, span.end),
            mark: None,
        });
    }
    out
}

/// A shared [`Doc`] that compares by identity, so that props never compare megabytes of text.
#[derive(Clone, Debug)]
pub struct DocRc(pub std::rc::Rc<Doc>);

impl PartialEq for DocRc {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DocRc {
    type Target = Doc;
    fn deref(&self) -> &Doc {
        &self.0
    }
}

impl DocRc {
    /// Indexes a report and shares it.
    pub fn new(report: Report) -> DocRc {
        DocRc(std::rc::Rc::new(Doc::new(report)))
    }

    /// [`Doc::with_actors`], shared.
    pub fn with_actors(structure: &DocRc, report: Report) -> DocRc {
        DocRc(std::rc::Rc::new(Doc::with_actors(structure, report)))
    }

    /// [`Doc::with_marks`], shared.
    pub fn with_marks(structure: &DocRc, report: Report, marks: Vec<Mark>) -> DocRc {
        DocRc(std::rc::Rc::new(Doc::with_marks(structure, report, marks)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference `is_list_block` must agree with: every line a list line.
    fn reference(block: &str) -> bool {
        block.lines().all(is_list_line)
    }

    #[test]
    fn list_blocks_agree_with_the_line_by_line_reference() {
        let table = [
            "- een\n- twee",
            "- een\nparagraaf",
            "1) eerste\n2) tweede\n",
            "a) x\r\nb) y",
            "• punt\n  – sub",
            "  \n- x",
            "\r\n- x",
            "  \r- x",
            "12) twaalf",
            "123) te lang",
            "1)\r\n2) x",
            "- \r\n- ",
            "Een gewone alinea die niet met een opsomming begint.",
            "·",
            "o zo",
            "ø) noors",
            "é) x\n",
            "-",
            "",
        ];
        for block in table {
            assert_eq!(is_list_block(block), reference(block), "{block:?}");
        }
        // Random blocks over the characters that matter: bullets, digits, letters, white
        // space (`\r`, a no-break space) and multi-byte letters.
        let alphabet = [
            "-", " ", "\n", "\r", "1", "2", "a", ")", "•", "–", "·", "*", "o", "é", "\u{a0}", "x",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            let mut block = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 12) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                block.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            assert_eq!(is_list_block(&block), reference(&block), "{block:?}");
        }
    }

    fn report(text: &str) -> Report {
        Report {
            text: text.to_string(),
            ..Default::default()
        }
    }

    #[test]
    fn marks_are_in_text_order_nested_or_apart() {
        let mention = |start, end| report_core::Mention {
            range: Span::new(start, end),
            section: None,
        };
        let actor = |id: &str, mentions| report_core::Actor {
            id: id.into(),
            name: id.into(),
            kind: ActorKind::Country,
            role: None,
            aliases: Vec::new(),
            affiliation: None,
            mentions,
        };
        let mut r = report("Raad van de Europese Unie en de lidstaten");
        r.actors = vec![
            actor("a", vec![mention(8, 26), mention(32, 41)]),
            // Its first holds a's first, which nests; a's second starts inside its second and
            // ends past it, so the earlier start wins; its third ends past the text.
            actor("b", vec![mention(0, 26), mention(30, 34), mention(40, 99)]),
        ];
        let all = marks(&r);
        let found: Vec<(usize, usize, usize)> = all
            .iter()
            .map(|m| (m.span.start, m.actor, m.index))
            .collect();
        assert_eq!(found, vec![(0, 1, 0), (8, 0, 0), (30, 1, 1)]);
        assert_eq!(nested_in(&all, 0), 1..2);
        assert_eq!(nested_in(&all, 1), 2..2);
        assert_eq!(nested_in(&all, 2), 3..3);
    }

    #[test]
    fn the_actors_of_a_structure_reuse_its_blocks() {
        let text = "Eerste alinea over Frankrijk.\n\n- Spanje\n- Italië\n\nSlot.";
        let structure = Doc::new(report(text));
        let mut full = report(text);
        full.actors = vec![report_core::Actor {
            id: "fr".into(),
            name: "Frankrijk".into(),
            kind: ActorKind::Country,
            role: None,
            aliases: Vec::new(),
            affiliation: None,
            mentions: vec![report_core::Mention {
                range: Span::new(19, 28),
                section: None,
            }],
        }];
        let reused = Doc::with_actors(&structure, full.clone());
        assert_eq!(
            reused.layout, structure.layout,
            "the reader keeps its heights"
        );
        let fresh = Doc::new(full);
        assert_ne!(fresh.layout, structure.layout);
        assert_eq!(
            reused,
            Doc {
                layout: reused.layout,
                ..fresh
            }
        );
        assert_eq!(reused.blocks[1].kind, BlockKind::List);
        assert_eq!(reused.blocks[0].marks, 0..1);
        let marks = marks(&reused.report);
        assert_eq!(
            Doc::with_marks(&structure, reused.report.clone(), marks),
            reused
        );
        // Another text: indexed from scratch.
        let other = Doc::with_actors(&structure, report("Iets anders."));
        assert_eq!(other.blocks.len(), 1);
        assert_ne!(other.layout, structure.layout);
    }
}
