//! Text → repaired text and blocks.
//!
//! Text extracted from PDFs is wrapped at the page width, hyphenated at line ends, interrupted by
//! running headers, footers and page numbers, and often has no blank line before a heading. This
//! stage undoes that in four linear passes over the lines:
//!
//! 1. split the text into lines (any of `\n`, `\r\n`, `\r`, vertical tab; a form feed also starts
//!    a new page), trimming each;
//! 2. mark page furniture ([`furniture`]);
//! 3. learn which spellings of the hyphenated line ends the document uses ([`hyphen`]);
//! 4. group lines into blocks and copy them into the repaired text, recording where each copied
//!    piece came from ([`OffsetMap`]).
//!
//! Big texts (natively) take passes 1, 3 and 4 in two halves on two threads; what is
//! document-wide (the furniture, the wrap width, the hyphenated line ends whose spellings are
//! looked for) is decided between them, over all the lines, so the halves give what one pass
//! gives (tests hold them to it).
//!
//! Blocks are separated by one blank line (`"\n\n"`) in the repaired text; the lines of a block
//! are joined by one space, or by nothing where a hyphenation was undone.
//!
//! # Where a block ends
//!
//! pdftotext often leaves no blank line between paragraphs or before a heading, so a new block
//! also starts, without one, when:
//!
//! - a line opens with a heading or list marker ([`cue`]) and the previous line ended a sentence
//!   or stopped short of the wrap width (the 90th percentile of line lengths) — a number after
//!   "artikel" at a line start is not a heading;
//! - the previous line ended a sentence and this one starts with a capital and is indented
//!   deeper (pdftotext's first-line indent: the stray space before "Tijdens de lunch" in the
//!   shared fixture) or the previous line is short; an indented line after a line that ends
//!   mid-sentence ("… via ⏎ EMPACT en …") is only a wrapped line;
//! - a letter's closing ("De Minister van …,") ends: one name line may follow, anything else
//!   (the report's title) is a new block;
//! - a heading is over: it goes on only over a hyphen, a trailing function word ("van", "in",
//!   "the"), or a lower-case continuation of a long line, and never past three lines;
//! - in text without any blank lines (a mail, `pdftotext` without `-layout`, a copy out of a
//!   word processor): a heading-shaped line after a sentence or between a heading and a
//!   paragraph, when it stops short of the wrap width or the next line's first word would have
//!   fit on it with a tenth to spare, or when a short label follows it; a chapter or part
//!   numbered without a dot ("1 Raad Buitenlandse Zaken", "II Antwoord …"); a short numbered
//!   heading under any line; a number alone with its dot ("I." over "UKRAINE"); a letter's
//!   addressee, salutation, the line after its place and date, a signature of role and name on
//!   one line, a name under a valediction with a role under it, and the report title after the
//!   closing.
//!
//! A page break joins the lines around it unless the first ended a sentence or stopped well
//! short of the wrap width, so a sentence or a hyphenated word split by a page (and its running
//! header) comes out whole.

mod columns;
mod cue;
mod entity;
pub(crate) mod furniture;
mod grid_table;
mod html_table;
mod hyphen;
mod offsets;
mod pandoc_table;
pub(crate) mod scan;

pub(crate) use cue::{
    cue, is_question_label, time_slot, without_agenda_marks, without_trailing_mark, Cue, Scheme,
};
pub(crate) use furniture::is_page_number;
pub use offsets::OffsetMap;

use crate::model::{Diagnostic, Severity, Span};
use hyphen::{Candidate, Vocabulary};
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already hashes (FNV of a line or a word): SipHash on top of them
/// cost a third of the layout pass.
#[derive(Default)]
pub(crate) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Maps and sets keyed by a precomputed hash.
pub(crate) type PrehashedState = BuildHasherDefault<Prehashed>;

/// The repaired text, split into blocks.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// The repaired text: blocks separated by one blank line.
    pub text: String,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// Problems met.
    pub diagnostics: Vec<Diagnostic>,
    /// Maps offsets in [`Layout::text`] back to offsets in the text given to [`repair`]; in a
    /// text holding an HTML table that opens a line, to the text with each such table written
    /// as a pipe table (see `html_table`), which is what the layout reads.
    pub offsets: OffsetMap,
    /// Number of pages seen (form feeds, or inferred from running headers); 1 for plain text.
    pub pages: usize,
    /// The distinct running headers and footers that were removed, at most 16.
    pub furniture: Vec<String>,
    /// The `title:` of a YAML front matter that was set aside: the author's own title.
    pub front_title: Option<String>,
    /// The `date:` of that front matter, when it is an ISO date (`2031-06-15`, a time after
    /// it left out): the day the author dated the document.
    pub front_date: Option<String>,
    /// Whether the text writes Markdown (a front matter, `#` headings), as the layout read it.
    pub markdown: bool,
}

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// An item of a bulleted, numbered or lettered list.
    ListItem,
    /// A line that looks like a heading; the outline decides whether it is a section.
    Heading,
    /// The closing of a letter: a signatory's role ("De Minister van …,"), a valediction, and
    /// possibly a name line.
    Closing,
}

/// A paragraph-like block of the repaired text.
#[derive(Clone, Debug)]
pub struct Block {
    /// Where the block stands in [`Layout::text`].
    pub span: Span,
    /// How many source lines it was made of.
    pub lines: usize,
    /// What the block is.
    pub kind: BlockKind,
    /// Page of its first line, from 0.
    pub page: usize,
}

/// One source line, trimmed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    /// Content start (after leading white space).
    start: usize,
    /// Content end (before trailing white space).
    end: usize,
    /// Leading white space in bytes.
    indent: usize,
    page: usize,
    /// The line holds a digit: only such lines can be running headers without form feeds.
    digit: bool,
    furniture: bool,
    /// A page break or removed furniture precedes this line.
    break_before: bool,
    /// Inside a Markdown code fence: shown as written, never a heading or a list item.
    literal: bool,
    /// The width its column was wrapped at, for a line of a column (see [`columns`]); 0 for
    /// the document's.
    wrap: u16,
    /// The line ended on a Markdown hard line break (`<br>`, a backslash), left out of it: the
    /// author broke the line there, so the next line starts a block.
    hard_break: bool,
    /// The line ended on two spaces or more: in Markdown, a hard line break too (see
    /// [`SPACES_BREAK_MAX`]).
    spaces_break: bool,
}

/// The longest line whose two trailing spaces break it in Markdown: a dateline, a name or a
/// role over the next (`Den Haag, 26 maart 2026␣␣` ⏎ `Kenmerk: …`), as Google Docs and other
/// editors write a line break. A longer line is more likely a paragraph's, wrapped with spaces
/// an editor left behind, and joins the next as before.
const SPACES_BREAK_MAX: usize = 60;

impl Line {
    /// The line `start..end` of `text` (its line end excluded), with its white space measured.
    fn new(text: &str, start: usize, end: usize, page: usize, digit: bool) -> Line {
        let (indent, content) = trim(&text[start..end]);
        // The last byte first: most lines end on a letter or a stop.
        let (content, hard_break) = match content.as_bytes().last() {
            Some(b'>' | b'\\') => match without_hard_break(content) {
                Some(kept) => (kept, true),
                None => (content, false),
            },
            _ => (content, false),
        };
        let raw = &text.as_bytes()[start..end];
        let spaces_break = !hard_break
            && content.len() <= SPACES_BREAK_MAX
            && !content.is_empty()
            && raw.ends_with(b"  ");
        Line {
            start: start + indent,
            end: start + indent + content.len(),
            indent,
            page,
            digit,
            furniture: false,
            break_before: false,
            literal: false,
            wrap: 0,
            hard_break,
            spaces_break,
        }
    }

    fn blank(&self) -> bool {
        self.start == self.end
    }
}

/// `line` without the Markdown hard line break it ends on (`Lisbon, 12 June 2026<br>`,
/// `**Name**\` as pandoc writes it), trimmed; `None` if it ends on none or is nothing else.
fn without_hard_break(line: &str) -> Option<&str> {
    let kept = ["<br>", "<br/>", "<br />", "<BR>", "\\"]
        .iter()
        .find_map(|mark| line.strip_suffix(mark))?;
    // `a\\` is an escaped backslash, not a break.
    if kept.ends_with('\\') {
        return None;
    }
    let kept = kept.trim_end();
    (!kept.is_empty()).then_some(kept)
}

/// A heading without the attributes pandoc sets after it (`Governance {#sec-governance}`,
/// `Foreword {#foreword .unnumbered}`, `Annexes {-}`): markup, no part of the title.
pub(crate) fn without_attributes(heading: &str) -> &str {
    let Some(inner) = heading.strip_suffix('}') else {
        return heading;
    };
    let Some(open) = inner.rfind('{') else {
        return heading;
    };
    let attributes = &inner[open + 1..];
    let head = inner[..open].trim_end();
    let markup = attributes == "-"
        || attributes.split_whitespace().next().is_some_and(|first| {
            first.len() > 1 && (first.starts_with(['#', '.']) || first.contains('='))
        });
    if markup && !head.is_empty() && head.len() < open {
        head
    } else {
        heading
    }
}

/// A line of Markdown markup that holds no text: a table-of-contents marker that a wiki or a
/// static-site generator replaces by the contents (`[TOC]`, `[[_TOC_]]`, `{:toc}`), or the
/// label of a GitHub alert (`> [!NOTE]`). Left in, `[TOC]` was read as the report's title.
fn is_markup_line(s: &str) -> bool {
    let t = s.trim_end();
    let unquoted = t.strip_prefix('>').map_or(t, str::trim_start);
    if let Some(label) = unquoted
        .strip_prefix("[!")
        .and_then(|r| r.strip_suffix(']'))
    {
        return (2..=9).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_uppercase());
    }
    // An Obsidian callout's opening line (`> [!warning]- Backlog`, `> [!quote] Minister`):
    // its kind, whether it folds, and a short title over the text in the lines under it.
    if let Some((kind, title)) = unquoted.strip_prefix("[!").and_then(|r| r.split_once(']')) {
        let title = title.trim_start_matches(['-', '+']).trim();
        return (2..=12).contains(&kind.len())
            && kind.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
            && title.split_whitespace().count() <= 10
            && !title.ends_with(['.', ':', ';', ',']);
    }
    // A site generator's tag alone on its line: a Hugo shortcode (`{{< figure src="…" >}}`,
    // `{{% notice info %}}`, `{{< /alert >}}`) or a Jekyll or Liquid tag (`{% include … %}`).
    if let Some(close) = [("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}")]
        .iter()
        .find_map(|(open, close)| t.starts_with(open).then_some(close))
    {
        return t.ends_with(close);
    }
    // A notebook's picture of a cell's output alone on its line, named by its file's type
    // (`![png](report_files/report_7_1.png)`).
    if let Some((label, address)) = t
        .strip_prefix("![")
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| r.split_once("]("))
    {
        return !label.is_empty()
            && !address.contains([' ', '('])
            && address
                .rsplit('.')
                .next()
                .is_some_and(|ext| ext.eq_ignore_ascii_case(label));
    }
    // An embedded note or picture (`![[chart-2025.png]]`) alone on its line.
    if t.starts_with("![[") && t.ends_with("]]") && !t[3..t.len() - 2].contains("]]") {
        return true;
    }
    // A line of Obsidian tags (`#jaarverslag #nvwa #2025`): no heading, as no space follows
    // its hashes; at least one tag opens with a small letter and none with a capital (a
    // heading written without its space, `#Inleiding`, is left to be one).
    if t.starts_with('#') {
        let mut small = false;
        let tags = t.split_whitespace().all(|w| {
            let Some(first) = w.strip_prefix('#').and_then(|r| r.chars().next()) else {
                return false;
            };
            small |= first.is_lowercase();
            (first.is_alphanumeric() && !first.is_uppercase())
                && w[1..]
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/'))
        });
        return tags && small;
    }
    // An admonition's opening line (`!!! warning "Backlog"`, `??? note`, `:::tip`) or a
    // container's closing `:::`: the text is in the lines under it.
    for mark in ["!!! ", "??? ", "???+ ", ":::"] {
        if let Some(rest) = t.strip_prefix(mark) {
            let kind = rest.trim_start().split([' ', '{']).next().unwrap_or("");
            return kind.is_empty() && mark == ":::"
                || (2..=12).contains(&kind.len())
                    && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        }
    }
    // A kramdown attribute list alone under the block it dresses (`{: .lead}`, `{:toc}`,
    // `{: #board .table}`), or one of its extensions' tags (`{::options … /}`, `{:/comment}`):
    // what a Jekyll site's build reads, no text of the report.
    if let Some(inner) = t.strip_prefix("{:").and_then(|r| r.strip_suffix('}')) {
        return !inner.is_empty() && !inner.contains(['{', '}']);
    }
    // A link's reference definition (`[image1]: <data:image/png;base64,iVBOR…>`, as Google Docs
    // sets its pictures at the end, or `[site]: https://…`): where a picture or a link points,
    // no text. A footnote's (`[^1]: …`) is text, and so is a label followed by words.
    if let Some((label, target)) = t.strip_prefix('[').and_then(|r| r.split_once("]: ")) {
        let target = target.trim();
        return !label.is_empty()
            && !label.starts_with('^')
            && !label.contains(['[', ']'])
            && !target.contains(' ')
            && (target.starts_with('<') && target.ends_with('>') || target.contains("://"));
    }
    // A line that is one link within the page (`[Back to top](#top)`): navigation, as is an
    // entry of a table of contents that Google Docs writes so, its anchor made of the heading's
    // words and marks (`[2\. Wat zagen we? 4](#2.-wat-zagen-we?)`).
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(')')) {
        if let Some((label, anchor)) = inner.split_once("](#") {
            return !label.contains(['[', ']'])
                && !anchor.is_empty()
                && anchor.bytes().all(|b| {
                    b.is_ascii_alphanumeric()
                        || matches!(b, b'-' | b'_' | b'.' | b'?' | b'!' | b',' | b'\'' | b'%')
                        || b >= 0x80
                });
        }
    }
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        // An AsciiDoc anchor (`[[bijlage-a]]`), or a block's attributes: an admonition
        // (`[NOTE]`), a style (`[appendix]`, `[horizontal]`, `[source,python]`).
        if let Some(id) = inner.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            let anchor = id
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
                && id.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_')
                });
            if anchor {
                return true;
            }
        }
        if asciidoc_block_style(inner) {
            return true;
        }
    }
    // A MkDocs snippet's include (`--8<-- "includes/table.md"`), an abbreviation's
    // definition (`*[IAS]: Internal Audit Service`), the tags of a collapsible block
    // (`<details>`, `<summary>Partners</summary>`, `</details>`): the page's build shows them
    // otherwise or not at all.
    if t.starts_with("--8<--") || t.starts_with(";--8<--") {
        return true;
    }
    if let Some(rest) = t.strip_prefix("*[") {
        return rest
            .find("]: ")
            .is_some_and(|k| k > 0 && !rest[..k].contains(' '));
    }
    if t.starts_with("<details") && (t == "<details>" || t.starts_with("<details ")) {
        return !t[8..].contains('<');
    }
    if t == "</details>" || t.starts_with("<summary>") && t.ends_with("</summary>") {
        return true;
    }
    if jsx_component_line(t.trim_start()) {
        return true;
    }
    // A `<div>` that wraps a block (a notebook's table, `<div class="note">`) and its close.
    if t == "</div>" || (t == "<div>" || t.starts_with("<div ")) && !t[4..].contains('<') {
        return true;
    }
    // An AsciiDoc document attribute (`:toc: left`, `:sectnums:`) or a thematic break (`'''`).
    if t == "'''" {
        return true;
    }
    if let Some((name, value)) = t.strip_prefix(':').and_then(|r| r.split_once(':')) {
        let name = name.strip_suffix('!').unwrap_or(name);
        // A reStructuredText role (`:doc:`annexes``) opening a line is text.
        return (value.is_empty() || value.starts_with(' '))
            && (2..=24).contains(&name.len())
            && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    }
    [
        "[TOC]",
        "[[_TOC_]]",
        "[[TOC]]",
        "{:toc}",
        "[toc]",
        "${toc}",
        "[[toc]]",
    ]
    .contains(&t)
}

/// Whether `s` is a module line of an MDX page (Docusaurus, Storybook): an `import` of a
/// component or module (`import Tabs from '@theme/Tabs';`, `import './x.css';`) or an
/// `export` (`export const year = 2025;`, `export default function …`). `Some(closer)` when
/// it opens a bracket it does not close (`import {` ⏎ … ⏎ `} from '…';`, `export const meta =
/// {`): its lines go on to the one that starts with `closer`. A sentence that opens with the
/// word (`import duties from China rose`) has no quoted module and no declaration.
fn mdx_module_line(s: &str) -> Option<Option<&'static str>> {
    let t = s.trim_end();
    let bare = t.strip_suffix(';').unwrap_or(t);
    if let Some(rest) = bare.strip_prefix("import ") {
        let quoted = |m: &str| {
            m.len() >= 2
                && (m.starts_with('\'') && m.ends_with('\'')
                    || m.starts_with('"') && m.ends_with('"'))
                && !m.contains(' ')
        };
        if quoted(rest.trim()) {
            return Some(None);
        }
        if let Some((what, from)) = rest.rsplit_once(" from ") {
            return (quoted(from.trim()) && !what.trim().is_empty()).then_some(None);
        }
        return (rest.trim_end() == "{" || rest.ends_with(", {")).then_some(Some("}"));
    }
    let rest = bare.strip_prefix("export ")?;
    let declared = [
        "const ",
        "let ",
        "var ",
        "function ",
        "default ",
        "async ",
        "class ",
    ]
    .iter()
    .find_map(|k| rest.strip_prefix(k))?;
    // `export const meta = {` … `};`: an identifier, `=` and a value; a statement ends in `;`.
    let name = declared.split([' ', '=', '(']).next().unwrap_or("");
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
    {
        return None;
    }
    match t.as_bytes().last() {
        Some(b'{') => Some(Some("}")),
        Some(b'[') => Some(Some("]")),
        Some(b'(') => Some(Some(")")),
        Some(b';' | b'}' | b')') => Some(None),
        _ => t.contains(" = ").then_some(None),
    }
}

/// Whether `s` is a JSX component's tag alone on its line, as an MDX page has them around
/// its text (`<Tabs groupId="view">`, `<TabItem value="a" label="2025" default>`, `</Tabs>`,
/// `<KpiChart source="/k.json" height={320} />`): a capital opens the tag's name, which tells
/// a component from an HTML element, and nothing but the one tag is on the line.
fn jsx_component_line(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('<').and_then(|r| r.strip_suffix('>')) else {
        return false;
    };
    let name = inner.strip_prefix('/').unwrap_or(inner);
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .split([' ', '/', '\t'])
            .next()
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.'))
        && !inner.contains(['<', '>'])
}

/// Whether `inner`, a line's text between `[` and `]`, is an AsciiDoc block's style: an
/// admonition in capitals (`NOTE`, `WARNING`) or a word in small letters (`appendix`,
/// `horizontal`), before attributes after a comma (`source,python`). Neither is a footnote
/// (`[1]`) or a word in a sentence.
fn asciidoc_block_style(inner: &str) -> bool {
    let style = inner.split(',').next().unwrap_or(inner);
    (3..=12).contains(&style.len())
        && (style.bytes().all(|b| b.is_ascii_uppercase())
            || style.bytes().all(|b| b.is_ascii_lowercase()))
        && !inner.contains(' ')
}

/// The title of a Markdown heading line's text after its opening hashes: without the
/// attributes after it (`{#foreword}`), the closing hashes before them (`Foreword ##
/// {#foreword}`, `**Voorwoord** ##`) and the emphasis around all of it (`**3. Resultaten**`,
/// `_Organisatie_`): markup, no part of the title or its number.
pub(crate) fn markdown_title(s: &str) -> &str {
    let s = without_attributes(without_pictographs(s.trim()));
    let s = match s.trim_end_matches('#') {
        kept if kept.len() < s.len() && (kept.is_empty() || kept.ends_with([' ', '\t'])) => {
            kept.trim_end()
        }
        _ => s,
    };
    let s = without_attributes(s);
    without_pictographs(without_emphasis(s))
}

/// `s` without the pictographs a wiki's or a notebook's page sets before a heading (`📊 1. Key
/// results`, `🏛️ Management`, `⚠️ Risks`): decoration, no part of the title or its number.
/// Emoji and their joiners, variation selectors and skin tones, dingbats, arrows and geometric
/// shapes (`▶`); `s` itself when nothing but they are in it.
pub(crate) fn without_pictographs(s: &str) -> &str {
    let pictograph = |c: char| {
        matches!(c as u32,
            0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF
            | 0x25A0..=0x25FF | 0x2300..=0x23FF | 0xFE0E | 0xFE0F | 0x200D | 0xE0020..=0xE007F)
    };
    // Pictographs are outside ASCII: a title that opens with an ASCII byte costs one test.
    if s.as_bytes().first().is_none_or(u8::is_ascii) {
        return s;
    }
    let rest = s.trim_start_matches(|c: char| pictograph(c) || c.is_whitespace());
    if rest.is_empty() || rest.len() == s.len() {
        s
    } else {
        rest
    }
}

/// `s` without emphasis around the whole of it (`**Title**`, `__Title__`, `*Title*`,
/// `_Title_`), when nothing inside closes it earlier (`**A** and **B**` stays).
pub(crate) fn without_emphasis(s: &str) -> &str {
    for mark in ["**", "__", "*", "_"] {
        if let Some(inner) = s.strip_prefix(mark).and_then(|r| r.strip_suffix(mark)) {
            let inner = inner.trim();
            if !inner.is_empty() && !inner.contains(mark) {
                return inner;
            }
        }
    }
    s
}

/// The longest address of a Markdown link that is read as one (see [`Builder::copy`]).
const MAX_LINK_ADDRESS: usize = 500;

/// The longest attribute list after a pandoc span, and the longest span's words, that are read
/// as such (see [`pandoc_span`]).
const MAX_SPAN: usize = 200;

/// Whether the `]` at `close`, on a line from `start` with no bracket before it, closes a `[`
/// on the line before that nothing closed there and that opens no footnote: a link or a span
/// that pandoc wrapped (`Zie ook [de⏎brochure](…)`). Looks a few hundred bytes back at most.
fn wrapped_open(bytes: &[u8], start: usize, close: usize) -> bool {
    if start == 0
        || bytes[start - 1] != b'\n'
        || close - start > MAX_SPAN
        || memchr::memchr2(b'[', b']', &bytes[start..close]).is_some()
    {
        return false;
    }
    let line_end = start - 1 - usize::from(start >= 2 && bytes[start - 2] == b'\r');
    let back = line_end.saturating_sub(MAX_SPAN);
    let line = memchr::memrchr(b'\n', &bytes[back..line_end]).map_or(back, |n| back + n + 1);
    let Some(open) = memchr::memrchr(b'[', &bytes[line..line_end]).map(|o| line + o) else {
        return false;
    };
    bytes.get(open + 1) != Some(&b'^') && !bytes[open..line_end].contains(&b']')
}

/// Whether the `[` at `open`, on a line that ends at `end` with no `]` after it, opens a link
/// or a pandoc span that the next line closes (see [`wrapped_open`]).
fn wrapped_close(bytes: &[u8], open: usize, end: usize) -> bool {
    if bytes.get(open + 1) == Some(&b'^') || bytes[open..end].contains(&b']') {
        return false;
    }
    let next = match bytes.get(end..end + 2) {
        Some([b'\n', _]) | Some([b'\n']) => end + 1,
        Some([b'\r', b'\n']) => end + 2,
        _ => return false,
    };
    let limit = bytes.len().min(next + MAX_SPAN);
    let line_end = memchr::memchr(b'\n', &bytes[next..limit]).map_or(limit, |n| next + n);
    let Some(close) = memchr::memchr(b']', &bytes[next..line_end]).map(|c| next + c) else {
        return false;
    };
    if bytes[next..close].contains(&b'[') || !wrapped_open(bytes, next, close) {
        return false;
    }
    match bytes.get(close + 1) {
        Some(b'(') => bytes[close + 2..line_end]
            .iter()
            .take(MAX_LINK_ADDRESS)
            .position(|&b| b == b')' || b == b' ')
            .is_some_and(|n| n > 0 && bytes[close + 2 + n] == b')'),
        Some(b'{') => pandoc_span(bytes, next, close, line_end).is_some(),
        _ => false,
    }
}

/// The `[` that opens a pandoc span whose `]` is at `close`, and the end of its attributes, if
/// `bytes[close..]` is `]{…}` with attributes in it (`{.underline}`, `{#_Toc123 .anchor}`,
/// `{lang="fr"}`) before `end`, and its `[` is after `from` (a few hundred bytes back at
/// most) and opens no footnote; `usize::MAX` for the `[` when it is on the line before (see
/// [`wrapped_open`]).
fn pandoc_span(bytes: &[u8], from: usize, close: usize, end: usize) -> Option<(usize, usize)> {
    let limit = end.min(close + 2 + MAX_SPAN);
    let inner_end = close + 2 + memchr::memchr(b'}', bytes.get(close + 2..limit)?)?;
    let inner = &bytes[close + 2..inner_end];
    let first = inner.split(|&b| b == b' ').next()?;
    let attributes = first.len() > 1
        && (first.starts_with(b"#") || first.starts_with(b".") || first.contains(&b'='))
        && !inner.contains(&b'{');
    if !attributes {
        return None;
    }
    let back = from.max(close.saturating_sub(MAX_SPAN));
    let Some(open) = memchr::memrchr(b'[', &bytes[back..close]).map(|o| back + o) else {
        return wrapped_open(bytes, from, close).then_some((usize::MAX, inner_end + 1));
    };
    if bytes.get(open + 1) == Some(&b'^') || bytes[open + 1..close].contains(&b']') {
        return None;
    }
    Some((open, inner_end + 1))
}

/// Words after which a heading line must go on ("… in het kader van ⏎ justitiële …").
const CONTINUING_WORDS: [&str; 44] = [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "met",
    "voor",
    "tot",
    "te",
    "aan",
    "bij",
    "over",
    "naar",
    "om",
    "uit",
    "door",
    "of",
    "als",
    "der",
    "den",
    "des",
    "ter",
    "inzake",
    "the",
    "a",
    "an",
    "and",
    "to",
    "for",
    "on",
    "with",
    "by",
    "from",
    "at",
    "or",
    "its",
    "their",
    "into",
    "between",
    "regarding",
    "concerning",
    "under",
];

/// Repairs the layout of `text`.
///
/// ```
/// let text = "Europol stelde dat maatre-\ngelen nodig zijn voor de EU-\nlanden.\n";
/// let layout = report_core::repair(text);
/// assert_eq!(layout.text, "Europol stelde dat maatregelen nodig zijn voor de EU-landen.");
/// ```
#[inline(never)]
pub fn repair(text: &str) -> Layout {
    repair_with(
        text,
        cfg!(not(target_arch = "wasm32")) && text.len() >= SPLIT_FROM,
    )
}

/// Texts from this size on are repaired in two halves on two threads (natively): layout is
/// the longest pass that runs before anything else can start.
const SPLIT_FROM: usize = 512 * 1024;

/// [`repair`], in two halves on two threads where `halves` asks for it and the text allows
/// (see [`Pass::build_in_halves`]); the result is the same either way.
#[doc(hidden)]
pub fn repair_with(text: &str, halves: bool) -> Layout {
    repair_and_tell(text, halves).0
}

/// [`repair_with`], and whether the blocks were built in two halves.
fn repair_and_tell(text: &str, halves: bool) -> (Layout, bool) {
    let (rewritten, html_map) = html_table::rewrite_mapped(text);
    let (gridless, grid_map) = grid_table::rewrite_mapped(&rewritten);
    let rewrite_map = match (grid_map, html_map) {
        (Some(grid), Some(html)) => Some(grid.then(&html)),
        (grid, html) => grid.or(html),
    };
    let (tabled, pandoc_map) = pandoc_table::rewrite_mapped(&gridless);
    let rewrite_map = match (pandoc_map, rewrite_map) {
        (Some(pandoc), Some(earlier)) => Some(pandoc.then(&earlier)),
        (pandoc, earlier) => pandoc.or(earlier),
    };
    let text: &str = &tabled;
    let (mut lines, form_feeds) = if halves {
        split_lines_in_halves(text).unwrap_or_else(|| split_lines(text))
    } else {
        split_lines(text)
    };
    let quoted = unquote_mail(text, &mut lines);
    let furniture = furniture::mark(text, &mut lines, form_feeds);
    let mail_header = mark_mail_header(text, &mut lines);
    let forwarding = mark_forwarding(text, &mut lines);
    let mail_signature = if quoted || forwarding > 0 || mail_header > 0 {
        mark_mail_signature(text, &mut lines)
    } else {
        0
    };
    let front_matter = mark_front_matter(text, &mut lines);
    // A Dutch site generator's front matter may name its keys in Dutch (`titel:`, `datum:`).
    let front_title = front_matter_value(text, &lines[..front_matter], &["title", "titel"]);
    let front_date = front_matter_value(text, &lines[..front_matter], &["date", "datum"])
        .and_then(|d| iso_day(&d).map(str::to_string));
    let set_aside = mail_header
        + forwarding
        + mail_signature
        + front_matter
        + mark_markdown_literals(text, &mut lines);
    let front_title = front_title.or_else(|| rst_title(text, &lines));
    columns::split(text, &mut lines, set_aside);
    let content_lines = lines.iter().filter(|l| !l.blank() && !l.furniture).count();
    let mut content: Vec<usize> = Vec::with_capacity(content_lines);
    content.extend((0..lines.len()).filter(|&i| !lines[i].blank() && !lines[i].furniture));
    let wrap = wrap_width(text, &lines, &content);

    let candidates = content.windows(2).filter_map(|w| {
        let (a, b) = (&lines[w[0]], &lines[w[1]]);
        hyphen_candidate(&text[a.start..a.end], &text[b.start..b.end])
    });
    let mut vocabulary = Vocabulary::new(candidates);
    let markdown = front_matter > 0
        || content.iter().any(|&i| {
            let b = &text.as_bytes()[lines[i].start..lines[i].end];
            // The hashes, then a space or a no-break space (`##\u{a0}Inleiding`).
            b.first() == Some(&b'#') && matches!(b.iter().find(|&&c| c != b'#'), Some(b' ' | 0xC2))
        });
    let pass = Pass {
        text,
        lines: &lines,
        content: &content,
        wrap,
        specials: &special_offsets(text, markdown),
        markdown,
    };
    let built = if halves {
        pass.build_in_halves(&mut vocabulary)
    } else {
        None
    };
    let halved = built.is_some();
    let builder = built.unwrap_or_else(|| {
        vocabulary.scan(text);
        pass.build(
            0..content.len(),
            &vocabulary,
            false,
            (text.len(), content.len()),
        )
    });

    let pages = lines.last().map_or(1, |l| l.page + 1);
    let furniture_lines = lines.iter().filter(|l| l.furniture).count() - set_aside;
    let mut diagnostics = Vec::new();
    if mail_header > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "mail-header",
            format!(
                "an e-mail's transport header of {mail_header} lines (`MIME-Version:`, \
                 `Content-Type:`) was set aside"
            ),
        ));
    }
    if forwarding > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "mail-forwarding",
            format!(
                "the note of {forwarding} lines that forwards the e-mail (up to `-----Original \
                 Message-----`) was set aside"
            ),
        ));
    }
    if mail_signature > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "mail-signature",
            format!("the e-mail's signature of {mail_signature} lines under `--` was set aside"),
        ));
    }
    if front_matter > 0 {
        let toml = text.as_bytes()[lines[0].start] == b'+';
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "front-matter",
            format!(
                "a {} front matter of {front_matter} lines was set aside",
                if toml { "TOML" } else { "YAML" }
            ),
        ));
    }
    let entities = pass
        .specials
        .iter()
        .filter(|&&i| text.as_bytes()[i] == b'&')
        .count();
    if entities > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "html-entities",
            format!(
                "{entities} HTML character reference{} (`&eacute;`, `&#8217;`) {} read as the \
                 character{} {} stand{} for",
                if entities == 1 { "" } else { "s" },
                if entities == 1 { "was" } else { "were" },
                if entities == 1 { "" } else { "s" },
                if entities == 1 { "it" } else { "they" },
                if entities == 1 { "s" } else { "" },
            ),
        ));
    }
    if furniture_lines > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Info,
            "page-furniture",
            format!("{furniture_lines} running header, footer and page number lines were removed"),
        ));
    }
    let inferred_pages = if form_feeds {
        pages
    } else {
        1 + lines.iter().filter(|l| l.break_before).count()
    };
    let layout = Layout {
        text: builder.out,
        blocks: builder.blocks,
        diagnostics,
        offsets: match rewrite_map {
            Some(map) => builder.offsets.then(&map),
            None => builder.offsets,
        },
        pages: inferred_pages,
        furniture,
        front_title,
        front_date,
        markdown: pass.markdown,
    };
    (layout, halved)
}

/// A Markdown setext underline: a line of three or more `=` (a level-1 heading above it) or
/// `-` (level 2).
fn setext_underline(line: &str) -> Option<u8> {
    let depth = match line.as_bytes().first()? {
        b'=' => 1,
        b'-' => 2,
        _ => return None,
    };
    let mark = line.as_bytes()[0];
    (line.len() >= 3 && line.bytes().all(|b| b == mark)).then_some(depth)
}

/// The depth and the title's end of a block that is a setext heading: a short line and its
/// underline, joined ("Foreword --------"). Pandoc writes levels 1 and 2 this way.
pub(crate) fn setext_heading(block: &str) -> Option<(u8, usize)> {
    let (title, underline) = block.rsplit_once(' ')?;
    let depth = setext_underline(underline)?;
    let title = title.trim_end();
    (!title.is_empty()
        && title.len() <= 150
        && !title.ends_with(['.', ',', ';'])
        && !bullet_item(title))
    .then_some((depth, title.len()))
}

/// Whether `line` is a Markdown bullet list's item (`- [Annex I](…)`): under it, `---` is a
/// rule, not a setext underline (CommonMark reads `- a⏎---` as a list and a rule).
fn bullet_item(line: &str) -> bool {
    matches!(line.trim_start().as_bytes(), [b'-' | b'*' | b'+', b' ', ..])
}

/// The day of an ISO date or date-time (`2031-06-15`, `2031-06-15T09:00:00Z`).
fn iso_day(s: &str) -> Option<&str> {
    let day = s.get(..10)?;
    let b = day.as_bytes();
    let shaped = b.iter().enumerate().all(|(i, c)| {
        if i == 4 || i == 7 {
            *c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    (shaped && s[10..].chars().next().is_none_or(|c| c == 'T' || c == ' ')).then_some(day)
}

/// The value of a front matter's line for one of `keys` (`title:`, `datum:`), without its quotes; `None`
/// if it has none or an empty one.
fn front_matter_value(text: &str, lines: &[Line], keys: &[&str]) -> Option<String> {
    lines.iter().find_map(|l| {
        // YAML writes `title: …`, TOML `title = …`.
        let line = &text[l.start..l.end];
        let value = keys.iter().find_map(|k| line.strip_prefix(k))?.trim_start();
        let value = value
            .strip_prefix(':')
            .or_else(|| value.strip_prefix('='))?
            .trim();
        let value = ['"', '\'']
            .iter()
            .find_map(|q| value.strip_prefix(*q)?.strip_suffix(*q))
            .unwrap_or(value)
            .trim();
        (!value.is_empty()).then(|| value.to_string())
    })
}

/// The fields that only an e-mail's transport header has: one of them in a run of header
/// lines at the text's start makes it a mail header, no letter's head (`Van:`, `Onderwerp:`
/// of a forwarded mail stay).
const MAIL_TRANSPORT_FIELDS: [&str; 5] = [
    "mime-version:",
    "content-type:",
    "content-transfer-encoding:",
    "message-id:",
    "received:",
];

/// Marks an e-mail's header at the text's start (`From:` … `MIME-Version: 1.0` …
/// `Content-Transfer-Encoding: quoted-printable`, up to the first blank line) as furniture
/// and returns its number of lines: a mail saved as text, whose `From:`, `Date:` and
/// `Subject:` are the mail's, not the report's.
fn mark_mail_header(text: &str, lines: &mut [Line]) -> usize {
    let line = |l: &Line| &text[l.start..l.end];
    let field = |s: &str| {
        s.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty()
                && key.len() <= 40
                && key.starts_with(|c: char| c.is_ascii_alphabetic())
                && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    };
    if lines
        .first()
        .is_none_or(|l| l.indent > 0 || !field(line(l)))
    {
        return 0;
    }
    let end = lines
        .iter()
        .take(MAX_FRONT_MATTER)
        .position(|l| l.blank())
        .unwrap_or(0);
    let header = &lines[..end];
    let shaped = header.iter().all(|l| l.indent > 0 || field(line(l)));
    let transport = header.iter().any(|l| {
        let s = line(l);
        MAIL_TRANSPORT_FIELDS.iter().any(|f| {
            s.get(..f.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(f))
        })
    });
    if end < 2 || !shaped || !transport {
        return 0;
    }
    for l in &mut lines[..end] {
        l.furniture = true;
    }
    end
}

/// The most lines a YAML front matter is looked for in.
const MAX_FRONT_MATTER: usize = 60;

/// Marks a YAML front matter (`---` on the first line, `key: value` lines, `---` or `...`)
/// as furniture and returns its number of lines, blank ones included. A Markdown report
/// exported by a static-site tool starts with one; read as text it became one paragraph of
/// `title: … date: …` before the title, which then counted as a section.
///
/// Hugo writes a TOML front matter between `+++` lines instead: `key = value` lines and
/// `[table]` headers.
fn mark_front_matter(text: &str, lines: &mut [Line]) -> usize {
    let line = |l: &Line| &text[l.start..l.end];
    let Some(delimiter) = lines
        .first()
        .filter(|l| l.indent == 0)
        .map(line)
        .filter(|&s| s == "---" || s == "+++")
    else {
        return 0;
    };
    let toml = delimiter == "+++";
    let field = |s: &str| {
        if toml && s.starts_with('[') && s.ends_with(']') {
            return true;
        }
        s.split_once(if toml { '=' } else { ':' })
            .is_some_and(|(key, _)| {
                let key = if toml { key.trim_end() } else { key };
                !key.is_empty()
                    && key.starts_with(|c: char| c.is_ascii_alphabetic())
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            })
    };
    let mut fields = 0;
    for i in 1..lines.len().min(MAX_FRONT_MATTER) {
        let l = &lines[i];
        let s = line(l);
        if s == delimiter || (!toml && s == "...") {
            if fields == 0 {
                return 0;
            }
            for l in &mut lines[..=i] {
                l.furniture = true;
            }
            return i + 1;
        }
        // A value may go on over indented lines or list items (`tags:` ⏎ `  - water`).
        if l.blank() || l.indent > 0 || s.starts_with("- ") {
            continue;
        }
        if !field(s) {
            return 0;
        }
        fields += 1;
    }
    0
}

/// The most bytes a site generator's tag (`{{< figure src="…" >}}`) is looked for in.
const MAX_TAG: usize = 400;

/// Whether the byte after markup that was left out lets the space before it go too: a space, a
/// sentence's punctuation or the end (`de {{< ref "x" >}}.` is `de.`, `besloot {% raw %}snel`
/// keeps its space).
fn closes_gap(next: Option<&u8>) -> bool {
    matches!(
        next,
        None | Some(b' ' | b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'\n' | b'\r')
    )
}

/// Whether a code fence's info string (after its backticks) names a programming language:
/// `python`, `{r}`, `{python echo=FALSE}`, `ipython3`.
fn program_fence(info: &str) -> bool {
    let info = info.trim().trim_start_matches('{');
    let lang = info
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    [
        "python",
        "python3",
        "ipython",
        "ipython3",
        "py",
        "r",
        "julia",
        "sql",
        "bash",
        "sh",
        "shell",
        "console",
        "javascript",
        "js",
        "matlab",
        "stata",
        "sas",
    ]
    .iter()
    .any(|l| l.eq_ignore_ascii_case(lang))
}

/// The most lines a Markdown code fence or HTML comment is looked for in: an opening line
/// without its closing line that near is a line of plain text that happens to start so.
const MAX_LITERAL_LINES: usize = 400;

/// Marks what a Markdown reader does not show as text: an HTML comment (`<!--` at a line's
/// start to the line holding `-->`) is set aside as furniture, and the lines of a code fence
/// (three backticks or tildes, to the same again) are literal, their fence lines set aside.
/// Returns how many lines were set aside. A report written in Markdown keeps drafts in
/// comments ("## 9. Draft section") and shell or YAML examples in fences ("# request …"),
/// which read as headings otherwise.
fn mark_markdown_literals(text: &str, lines: &mut [Line]) -> usize {
    let line = |l: &Line| &text[l.start..l.end];
    let fence = |s: &str| ["```", "~~~"].into_iter().find(|f| s.starts_with(f));
    let mut set_aside = 0;
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        // A line's first byte decides: most lines start with a letter or a digit.
        if l.blank()
            || l.furniture
            || l.indent > 3
            || !text.as_bytes()[l.start].is_ascii_punctuation()
                && !matches!(text.as_bytes()[l.start], b'i' | b'e')
        {
            i += 1;
            continue;
        }
        let s = line(&l);
        let end = lines.len().min(i + MAX_LITERAL_LINES);
        if matches!(s.as_bytes()[0], b'i' | b'e') {
            // An MDX page's module lines (`import Tabs from '@theme/Tabs';`, `export const
            // year = 2025;`): code the site runs, no text of the report. One that opens a
            // bracket goes on to the line that closes it.
            if let Some(open) = mdx_module_line(s) {
                let close = match open {
                    Some(closer) => (i + 1..end)
                        .find(|&k| line(&lines[k]).trim_start().starts_with(closer))
                        .unwrap_or(i),
                    None => i,
                };
                set_aside += set_aside_all(&mut lines[i..=close]);
                i = close + 1;
                continue;
            }
            i += 1;
            continue;
        }
        // reStructuredText's title, between an overline and an underline of the same marks
        // (see [`rst_title`]): set aside as a front matter's title is, and read from there.
        if lines.get(i + 1).is_some_and(|t| !t.furniture) && rst_title_at(text, lines, i).is_some()
        {
            set_aside += set_aside_all(&mut lines[i..i + 3]);
            i += 3;
            continue;
        }
        if let Some(kind) = rst_explicit(s) {
            // reStructuredText's explicit markup (`.. note::`, `.. _label:`, `.. a comment`):
            // a directive's line and the option lines indented under it (`:header-rows: 1`)
            // are markup, its content stays text; a comment goes on over its indented lines.
            let mut k = i + 1;
            while k < end {
                let next = &lines[k];
                let t = line(next).trim_start();
                let more = next.indent > 0
                    && !next.blank()
                    && match kind {
                        RstMarkup::Directive => t.starts_with(':') && t[1..].contains(':'),
                        RstMarkup::Comment => true,
                        RstMarkup::Target => false,
                    };
                if !more {
                    break;
                }
                k += 1;
            }
            set_aside += set_aside_all(&mut lines[i..k]);
            i = k;
            continue;
        }
        // A kramdown comment (`{::comment}` … `{:/comment}`, or `{:/}`): the author's notes
        // to the site's editors, set aside over all its lines.
        if let Some(rest) = s.strip_prefix("{::comment}") {
            let close = if rest.contains("{:/") {
                Some(i)
            } else {
                (i + 1..end).find(|&k| line(&lines[k]).contains("{:/"))
            };
            if let Some(close) = close {
                set_aside += set_aside_all(&mut lines[i..=close]);
                i = close + 1;
                continue;
            }
        }
        if is_markup_line(s) {
            lines[i].furniture = true;
            set_aside += 1;
            // kramdown's table of contents (`* Table of contents` ⏎ `{:toc}`): the list item
            // above the attribute list stands for the contents the build puts there.
            if matches!(s.trim_end(), "{:toc}" | "{: toc}" | "{:.toc}" | "{: .toc}") && i > 0 {
                let above = &lines[i - 1];
                let item = line(above);
                if !above.blank()
                    && !above.furniture
                    && (item.starts_with("* ") || item.starts_with("- ") || item.starts_with("1. "))
                {
                    lines[i - 1].furniture = true;
                    set_aside += 1;
                }
            }
            // An AsciiDoc block under its style (`[NOTE]` ⏎ `====` ⏎ text ⏎ `====`): its
            // delimiters are markup, no setext underline or rule.
            if s.starts_with('[') && !s.starts_with("[[") {
                let delimiter = |t: &str| {
                    let t = t.trim_end();
                    t.len() >= 4
                        && matches!(t.as_bytes()[0], b'=' | b'*' | b'-' | b'.' | b'_' | b'+')
                        && t.bytes().all(|b| b == t.as_bytes()[0])
                };
                if let Some(open) = lines.get(i + 1).filter(|n| delimiter(line(n))) {
                    let mark = line(open).trim_end();
                    if let Some(close) = (i + 2..end).find(|&k| line(&lines[k]).trim_end() == mark)
                    {
                        for k in [i + 1, close] {
                            lines[k].furniture = true;
                            set_aside += 1;
                        }
                    }
                }
            }
            // A fenced div's heading (`::: {.callout-note}` ⏎ `## About this report`) is the
            // callout's title, no section of the report.
            if s.starts_with(":::") && s.trim_end().len() > 3 {
                if let Some(next) = lines.get(i + 1).filter(|n| !n.blank() && !n.furniture) {
                    let n = line(next);
                    if n.starts_with("#") && n.trim_start_matches('#').starts_with(' ') {
                        lines[i + 1].furniture = true;
                        set_aside += 1;
                        i += 1;
                    }
                }
            }
        } else if let Some((rest, closer)) = s
            .strip_prefix("<!--")
            .map(|rest| (rest, "-->"))
            .or_else(|| s.strip_prefix("%%").map(|rest| (rest, "%%")))
            .or_else(|| s.strip_prefix("{/*").map(|rest| (rest, "*/}")))
            .or_else(|| s.strip_prefix("<style").map(|rest| (rest, "</style>")))
            .or_else(|| s.strip_prefix("<script").map(|rest| (rest, "</script>")))
        {
            // An HTML comment, or an Obsidian one (`%% … %%`), on its line or over several;
            // a style sheet or a script (a notebook's table comes under its `<style scoped>`).
            let close = if rest.contains(closer) {
                Some(i)
            } else {
                (i + 1..end).find(|&k| line(&lines[k]).contains(closer))
            };
            if let Some(close) = close {
                set_aside += set_aside_all(&mut lines[i..=close]);
                i = close + 1;
                continue;
            }
        } else if let Some(mark) = fence(s) {
            let close = (i + 1..end).find(|&k| {
                let t = line(&lines[k]);
                t.starts_with(mark) && t.bytes().all(|b| b == mark.as_bytes()[0])
            });
            if let Some(close) = close {
                // A cell of a program (```` ```python ````, ```` ```{r} ````), as a notebook
                // or a Quarto report has them: code, no text of the report, and so is the
                // output under it that nbconvert indents by four spaces.
                if program_fence(&s[mark.len()..]) {
                    set_aside += set_aside_all(&mut lines[i..=close]);
                    let mut k = close + 1;
                    while k < lines.len() && lines[k].blank() {
                        k += 1;
                    }
                    let output = k;
                    while k < lines.len().min(output + MAX_LITERAL_LINES)
                        && (lines[k].indent >= 4 || lines[k].blank())
                    {
                        k += 1;
                    }
                    if k > output && k > close + 1 && output > close + 1 {
                        for l in &mut lines[output..k] {
                            if !l.blank() && !l.furniture {
                                l.furniture = true;
                                set_aside += 1;
                            }
                        }
                    }
                    i = close + 1;
                    continue;
                }
                for k in [i, close] {
                    if !lines[k].furniture {
                        lines[k].furniture = true;
                        set_aside += 1;
                    }
                }
                for l in &mut lines[i + 1..close] {
                    l.literal = true;
                }
                i = close + 1;
                continue;
            }
        }
        i += 1;
    }
    set_aside
}

/// The title of a reStructuredText document at line `i`: a line between an overline and an
/// underline of the same marks (`===` or `---`), as long as the title or longer. Sections are
/// underlined only, so the overline tells the document's title from its first section.
fn rst_title_at(text: &str, lines: &[Line], i: usize) -> Option<String> {
    let line = |l: &Line| text[l.start..l.end].trim_end();
    let over = line(lines.get(i)?);
    setext_underline(over)?;
    let title = lines.get(i + 1).filter(|t| !t.blank())?;
    let title = line(title).trim();
    (title.len() <= over.len()
        && lines.get(i + 2).map(line) == Some(over)
        && !title.starts_with(['=', '-']))
    .then(|| title.to_string())
}

/// The title of a reStructuredText document (see [`rst_title_at`]) that the literals' pass set
/// aside, before the first line of text.
fn rst_title(text: &str, lines: &[Line]) -> Option<String> {
    let first = lines
        .iter()
        .position(|l| !l.blank() && !l.furniture)
        .unwrap_or(lines.len());
    (0..first.min(MAX_LITERAL_LINES))
        .filter(|&i| lines[i].furniture && !lines[i].blank())
        .find_map(|i| rst_title_at(text, lines, i))
}

/// The kinds of reStructuredText's explicit markup that [`rst_explicit`] tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RstMarkup {
    /// `.. note::`, `.. list-table:: Key figures`, `.. |logo| image:: logo.png`.
    Directive,
    /// `.. _annex-budget:`, a link's target.
    Target,
    /// `.. Built with sphinx-build`: anything else after `.. `, with its indented lines.
    Comment,
}

/// What a line of reStructuredText's explicit markup is: `.. ` and a directive's name and
/// `::` (`.. note::`), a target (`.. _label:`), a footnote or citation (`.. [#]`: none, it is
/// text), or else a comment. A line of two dots alone is an empty comment. Lines of more dots
/// (`.....` leaders, `...`) are none.
fn rst_explicit(s: &str) -> Option<RstMarkup> {
    let t = s.trim_end();
    if t == ".." {
        return Some(RstMarkup::Comment);
    }
    let rest = t.strip_prefix(".. ")?;
    if rest.starts_with(['.', '[', ' ']) || rest.is_empty() {
        return None;
    }
    if rest.starts_with('_') && rest.ends_with(':') {
        return Some(RstMarkup::Target);
    }
    // `.. |name| replace:: …`: a substitution's definition is a directive.
    let name = match rest.strip_prefix('|').and_then(|r| r.split_once("| ")) {
        Some((_, after)) => after,
        None => rest,
    };
    let directive = name.split_once("::").is_some_and(|(n, after)| {
        !n.is_empty()
            && n.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
            && (after.is_empty() || after.starts_with(' '))
    });
    Some(if directive {
        RstMarkup::Directive
    } else {
        RstMarkup::Comment
    })
}

/// Sets aside as furniture each of `lines` that is not yet: how many that were.
fn set_aside_all(lines: &mut [Line]) -> usize {
    let mut count = 0;
    for l in lines.iter_mut().filter(|l| !l.furniture) {
        l.furniture = true;
        count += 1;
    }
    count
}

/// What building the blocks from the content lines needs: all of it read-only, so two threads
/// can share it.
struct Pass<'a> {
    text: &'a str,
    lines: &'a [Line],
    /// Indices of the lines that are neither blank nor furniture.
    content: &'a [usize],
    wrap: usize,
    /// Where the text holds what [`Builder::copy`] mends (see [`special_offsets`]).
    specials: &'a [usize],
    /// Whether the text writes Markdown (a front matter, `#` headings): a line break inside a
    /// paragraph is soft there.
    markdown: bool,
}

impl Pass<'_> {
    /// The gap before content line `w`.
    fn gap(&self, w: usize) -> Gap {
        let line = self.lines[self.content[w]];
        match w
            .checked_sub(1)
            .map(|p| (self.content[p], self.lines[self.content[p]]))
        {
            None => Gap::Start,
            Some((i, p)) => {
                if line.break_before || line.page != p.page {
                    Gap::Page
                } else if self.content[w] > i + 1 {
                    Gap::Blank
                } else {
                    Gap::None
                }
            }
        }
    }

    /// Builds the blocks of content lines `range`. `preceded` says that blocks come before
    /// them (the first half ends where `range` starts), so that the first block is set off by a
    /// blank line as it would be in one pass; `room` is the size to reserve for the text and
    /// the number of lines to reserve offsets and blocks for.
    fn build(
        &self,
        range: std::ops::Range<usize>,
        vocabulary: &Vocabulary,
        preceded: bool,
        room: (usize, usize),
    ) -> Builder<'_> {
        let (capacity, lines_room) = room;
        let text = self.text;
        let (content, wrap) = (self.content, self.wrap);
        // A piece of the offset map per line at most, and a block per three lines or so:
        // reserved at once, so that the lists of a big text are not grown (copied) step by step.
        let mut builder = Builder {
            text,
            out: String::with_capacity(capacity),
            offsets: OffsetMap::with_capacity(lines_room + 1),
            blocks: Vec::with_capacity(lines_room / 3 + 1),
            open: None,
            pending: Pending::None,
            specials: self.specials,
            special: 0,
            markdown: self.markdown,
            preceded,
        };
        let last = range.end;
        for w in range {
            self.step(&mut builder, w, vocabulary);
        }
        if last < content.len() {
            // The next line's step would do this before it closes the block.
            builder.demote_numbered_paragraph();
        }
        builder.close(wrap);
        builder
    }

    /// Adds content line `w` to `builder`: a new block or the open one. A function of its own
    /// for WebAssembly, where V8 swaps in optimised code for a function only when it is called
    /// again: inside one call of [`Pass::build`] over a whole text the steps ran in the slow
    /// baseline code throughout.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn step<'b>(&'b self, builder: &mut Builder<'b>, w: usize, vocabulary: &Vocabulary) {
        let text = self.text;
        let (lines, content) = (self.lines, self.content);
        let i = content[w];
        let line = lines[i];
        let wrap = if line.wrap > 0 {
            usize::from(line.wrap)
        } else {
            self.wrap
        };
        let s = &text[line.start..line.end];
        let prev = w.checked_sub(1).map(|p| lines[content[p]]);
        let line_cue = if line.literal {
            None
        } else {
            cue(s).or_else(|| {
                // Word's second-level bullet `o` before a lower-case item: only in a list, under
                // a line that announces or continues it (`toe:`, `is verhoogd;`, `o …`).
                (s.as_bytes().first() == Some(&b'o'))
                    .then(|| {
                        let p = &text[prev?.start..prev?.end];
                        let listed = p.ends_with([':', ';']) || p.starts_with("o ");
                        listed.then(|| cue::lower_o_bullet(s)).flatten()
                    })
                    .flatten()
            })
        };
        let gap = self.gap(w);
        let next = content
            .get(w + 1)
            .map(|&n| &text[lines[n].start..lines[n].end]);
        builder.demote_numbered_paragraph();
        let starts_block = match (prev, &builder.open) {
            // A code fence's lines stay together, apart from what is around them.
            (Some(p), Some(open)) if line.literal || p.literal => {
                !(line.literal && open.mode == Mode::Literal && gap == Gap::None)
            }
            // A Markdown hard line break ends the line where the author wanted it.
            (Some(p), Some(_)) if p.hard_break || self.markdown && p.spaces_break => true,
            (Some(p), Some(open)) => {
                let ps = &text[p.start..p.end];
                // A contents without leader dots, its page numbers after a space (`Voorwoord 3`
                // ⏎ `1 Het jaar in vogelvlucht 4`): under its title each line is an entry.
                (gap == Gap::None
                    && open.lines == 1
                    && is_bare_contents_entry(ps)
                    && is_bare_contents_entry(s)
                    && builder.after_contents_title())
                    || starts_new_block(&Ctx {
                        prev: ps,
                        prev_indent: p.indent,
                        line: s,
                        indent: line.indent,
                        cue: line_cue,
                        gap,
                        next,
                        open,
                        hyphen_pending: builder.pending != Pending::None,
                        wrap,
                        block: &builder.out[open.start..],
                        markdown: self.markdown,
                        column: line.wrap > 0,
                    })
            }
            _ => true,
        };
        if starts_block {
            builder.close(wrap);
            let mut mode = if line.literal {
                Mode::Literal
            } else {
                start_mode(
                    s,
                    line_cue,
                    next,
                    gap,
                    prev.map(|p| &text[p.start..p.end]),
                    builder
                        .blocks
                        .last()
                        .filter(|_| gap == Gap::None)
                        .map(|b| b.kind),
                    wrap,
                )
            };
            if mode == Mode::Paragraph && gap == Gap::None && builder.under_label(next) {
                mode = Mode::Value;
            }
            // The role wrapped before its comma: `De Minister voor Buitenlandse Handel` ⏎
            // `en Ontwikkelingshulp,`.
            let next_adjacent = content
                .get(w + 1)
                .filter(|&&n| n == i + 1)
                .map(|&n| &text[lines[n].start..lines[n].end]);
            if mode == Mode::Paragraph && opens_wrapped_role(s, next_adjacent) {
                mode = Mode::Closing;
            }
            // A signature on one line, a block of its own or short: not a wrapped paragraph's
            // first line.
            if mode == Mode::Paragraph
                && (next_adjacent.is_none() || !is_long(s, wrap))
                && is_signature_line(s)
            {
                mode = Mode::Closing;
            }
            builder.open(line.page, line.indent, mode);
        } else {
            match builder.pending {
                Pending::Keep(at) => builder.copy(at, at + 1),
                // An undone hyphenation joins the lines without a space.
                Pending::Soft | Pending::Join(_) => {}
                // Rows of a grid stay rows in their block: joined by a space, a row's right
                // cell would run into the next row's left one.
                Pending::None if prev.is_some_and(|p| grid_rows(&text[p.start..p.end], s)) => {
                    builder.push_str("\n");
                }
                Pending::None => builder.push_str(" "),
            }
        }
        builder.pending = Pending::None;
        builder.push_line(line.start, line.end, s, next, vocabulary);
    }

    /// The blocks built in two halves on two threads, the vocabulary scanned in two halves
    /// first. The halves meet at a content line after a blank line (and not after a page
    /// break) past the middle of the content: such a line always starts a block whatever came
    /// before it, and nothing else carries over from the lines before it but the blank line
    /// that sets its block off, so the halves build what one pass builds. `None` (the
    /// vocabulary not scanned) when there is no such line or no thread.
    #[cfg(not(target_arch = "wasm32"))]
    fn build_in_halves(&self, vocabulary: &mut Vocabulary) -> Option<Builder<'_>> {
        let n = self.content.len();
        let cut = (n / 2..n).find(|&w| w > 0 && self.gap(w) == Gap::Blank)?;
        // The vocabulary's text is cut at a line end: a word holds none.
        let middle = self.text.len() / 2;
        let text_cut = middle + memchr::memchr(b'\n', &self.text.as_bytes()[middle..])? + 1;
        let (head, tail) = self.text.split_at(text_cut);
        let mut second = vocabulary.empty_copy();
        std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("report-core-layout".into())
                .spawn_scoped(scope, || {
                    second.scan(tail);
                    second
                })
                .ok()?;
            vocabulary.scan(head);
            vocabulary.absorb(other.join().ok()?);
            Some(())
        })?;
        let vocabulary = &*vocabulary;
        let tail_start = self.lines[self.content[cut]].start;
        let mut first = std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("report-core-layout".into())
                .spawn_scoped(scope, || {
                    let room = (self.text.len() - tail_start, n - cut);
                    self.build(cut..n, vocabulary, true, room)
                })
                .ok()?;
            // Room for the second half too, which is appended to the first.
            let first = self.build(0..cut, vocabulary, false, (self.text.len(), n));
            Some((first, other.join().ok()?))
        })
        .and_then(|(first, second)| {
            // The first half's text sets off the second's first block; without any (a half of
            // lines that copy nothing) the one pass would not: do that pass instead.
            (!first.out.is_empty()).then_some((first, second))
        })
        .map(|(mut first, second)| {
            let shift = first.out.len();
            first.out.push_str(&second.out);
            first.offsets.append_shifted(&second.offsets, shift);
            first.blocks.extend(second.blocks.into_iter().map(|mut b| {
                b.span = Span::new(b.span.start + shift, b.span.end + shift);
                b
            }));
            first
        });
        if first.is_none() {
            // The vocabulary is scanned already; the caller would scan it again.
            first = Some(self.build(0..n, vocabulary, false, (self.text.len(), n)));
        }
        first
    }

    #[cfg(target_arch = "wasm32")]
    fn build_in_halves(&self, _: &mut Vocabulary) -> Option<Builder<'_>> {
        None
    }
}

/// [`split_lines`] in two halves on two threads, cut after a line end past the middle; `None`
/// when there is no line end there or no thread.
#[cfg(not(target_arch = "wasm32"))]
fn split_lines_in_halves(text: &str) -> Option<(Vec<Line>, bool)> {
    let middle = text.len() / 2;
    // After a `\n`, also that of a `\r\n`, so that both halves see the pair whole.
    let cut = middle + memchr::memchr(b'\n', &text.as_bytes()[middle..])? + 1;
    let (head, tail) = text.split_at(cut);
    let (first, second) = std::thread::scope(|scope| {
        let other = std::thread::Builder::new()
            .name("report-core-lines".into())
            .spawn_scoped(scope, || split_lines(tail))
            .ok()?;
        // Room for the tail's lines too: they are appended, without a copy of the head's.
        let first = split_lines_into(head, Vec::with_capacity(text.len() / 48 + 1));
        Some((first, other.join().ok()?))
    })?;
    let ((mut lines, head_feeds), (tail_lines, tail_feeds)) = (first, second);
    // The head's last page goes on into the tail: its form feeds are the tail's first page.
    let pages = count_form_feeds(head);
    lines.reserve_exact(tail_lines.len());
    lines.extend(tail_lines.into_iter().map(|mut l| {
        l.start += cut;
        l.end += cut;
        l.page += pages;
        l
    }));
    Some((lines, head_feeds || tail_feeds))
}

#[cfg(target_arch = "wasm32")]
fn split_lines_in_halves(_: &str) -> Option<(Vec<Line>, bool)> {
    None
}

/// How many form feeds `text` holds: the page a line after it is on.
#[cfg(not(target_arch = "wasm32"))]
fn count_form_feeds(text: &str) -> usize {
    memchr::memchr_iter(0x0C, text.as_bytes()).count()
}

/// Splits `text` into trimmed lines; returns whether it has form feeds.
///
/// Each 64-byte block becomes two masks ([`scan::ranges`]): line-end bytes (`\n`, vertical tab,
/// form feed, `\r`, which are 0x0A–0x0D) and digits. Only the line ends are visited, and a
/// line's `digit` flag is whether the digit mask has a bit between its start and end: on lines
/// of 60 bytes, memchr's set-up and a second loop over each line for digits cost three times
/// as much.
#[inline(never)]
fn split_lines(text: &str) -> (Vec<Line>, bool) {
    split_lines_into(text, Vec::with_capacity(text.len() / 48 + 1))
}

/// [`split_lines`], appending to `lines`.
fn split_lines_into(text: &str, mut lines: Vec<Line>) -> (Vec<Line>, bool) {
    let n = text.len();
    let mut at = LinesAt {
        base: 0,
        page: 0,
        start: 0,
        form_feeds: false,
        digit_before: false,
    };
    while at.base < n {
        split_lines_part(text, &mut lines, &mut at);
    }
    if at.start < n {
        lines.push(Line::new(text, at.start, n, at.page, at.digit_before));
    }
    (lines, at.form_feeds)
}

/// Where [`split_lines_into`] stands between two parts.
#[derive(Clone, Copy)]
struct LinesAt {
    /// The start of the next 64-byte block.
    base: usize,
    page: usize,
    /// The start of the open line.
    start: usize,
    form_feeds: bool,
    /// Whether the open line has a digit before the block being looked at.
    digit_before: bool,
}

/// Bytes of text per call of [`split_lines_part`] (a multiple of the 64-byte block).
const SPLIT_PART: usize = 32 * 1024;

/// The blocks of [`split_lines_into`] from `state.base` for [`SPLIT_PART`] bytes, or to the end.
/// One call over a whole text would run in WebAssembly's slow baseline code throughout: V8 swaps
/// in optimised code for a function only when it is called again.
#[inline(never)]
fn split_lines_part(text: &str, lines: &mut Vec<Line>, state: &mut LinesAt) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let LinesAt {
        mut base,
        mut page,
        mut start,
        mut form_feeds,
        mut digit_before,
    } = *state;
    let push = |lines: &mut Vec<Line>, start: usize, end: usize, page: usize, digit: bool| {
        lines.push(Line::new(text, start, end, page, digit));
    };
    let stop = base.saturating_add(SPLIT_PART);
    while base < n && base < stop {
        let end = (base + 64).min(n);
        let len = end - base;
        let mut block = [0u8; 64];
        block[..len].copy_from_slice(&bytes[base..end]);
        let (breaks, digits) = scan::ranges(&block, (b'\n', b'\r'), (b'0', b'9'));
        // Padding is zero, which is neither a line end nor a digit.
        let mut breaks = breaks;
        while breaks != 0 {
            let k = breaks.trailing_zeros() as usize;
            breaks &= breaks - 1;
            let at = base + k;
            // The `\n` of a `\r\n` was taken with its `\r`.
            if at < start {
                continue;
            }
            // Digits of the line inside this block: bits from its start (or the block's) to `k`.
            let from = start.saturating_sub(base).min(64);
            let inside = (digits >> from) & ((1u64 << (k - from)) - 1);
            let digit = digit_before || inside != 0;
            if bytes[at] == 0x0C {
                // A form feed opens a new page; text before it on the same line is a line of
                // its own.
                if at > start {
                    push(lines, start, at, page, digit);
                }
                page += 1;
                form_feeds = true;
                start = at + 1;
            } else {
                push(lines, start, at, page, digit);
                start = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    at + 2
                } else {
                    at + 1
                };
            }
            digit_before = false;
        }
        // The open line's digits in the rest of this block.
        if start < end {
            let from = start.saturating_sub(base);
            digit_before |= digits >> from != 0;
        }
        base = end;
    }
    *state = LinesAt {
        base,
        page,
        start,
        form_feeds,
        digit_before,
    };
}

/// [`split_lines`] as it was, with memchr per line and a digit test per line: the reference.
#[cfg(test)]
fn split_lines_by_memchr(text: &str) -> (Vec<Line>, bool) {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut page = 0;
    let mut start = 0;
    let mut i = 0;
    let mut form_feeds = false;
    let push = |lines: &mut Vec<Line>, start: usize, end: usize, page: usize| {
        // A fold, not `any`: without an early exit the compiler vectorises it.
        let digit = text.as_bytes()[start..end]
            .iter()
            .fold(false, |acc, b| acc | b.is_ascii_digit());
        lines.push(Line::new(text, start, end, page, digit));
    };
    // Line feeds, carriage returns and form feeds are found with memchr3 at memory speed; a
    // vertical tab (rare: Word's manual line break) sends the text down the byte-by-byte path.
    let has_vertical_tab = memchr::memchr(0x0B, bytes).is_some();
    loop {
        let next = if has_vertical_tab {
            bytes[i..]
                .iter()
                .position(|b| (b'\n'..=b'\r').contains(b))
                .map(|p| i + p)
        } else {
            memchr::memchr3(b'\n', b'\r', 0x0C, &bytes[i..]).map(|p| i + p)
        };
        let Some(at) = next else { break };
        i = at;
        if bytes[i] == 0x0C {
            // A form feed opens a new page; text before it on the same line is a line of its own.
            if i > start {
                push(&mut lines, start, i, page);
            }
            page += 1;
            form_feeds = true;
        } else {
            push(&mut lines, start, i, page);
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        }
        i += 1;
        start = i;
    }
    if start < bytes.len() {
        push(&mut lines, start, bytes.len(), page);
    }
    (lines, form_feeds)
}

/// How many lines in a row must open with `>` to be a quotation.
const QUOTED_RUN: usize = 2;

/// A report pasted from an e-mail as a quotation (`> Verslag van de Raad …` ⏎ `>` ⏎ `> De Raad
/// …`): each line of a run of [`QUOTED_RUN`] lines or more that open with `>` (`> >` for a
/// quotation inside one) loses its marks, so that the report's blocks, headings and sentences
/// are read as if it had been pasted alone; a line of marks alone is a blank line. A single
/// line (a letter's `> Retouradres …`) keeps its mark. One byte looked at per line.
///
/// Whether a run lost its marks.
fn unquote_mail(text: &str, lines: &mut [Line]) -> bool {
    let bytes = text.as_bytes();
    let quoted = |l: &Line| l.start < l.end && bytes[l.start] == b'>';
    let mut i = 0;
    let mut unquoted = false;
    while i < lines.len() {
        if !quoted(&lines[i]) {
            i += 1;
            continue;
        }
        let run = lines[i..].iter().take_while(|l| quoted(l)).count();
        if run >= QUOTED_RUN {
            unquoted = true;
            for line in &mut lines[i..i + run] {
                let mut k = line.start;
                let mut indent: usize = 0;
                while k < line.end && matches!(bytes[k], b'>' | b' ' | b'\t') {
                    indent = if bytes[k] == b'>' { 0 } else { indent + 1 };
                    k += 1;
                }
                line.start = k;
                line.indent = if k == line.end {
                    0
                } else {
                    indent.saturating_sub(1)
                };
            }
        }
        i += run;
    }
    unquoted
}

/// The lines an e-mail client sets between a forwarding note and the message it forwards,
/// without their dashes and in lower case.
const FORWARD_SEPARATORS: [&str; 6] = [
    "oorspronkelijk bericht",
    "original message",
    "forwarded message",
    "doorgestuurd bericht",
    "begin forwarded message:",
    "begin doorgestuurd bericht:",
];

/// Marks the note that forwards an e-mail (`Van: …` ⏎ `Onderwerp: …` ⏎ `Geachte griffier,
/// hierbij ontvangt u …` ⏎ `-----Oorspronkelijk bericht-----`) as furniture and returns its
/// number of lines, separator included: the report is the message forwarded, and the note's
/// date, subject and greeting are the forwarder's. Only a text that opens on a mail field
/// (`Van:`, `From:`) and has the separator among its first [`MAX_FRONT_MATTER`] lines.
fn mark_forwarding(text: &str, lines: &mut [Line]) -> usize {
    let line = |l: &Line| &text[l.start..l.end];
    let Some(first) = lines.iter().find(|l| !l.blank() && !l.furniture) else {
        return 0;
    };
    let opens = line(first).split_once(':').is_some_and(|(key, _)| {
        ["van", "from", "afzender", "sender"]
            .iter()
            .any(|k| key.eq_ignore_ascii_case(k))
    });
    if !opens {
        return 0;
    }
    let separator = lines.iter().take(MAX_FRONT_MATTER).position(|l| {
        let s = line(l);
        let inner = s.trim_matches(|c: char| c == '-' || c == ' ');
        s.len() <= 60
            && FORWARD_SEPARATORS
                .iter()
                .any(|f| inner.len() == f.len() && inner.eq_ignore_ascii_case(f))
    });
    let Some(end) = separator.map(|k| k + 1) else {
        return 0;
    };
    let mut marked = 0;
    for l in &mut lines[..end] {
        if !l.furniture && !l.blank() {
            l.furniture = true;
            marked += 1;
        }
    }
    marked
}

/// The most lines an e-mail's signature under its `--` may have.
const MAX_MAIL_SIGNATURE: usize = 8;

/// Marks an e-mail's signature (`--` ⏎ `Team Parlementaire Zaken | Directie …` ⏎ `T 070 …`,
/// the sender's, not the report's signatories) as furniture and returns its number of lines,
/// the `--` included: the last `--` line of the text, after a blank line, with at most
/// [`MAX_MAIL_SIGNATURE`] lines under it. Asked only of a text that is an e-mail.
fn mark_mail_signature(text: &str, lines: &mut [Line]) -> usize {
    let line = |l: &Line| &text[l.start..l.end];
    let content: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| !lines[i].blank())
        .take(MAX_MAIL_SIGNATURE + 1)
        .collect();
    let Some(&dashes) = content.iter().find(|&&i| line(&lines[i]) == "--") else {
        return 0;
    };
    if dashes == 0 || !lines[dashes - 1].blank() {
        return 0;
    }
    let mut marked = 0;
    for l in &mut lines[dashes..] {
        if !l.furniture && !l.blank() {
            l.furniture = true;
            marked += 1;
        }
    }
    marked
}

/// The leading white space's length and the trimmed line, as `str::trim` has it; ASCII blanks
/// are skipped on bytes first, since the Unicode-aware trim is slow on every line of the text.
fn trim(raw: &str) -> (usize, &str) {
    let bytes = raw.as_bytes();
    let mut a = 0;
    while a < bytes.len() && matches!(bytes[a], b'\t'..=b'\r' | b' ') {
        a += 1;
    }
    let mut b = bytes.len();
    while b > a && matches!(bytes[b - 1], b'\t'..=b'\r' | b' ') {
        b -= 1;
    }
    // A non-ASCII byte at either edge may be Unicode white space (a no-break space).
    if bytes.get(a).is_some_and(|&c| c >= 0x80) || (b > a && bytes[b - 1] >= 0x80) {
        let trimmed_start = raw.trim_start();
        return (raw.len() - trimmed_start.len(), trimmed_start.trim_end());
    }
    (a, &raw[a..b])
}

/// The 90th percentile of line lengths in bytes: the width the text was wrapped at. 0 when there
/// are too few lines to tell, which switches off the rules that compare with it.
#[inline(never)]
fn wrap_width(text: &str, lines: &[Line], content: &[usize]) -> usize {
    if content.len() < 8 {
        return 0;
    }
    let _ = text;
    let mut histogram = [0u32; 257];
    for &i in content {
        let len = (lines[i].end - lines[i].start).min(256);
        histogram[len] += 1;
    }
    let target = content.len() * 9 / 10;
    let mut seen = 0usize;
    for (len, &n) in histogram.iter().enumerate() {
        seen += n as usize;
        if seen >= target {
            return len;
        }
    }
    256
}

/// Whether `bytes` open on a character that shows nothing and joins or breaks no words for a
/// reader: a zero-width space (U+200B), a zero-width non-joiner (U+200C) or a word joiner
/// (U+2060). A zero-width joiner (U+200D) stays: it binds the parts of an emoji.
fn zero_width(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xE2, 0x80, 0x8B | 0x8C, ..] | [0xE2, 0x81, 0xA0, ..]
    )
}

/// Whether the layout leaves `c` out where a reference (`&shy;`, `&#8203;`) writes it.
fn invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{2060}')
}

/// A line is short when it stops well before the wrap width: it ended its paragraph.
fn is_short(s: &str, wrap: usize) -> bool {
    wrap > 0 && s.len() * 10 < wrap * 7
}

/// Where `text` holds what [`Builder::copy`] mends, in order: soft hyphens, no-break spaces,
/// and two spaces after a word; in Markdown, the backslashes that escape a punctuation mark.
/// Most texts hold few or none, so `copy` checks one offset per line instead of searching each
/// line.
fn special_offsets(text: &str, markdown: bool) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out: Vec<usize> = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| matches!(bytes.get(i + 1), Some(0xAD | 0xA0)))
        .collect();
    // Zero-width spaces and word joiners (U+200B, U+200C, U+2060), as a web page or a word
    // processor leaves them inside words (`Neder\u{200B}land`): left out like soft hyphens.
    let zero_width = memchr::memchr_iter(0xE2, bytes)
        .filter(|&i| zero_width(&bytes[i..]))
        .collect::<Vec<_>>();
    if !zero_width.is_empty() {
        out.extend(zero_width);
        out.sort_unstable();
    }
    // HTML character references left in a text copied from the web or a converter.
    let entities = memchr::memchr_iter(b'&', bytes).filter(|&i| entity::at(&bytes[i..]).is_some());
    let before = out.len();
    out.extend(entities);
    if before > 0 && out.len() > before {
        out.sort_unstable();
    }
    if markdown {
        let escapes = markdown_escapes(bytes);
        if !escapes.is_empty() {
            out.extend(escapes);
            out.sort_unstable();
        }
    }
    let mut pairs = footnote_marks(bytes);
    // A PDF font's ligatures (U+FB00..U+FB06: `ﬁ`, `ﬂ`), as pdftotext leaves them.
    pairs.extend(memchr::memchr_iter(0xEF, bytes).filter(|&i| ligature(&bytes[i..]).is_some()));
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&bytes[from..], b"  ") {
        let i = from + at;
        // Past the whole run of spaces: an indentation is searched once, not pair by pair.
        let run = bytes[i..].iter().take_while(|&&b| b == b' ').count();
        if i > 0 && !bytes[i - 1].is_ascii_whitespace() {
            pairs.push(i);
        }
        from = i + run;
    }
    if !pairs.is_empty() {
        out.extend(pairs);
        out.sort_unstable();
    }
    out
}

/// Where Markdown escapes a punctuation mark with a backslash (`1\. Toezicht`,
/// `Inspecteur\-generaal`, `\*Toezicht\*`, as Google Docs and other converters write them
/// wherever the mark could be read as markup): the backslashes, which [`Builder::copy`] leaves
/// out, so that numbers, names and words read as written. An escaped backslash (`\\`) is
/// one backslash; a backslash before a letter or a space (`C:\Users`) is no escape.
fn markdown_escapes(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'\\', &bytes[from..]) {
        let i = from + at;
        if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
            out.push(i);
            from = i + 2;
        } else {
            from = i + 1;
        }
    }
    out
}

/// Where a footnote's number is glued to the word it belongs to, as `pdftotext` leaves a
/// superscript (`de lidstaten3 met`, `De Commissie12 meldde`): the digits, which [`Builder::copy`]
/// leaves out, so that the word is found again (a body, a collective, a verb). Only numbers of
/// the text's own footnotes count (a line that opens with the number, a space and a letter:
/// `3 Waaronder België`), only after a lower-case word of four letters or more (not `G7`,
/// `EU27`, `km2`), and only before a space or a punctuation mark (not `versie2.1`).
fn footnote_marks(bytes: &[u8]) -> Vec<usize> {
    // The numbers that open a line as a footnote does; most texts have none, and are done.
    let mut notes = [false; 1000];
    let mut any = false;
    for at in std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)) {
        if let Some(n) = note_number(&bytes[at.min(bytes.len())..]) {
            notes[n as usize] = true;
            any = true;
        }
    }
    if !any {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 1;
    while i < bytes.len() {
        let b = bytes[i];
        if !b.is_ascii_digit() || b == b'0' {
            i += 1;
            continue;
        }
        let digits = bytes[i..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let after_ok = match bytes.get(i + digits) {
            None | Some(b' ' | b'\n' | b'\r' | b',' | b';' | b':' | b')') => true,
            Some(b'.') => !bytes.get(i + digits + 1).is_some_and(u8::is_ascii_digit),
            _ => false,
        };
        if digits <= 3
            && after_ok
            && notes[number(&bytes[i..i + digits])]
            && (lower_word_before(bytes, i) || after_full_stop(bytes, i, digits))
        {
            out.push(i);
        }
        i += digits;
    }
    out
}

/// Whether the footnote's number of `digits` digits at `at` follows a full stop after a
/// lower-case letter and goes before a capital or the line's end (`van 12 maart jl.1 De
/// Commissie`, `het voorstel.2 Frankrijk`): a sentence's end, not a decimal or `versie 2.1`.
fn after_full_stop(bytes: &[u8], at: usize, digits: usize) -> bool {
    at >= 2
        && bytes[at - 1] == b'.'
        && bytes[at - 2].is_ascii_lowercase()
        && match bytes.get(at + digits) {
            None | Some(b'\n' | b'\r') => true,
            Some(b' ') => bytes
                .get(at + digits + 1)
                .is_some_and(u8::is_ascii_uppercase),
            _ => false,
        }
}

/// The value of one to three ASCII digits.
fn number(digits: &[u8]) -> usize {
    digits.iter().fold(0, |n, d| n * 10 + usize::from(d - b'0'))
}

/// Whether a word of four letters or more, its last one lower case, ends right before `at`.
fn lower_word_before(bytes: &[u8], at: usize) -> bool {
    // Back over the word's letters (a non-ASCII byte is part of a letter such as `ë`).
    let mut start = at;
    while start > 0
        && at - start < 40
        && (bytes[start - 1].is_ascii_alphabetic() || bytes[start - 1] >= 0x80)
    {
        start -= 1;
    }
    if start > 0 && (bytes[start - 1].is_ascii_digit() || bytes[start - 1] >= 0x80) {
        return false;
    }
    let Ok(word) = std::str::from_utf8(&bytes[start..at]) else {
        return false;
    };
    word.chars().all(char::is_alphabetic)
        && word.chars().count() >= 4
        && word.chars().next_back().is_some_and(char::is_lowercase)
}

/// The letters of the ligature (U+FB00..U+FB06) that `bytes` start with: `ﬁ` is `fi`.
fn ligature(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xEF, 0xAC, b, ..] => ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]
            .get(usize::from(b.wrapping_sub(0x80)))
            .copied(),
        _ => None,
    }
}

fn is_long(s: &str, wrap: usize) -> bool {
    wrap > 0 && s.len() * 10 >= wrap * 6
}

/// The length in bytes of the first word of `s`.
fn first_word_len(s: &str) -> usize {
    memchr::memchr(b' ', s.as_bytes()).unwrap_or(s.len())
}

/// Whether `prev` stopped short of the wrap width by more than the first word of `line` and a
/// space: a program that wraps would have set that word on it, so the writer ended the line
/// there (a heading, a paragraph's last line). Text without blank lines between its
/// paragraphs, as a mail or a copy out of a word processor has, tells its blocks apart so.
fn ends_before_word(prev: &str, line: &str, wrap: usize) -> bool {
    wrap > 0 && prev.len() + 1 + first_word_len(line) < wrap
}

/// [`ends_before_word`] with room to spare, a tenth of the width: a PDF's lines, set in a
/// proportional font, hold more or fewer characters as their letters are narrow or wide
/// (`De Commissie en het Europees agentschap voor grootschalige` ⏎ `IT-systemen (eu-LISA) …`
/// wrapped).
fn ends_well_before_word(prev: &str, line: &str, wrap: usize) -> bool {
    wrap > 0 && (prev.len() + 1 + first_word_len(line)) * 10 <= wrap * 9
}

/// Whether a heading-shaped line of full length still ends where its writer ended it: the
/// first word of `next` would have fit on it, or `next` is a short line of a few words
/// without closing punctuation, a label or a heading, which no paragraph ends with
/// (`Vangstmogelijkheden 2027 voor de Noordzee en de Atlantische Oceaan` ⏎ `Besluitvorming`);
/// an address's line (`Koningskade 4`) has a figure.
/// A line that opens with a number does not tell: `… onder meer artikel` ⏎ `2. Dat …`.
fn ends_before_block(line: &str, next: &str, wrap: usize) -> bool {
    // A row of a grid set by spaces (`Mr Bernard Quintin      Ms Daniela Bobeva`) is no
    // heading, however short.
    (ends_well_before_word(line, next, wrap)
        || (is_short(next, wrap)
            && word_count(next) <= 4
            && is_unnumbered_heading(next)
            && !next.bytes().any(|b| b.is_ascii_digit())))
        && find_three_spaces(line.as_bytes()).is_none()
}

/// Whether a line opens with a heading's or an item's number or letter and a title (`1.
/// Title`, `2.1 Title`, `(a) Title`, `II. Title`), not a bullet nor capitals nor a name's
/// initial (`P. van Dijk`, `J. Jansen`).
fn opens_numbered(s: &str) -> bool {
    // A digit, a bracket or a capital first: most lines open with another letter.
    let first = s.as_bytes().first().copied().unwrap_or(0);
    (first.is_ascii_digit() || first == b'(' || first.is_ascii_uppercase())
        && cue(s).is_some_and(|q| {
            !matches!(
                q.scheme,
                Scheme::AllCaps | Scheme::Bullet | Scheme::Markdown(_) | Scheme::LetterUpper
            ) && q.may_head(s)
        })
}

/// Whether `next` may follow a heading: it opens with a capital (after a quotation mark or a
/// bracket, perhaps), or with a number where the
/// wrap width is known (`(a) Animal welfare` under `Any other business`); a text of a few lines
/// does not tell a heading from a sentence broken before a number (`… artikel` ⏎ `2. Dat`).
fn may_follow_heading(next: &str, wrap: usize) -> bool {
    // A quotation or a note in brackets under a heading (`Quotes` ⏎ `"Encryption is …`,
    // `Legislative deliberations` ⏎ `(Public debate pursuant to …)`) opens with a capital too.
    let opened = next
        .strip_prefix(['"', '“', '‘', '('])
        .is_some_and(starts_upper);
    starts_upper(next) || opened || (wrap > 0 && opens_numbered(next))
}

/// A chapter's line numbered without a dot (`1 Raad Buitenlandse Zaken`): one or two digits, a
/// space, and a heading's title. The outline decides whether it is one (a heading numbered
/// `1.1` under it); layout only keeps it a line of its own.
fn bare_numbered_title(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    // Or a Roman numeral without a dot, as a Kamerstuk numbers its parts (`II Antwoord /
    // Reactie van de Minister`).
    let digits = match digits {
        0 => b
            .iter()
            .take(5)
            .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
            .count(),
        n => n,
    };
    // A date (`3 February 2026 11:20`) opens the same way.
    (1..=4).contains(&digits)
        && b.get(digits) == Some(&b' ')
        && b.get(digits + 1).is_some_and(u8::is_ascii_uppercase)
        && is_unnumbered_heading(&s[digits + 1..])
        && crate::metadata::dates::find_all(s)
            .first()
            .is_none_or(|m| m.span.start != 0)
}

/// A number or letter alone with its dot or bracket (`I.`, `1.`, `a)`), as `pdftotext` sets a
/// Council document's heading numbers on a line of their own over the title.
fn is_bare_marker(s: &str) -> bool {
    let b = s.as_bytes();
    // The length and the closing mark first: asked of every line.
    if b.len() < 2 || b.len() > 5 || !matches!(b[b.len() - 1], b'.' | b')') {
        return false;
    }
    let body = &b[..b.len() - 1];
    body.iter().all(u8::is_ascii_digit)
        || body.iter().all(|c| matches!(c, b'I' | b'V' | b'X'))
        || (body.len() == 1 && body[0].is_ascii_lowercase())
}

/// A letter's addressee line (`Aan de minister van Buitenlandse Zaken`, `To the Chair of the
/// Committee on Transport`): the head of its address.
fn is_addressee(s: &str) -> bool {
    // The first letters first: asked of most lines.
    matches!(s.as_bytes().first(), Some(b'A' | b'T'))
        && (s.starts_with("Aan de ") || s.starts_with("To the "))
        && s.len() <= 90
        && !s.ends_with(['.', ',', ':', ';'])
}

/// A signatory's role and name on one line (`De voorzitter van de commissie, Klaver`, `De
/// Minister van Buitenlandse Zaken, P.J. Vermeulen`), as a Kamerstuk's report is signed or a
/// mail or a web page sets a letter's signature: a closing line and a name after its comma.
/// The name ends without a full stop and the role holds no colon: `De voorzitter: Mevrouw Van
/// der Linden, CDA.` is a speaker's label. A surname alone signs for a committee's officers
/// only: a minister's role's own last part after a comma (`De Minister voor Klimaat, Energie`)
/// is no name.
fn is_signature_line(s: &str) -> bool {
    // The first letter of `De`, `Het`, `The` first: asked of most lines. A signing role
    // without its article (`Inspecteur-generaal, mr. A. de Vries`) is asked of a short line
    // that starts with a capital.
    let article = matches!(s.as_bytes().first(), Some(b'D' | b'H' | b'T'));
    if s.len() > 100 || !(article || (s.len() <= 80 && starts_upper(s))) {
        return false;
    }
    // The last comma, with a space after it: a byte search, not a string search.
    let Some(comma) = memchr::memrchr(b',', s.as_bytes()).filter(|&k| s[k + 1..].starts_with(' '))
    else {
        return false;
    };
    let (role, name) = (&s[..comma], &s[comma + 2..]);
    if name.ends_with('.') || role.contains(':') || !is_name_line(name) {
        return false;
    }
    let officer = || {
        let rest = role.split_once(' ').map_or("", |(_, r)| r);
        [
            "voorzitter",
            "griffier",
            "adjunct-griffier",
            "chair",
            "clerk",
            "secretaris",
            "secretary",
        ]
        .iter()
        .any(|o| {
            rest.len() >= o.len() && rest.as_bytes()[..o.len()].eq_ignore_ascii_case(o.as_bytes())
        })
    };
    (word_count(name) >= 2 || name.contains('.') || officer())
        && if article {
            is_closing_line(&s[..comma + 1])
        } else {
            // The role alone, as a signature under a foreword sets it: a few words.
            word_count(role) <= 4 && is_role_line(role)
        }
}

fn ends_sentence(s: &str) -> bool {
    let s = without_note_mark(s).trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    s.ends_with(['.', '!', '?', ':'])
}

/// `s` without a footnote's mark in superscript at its end (`… as a matter of priority.²`).
pub(crate) fn without_note_mark(s: &str) -> &str {
    // A byte test first: the superscripts are two or three bytes of UTF-8 that end in 0xB9,
    // 0xB2, 0xB3 (`¹²³`) or 0xB0–0xB9 (`⁰`–`⁹`).
    match s.as_bytes().last() {
        Some(0xB0..=0xB9) => s.trim_end_matches(|c: char| {
            matches!(c, '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}')
        }),
        _ => s,
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Words separated by ASCII blanks; runs on many lines, so bytes rather than chars.
fn word_count(s: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let blank = b == b' ' || b == b'\t';
        count += usize::from(!blank && !in_word);
        in_word = !blank;
    }
    count
}

/// Whether some run of letters is at least three long (non-ASCII bytes count as letters).
fn has_long_word(s: &str) -> bool {
    let mut run = 0;
    for &b in s.as_bytes() {
        if b.is_ascii_alphabetic() || b >= 0x80 {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The words around a hyphenated line end, if `line` ends with one.
fn hyphen_candidate<'a>(line: &'a str, next: &'a str) -> Option<Candidate<'a>> {
    let body = line.strip_suffix('-')?;
    if !body.chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let before = hyphen::last_word(body);
    let after = hyphen::first_word(next);
    (!before.is_empty() && !after.is_empty()).then_some(Candidate { before, after })
}

/// A signatory's role line ("De Minister van Justitie en Veiligheid,") or a valediction.
pub(crate) fn is_closing_line(s: &str) -> bool {
    // Runs on every line: decide on bytes, without allocating, before anything else.
    if s.len() > 100 {
        return false;
    }
    // A valediction starts with one of these letters; a role line ends with a comma. An
    // e-mail's short one may carry the sender's first name on its line (`Regards, Sorcha`, a
    // copy that joined the two lines).
    let first = s.as_bytes().first().map_or(0, |b| b | 0x20);
    if !matches!(first, b'h' | b'm' | b'y' | b'k' | b'r' | b'b' | b'g') && !s.ends_with(',') {
        return false;
    }
    let starts_ci = |s: &str, prefix: &str| {
        s.len() >= prefix.len()
            && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    if is_valediction(s) {
        return true;
    }
    if !s.ends_with(',') {
        return false;
    }
    let Some(rest) = ["de ", "the ", "het "]
        .iter()
        .find(|a| starts_ci(s, a))
        .map(|a| &s[a.len()..])
    else {
        return false;
    };
    signing_role_at(without_role_qualifier(rest)).is_some()
}

/// Whether a line is a letter's valediction (`Hoogachtend,`, `Yours sincerely,`).
pub(crate) fn is_valediction(s: &str) -> bool {
    // The short forms end an e-mail that forwards a report (`Groet,` ⏎ `Sanne` over the
    // quoted report): a letter's closing all the same. Chosen by the first letter: asked of
    // every line that ends with a comma.
    let first = s.as_bytes().first().map_or(0, |b| b | 0x20);
    let valedictions: &[&str] = match first {
        b'h' => &["hoogachtend", "hartelijke groet,"],
        b'm' => &["met vriendelijke groet", "met groet,"],
        b'y' => &["yours sincerely", "yours faithfully"],
        b'k' => &["kind regards"],
        b'g' => &["groet,", "groeten,"],
        b'b' => &["best regards"],
        b'r' => &["regards,"],
        _ => &[],
    };
    valedictions
        .iter()
        .any(|v| s.len() >= v.len() && s.as_bytes()[..v.len()].eq_ignore_ascii_case(v.as_bytes()))
        && word_count(s) <= 4
}

/// Whether a line is a letter's salutation (`Geachte Voorzitter,`, `Dear Chair,`): a word of
/// address, a few words, a comma at the end. It stands alone between the letter head and the
/// letter's first paragraph.
fn is_salutation(s: &str) -> bool {
    // The comma and the first letter first: asked of most lines.
    s.ends_with(',')
        && matches!(s.as_bytes().first(), Some(b'G' | b'D' | b'B'))
        && ["Geachte ", "Dear ", "Beste "]
            .iter()
            .any(|w| s.starts_with(w))
        && word_count(s) <= 6
}

/// Whether a line is a letter's place and date (`Den Haag, 20 november 2026`, `Brussels, 5 May
/// 2027`): a place of a few capitalised words, a comma, and a date that ends the line with its
/// year. It stands alone in a letter head.
fn is_place_and_date(s: &str) -> bool {
    let b = s.as_bytes();
    // The length and the year's digits first: asked of most lines.
    if b.len() > 48 || b.len() < 10 || !b[b.len() - 4..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let Some((place, date)) = s.split_once(", ") else {
        return false;
    };
    (1..=3).contains(&word_count(place))
        && place
            .split(' ')
            .all(|w| starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && crate::metadata::dates::find_all(date)
            .first()
            .is_some_and(|m| m.span.start == 0 && m.span.end == date.len())
}

/// Words that qualify a signing role for the time being (`De fungerend voorzitter van de
/// commissie,`, `De waarnemend griffier,`), in lower case.
const ROLE_QUALIFIERS: [&str; 4] = ["fungerend", "waarnemend", "plaatsvervangend", "acting"];

/// `s` after a [`ROLE_QUALIFIERS`] word and its space, or `s` itself.
fn without_role_qualifier(s: &str) -> &str {
    ROLE_QUALIFIERS
        .iter()
        .find_map(|q| {
            let n = q.len();
            (s.len() > n + 1
                && s.as_bytes()[..n].eq_ignore_ascii_case(q.as_bytes())
                && s.as_bytes()[n] == b' ')
                .then(|| &s[n + 1..])
        })
        .unwrap_or(s)
}

/// Whether `line` opens a signing role that wraps before its comma onto `next`, the line right
/// under it: `De Minister voor Buitenlandse Handel` ⏎ `en Ontwikkelingshulp,`. Every word of
/// the role is a name's or a small link word (`van`, `voor`, `en`), so that a sentence about a
/// minister (`De minister van Financiën gaf aan …`) opens none.
fn opens_wrapped_role(line: &str, next: Option<&str>) -> bool {
    const LINKS: [&str; 9] = ["van", "voor", "en", "de", "het", "of", "for", "and", "the"];
    let Some(next) = next else { return false };
    if line.ends_with(',')
        || !next.ends_with(',')
        || !starts_lower(next)
        || line.len() > 80
        || word_count(line) > 8
        || word_count(next) > 6
        || next.contains(['.', ':', ';'])
    {
        return false;
    }
    let Some(rest) = ["de ", "the ", "het "].iter().find_map(|a| {
        (line.len() > a.len() && line.as_bytes()[..a.len()].eq_ignore_ascii_case(a.as_bytes()))
            .then(|| &line[a.len()..])
    }) else {
        return false;
    };
    let rest = without_role_qualifier(rest);
    let Some(role) = signing_role_at(rest) else {
        return false;
    };
    rest[role.len()..]
        .split_whitespace()
        .all(|w| LINKS.contains(&w) || w.starts_with(char::is_uppercase))
        && next
            .trim_end_matches(',')
            .split_whitespace()
            .all(|w| LINKS.contains(&w) || w.starts_with(char::is_uppercase))
}

/// The roles that sign a letter or a report, in lower case.
const SIGNING_ROLES: [&str; 19] = [
    "minister",
    "staatssecretaris",
    "secretary",
    "voorzitter",
    "president",
    "directeur",
    "director",
    "secretaris",
    "commissaris",
    // An inspectorate's head signs its annual report (`Inspecteur-generaal`).
    "inspecteur",
    "chair",
    // A Kamerstuk report is signed by the committee's chair and its clerk, or its deputy.
    "griffier",
    "adjunct-griffier",
    "clerk",
    "chairman",
    "chairperson",
    "chairwoman",
    // A secretariat's or a unit's head signs its note (`Head of the Presidency Secretariat`,
    // `Hoofd Directie Europese Zaken`).
    "head",
    "hoofd",
];

/// The role that signs ([`SIGNING_ROLES`]) that `s` opens with as a whole word: `Het
/// voorzitterschap wil …,` opens with none.
fn signing_role_at(s: &str) -> Option<&'static str> {
    SIGNING_ROLES.iter().copied().find(|role| {
        s.len() >= role.len()
            && s.as_bytes()[..role.len()].eq_ignore_ascii_case(role.as_bytes())
            && !s[role.len()..].starts_with(char::is_alphabetic)
    })
}

/// Whether every capitalised word of `words` (on a line at `at`) is also written in small
/// letters nearby: `Annual Accounts` over `Executive Director` is a heading, as `annual` and
/// `accounts` show; a name's words are names everywhere (`Maja Lindqvist`).
fn all_written_small_nearby<'a>(
    text: &str,
    at: usize,
    words: impl Iterator<Item = &'a str>,
) -> bool {
    const NEARBY: usize = 20_000;
    let lo = crate::floor_boundary(text, at.saturating_sub(NEARBY));
    let hi = crate::floor_boundary(text, at.saturating_add(NEARBY));
    let nearby = &text.as_bytes()[lo..hi];
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    words
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .all(|word| {
            let lower = word.to_lowercase();
            memchr::memmem::find_iter(nearby, lower.as_bytes()).any(|k| {
                let before = k.checked_sub(1).map(|b| nearby[b]);
                let after = nearby.get(k + lower.len()).copied();
                !before.is_some_and(word_byte) && !after.is_some_and(word_byte)
            })
        })
}

/// Whether the line `name` (at `at` in `text`) over the line `role` is a signature without a
/// closing formula (`Maja Lindqvist` ⏎ `Executive Director`): a name of two to four words, no
/// role itself, over a role line, and no heading whose words the text also writes in small
/// letters (`Annual Accounts`). The outline drops such a pair, the actors make it a person.
pub(crate) fn is_signature(text: &str, at: usize, name: &str, role: &str) -> bool {
    signed_name_length(name)
        && is_name_line(name)
        && !is_role_line(name)
        && is_role_line(role)
        && !all_written_small_nearby(text, at, name.split_whitespace())
}

/// Whether a signature's name line is as long as a name: two to four words, and titles,
/// initials and a first name in brackets on top of them (`Mr. drs. H.J. (Hanneke) Bosman`).
fn signed_name_length(name: &str) -> bool {
    let words = name.split_whitespace();
    let core = words
        .clone()
        .filter(|w| !w.ends_with('.') && !w.starts_with('('))
        .count();
    (2..=7).contains(&words.count()) && (1..=4).contains(&core)
}

/// A line without the Markdown emphasis around it (`*Executive Director*`).
pub(crate) fn unemphasised(s: &str) -> &str {
    s.trim_matches(['*', '_'])
}

/// Whether the line `name` over the line `role` is a name over a signing role, emphasis
/// aside: the cheap name test first, since it turns nearly every line away.
pub(crate) fn signature_pair(name: &str, role: &str) -> bool {
    let name = unemphasised(name);
    is_name_line(name)
        && signed_name_length(name)
        && !is_role_line(name)
        && is_role_line(unemphasised(role))
}

/// Whether the line `s` is a signatory's role under her name: a role that signs, after at most
/// one word that qualifies it (`Executive Director`, `Deputy Chair`, `Algemeen directeur`), in
/// a few words.
pub(crate) fn is_role_line(s: &str) -> bool {
    let role_alone = |s: &str| {
        signing_role_at(s).is_some_and(|role| {
            // Nothing after the role but what it is of (`Chair of the Board`,
            // `Secretary-General`): `Director's statement` is a heading.
            let rest = &s[role.len()..];
            rest.is_empty()
                || [" of ", " for ", " van ", " voor ", "-"]
                    .iter()
                    .any(|p| rest.starts_with(p))
                    && !rest.contains("'s")
                // Or the body it serves in brackets (`First Secretary (Coreper II)`).
                || rest
                    .strip_prefix(" (")
                    .and_then(|r| r.strip_suffix(')'))
                    .is_some_and(|body| !body.contains(['(', ')']))
                // Or the board it chairs or sits on right after it, as a Dutch signature
                // writes it (`Voorzitter Raad van Bestuur`).
                || rest.strip_prefix(' ').is_some_and(|board| {
                    SIGNING_BOARDS.iter().any(|b| board.eq_ignore_ascii_case(b))
                })
        })
    };
    word_count(s) <= 8
        && !s.ends_with(['.', ':', ';'])
        && (role_alone(s) || s.split_once(' ').is_some_and(|(_, rest)| role_alone(rest)))
}

/// The boards a signing role may name right after it, without `of` or `van` (`Voorzitter Raad
/// van Bestuur`, `Chair Management Board`).
const SIGNING_BOARDS: [&str; 10] = [
    "Raad van Bestuur",
    "Raad van Toezicht",
    "Raad van Commissarissen",
    "Raad van Advies",
    "College van Bestuur",
    "Bestuur",
    "Management Board",
    "Executive Board",
    "Supervisory Board",
    "Board of Directors",
];

/// The seats on a board that sign beside its chair, in lower case (`M. El Idrissi, lid`).
const BOARD_SEATS: [&str; 9] = [
    "lid",
    "bestuurslid",
    "vicevoorzitter",
    "vice-voorzitter",
    "penningmeester",
    "member",
    "board member",
    "vice-chair",
    "treasurer",
];

/// A board's signature on one line: a name with initials, a comma, the seat it holds (`P.
/// Jansen, voorzitter`, `M. El Idrissi, lid`, `A.B. Smith, Executive Director`); the name and
/// the seat. The initials keep a heading such as `A. Migratie, asiel` out.
///
/// A name written out (`Annelies Verhoef-Dijkman, directeur-bestuurder` under a foreword,
/// `Hans de Wolff, voorzitter van de Raad van Toezicht`) signs too, in two to four words that
/// start with a first name, when the seat is a role that signs; a heading such as `Westelijke
/// Balkan, uitbreiding` names none.
///
/// A board's list may set each member as a list item, an academic title before the initials
/// (`- ir. S. Benali, lid`): the name then starts after the bullet, with its title.
pub(crate) fn board_signature_line(s: &str) -> Option<(&str, &str)> {
    let s = s.trim();
    let s = s
        .strip_prefix(['-', '*', '•', '–'])
        .filter(|rest| rest.starts_with(' '))
        .map_or(s, str::trim_start);
    let titled = s
        .split_once(' ')
        .is_some_and(|(first, _)| ACADEMIC_TITLES.contains(&first));
    if s.len() > 80 || !(titled || s.starts_with(|c: char| c.is_uppercase())) {
        return None;
    }
    let (name, seat) = s.rsplit_once(", ")?;
    let mut words = name
        .split_whitespace()
        .skip_while(|w| ACADEMIC_TITLES.contains(w));
    let initials = words.next().is_some_and(|w| {
        w.len() >= 2
            && w.split_terminator('.')
                .all(|i| i.len() == 1 && i.starts_with(|c: char| c.is_ascii_uppercase()))
            && w.ends_with('.')
    });
    let seat_lower = seat.to_lowercase();
    let seated = BOARD_SEATS.contains(&seat_lower.as_str()) || is_role_line(seat);
    let written_out = || {
        (2..=4).contains(&word_count(name))
            && name
                .split_whitespace()
                .next()
                .is_some_and(first_name_shaped)
            && name
                .split_whitespace()
                .last()
                .is_some_and(|w| starts_upper(w) && w.chars().any(char::is_lowercase))
            && is_role_line(seat)
    };
    ((initials && (2..=5).contains(&word_count(name))) || written_out())
        .then_some(())
        .filter(|()| is_name_line(name) && !seat.ends_with('.') && seated)
        .map(|()| (name, seat))
}

/// A word shaped as a first name: a capital, then small letters only (a hyphen between two
/// such parts allowed: `Anne-Marie`), and no adjective's ending (`Europese`, `Westelijke`,
/// `European`).
fn first_name_shaped(w: &str) -> bool {
    w.split('-').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && part.chars().count() >= 2
            && chars.all(char::is_lowercase)
    }) && !["ische", "ijke", "dse", "ese", "ean"]
        .iter()
        .any(|end| w.ends_with(end) && w.len() > 6)
}

/// The Dutch academic titles, written in lower case before a name (`drs. L.M. Kuipers`).
const ACADEMIC_TITLES: [&str; 7] = ["drs.", "dr.", "mr.", "ir.", "ing.", "prof.", "ds."];

/// A line that holds only a person's name: "D. Jansen", "Marie van der Berg", "drs. L.M.
/// Kuipers" (a Dutch academic title is written in lower case).
pub(crate) fn is_name_line(s: &str) -> bool {
    let words = word_count(s);
    if words == 0 || words > 6 || s.len() > 60 || s.ends_with([',', ':', ';']) {
        return false;
    }
    if s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    s.split_whitespace().all(|w| {
        starts_upper(w)
            || matches!(
                w,
                "van" | "de" | "der" | "den" | "ten" | "ter" | "von" | "le" | "la" | "'t" | "del"
            )
            || ACADEMIC_TITLES.contains(&w)
            // A first name in brackets after the initials (`M.C. (Marleen) van Dijk`).
            || w.strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .is_some_and(|r| starts_upper(r) && r.bytes().any(|b| b.is_ascii_lowercase()))
    })
}

/// Words that open a speaker's label in the report of a debate, before the name.
const SPEAKER_HEADS: [&str; 11] = [
    "De heer ",
    "Mevrouw ",
    "Minister ",
    "Staatssecretaris ",
    "Het lid ",
    "Mr ",
    "Mr. ",
    "Ms ",
    "Ms. ",
    "Mrs ",
    "Mrs. ",
];

/// A speaker's label on a line of its own: `De heer Ellian (VVD):`, `Mevrouw Van der Werf
/// (D66):`, `Minister Van Weel:`, `De voorzitter:`, or a bare name before a bracket
/// (`Van der Laan (CDA):`): a head or a bracket, a name of capitalised words and particles, a
/// colon at the end.
pub(crate) fn is_speaker_label(s: &str) -> bool {
    let Some(head) = s.strip_suffix(':') else {
        return false;
    };
    if head.len() > 80 {
        return false;
    }
    if ["De voorzitter", "The Chair", "De Voorzitter"].contains(&head) {
        return true;
    }
    // The affiliation in brackets: `(VVD)`, `(GroenLinks-PvdA)`.
    let (name, bracket) = match head.strip_suffix(')').and_then(|h| h.rsplit_once(" (")) {
        Some((name, inner)) => (
            name,
            !inner.is_empty() && inner.len() <= 40 && !inner.contains('('),
        ),
        None => (head, false),
    };
    let (name, headed) = match SPEAKER_HEADS.iter().find_map(|h| name.strip_prefix(h)) {
        Some(rest) => (rest, true),
        None => (name, false),
    };
    let words = word_count(name);
    (headed || bracket)
        && (1..=5).contains(&words)
        && starts_upper(name)
        && name.split(' ').all(|w| {
            (starts_upper(w) && !w.ends_with([',', '.', ';']))
                || matches!(
                    w,
                    "van" | "de" | "der" | "den" | "ten" | "ter" | "te" | "von" | "'t"
                )
                || (w.len() <= 3 && w.ends_with('.'))
        })
}

/// Whether a short line without a number can stand as a heading: few words, a capital first,
/// no comma, no closing punctuation and no e-mail address (`Press Officer press@…`, a
/// contact).
pub(crate) fn is_unnumbered_heading(s: &str) -> bool {
    // A programme's time slot before its title (`14.30 - 16.30 uur | Werksessie I: …`): the
    // title is what must read as a heading.
    let s = time_slot(s).map_or(s, |t| &s[t..]);
    if (s.len() > 90 && !(s.len() <= MAX_REPLY_HEADING_LEN && answers_the_members(s)))
        || !starts_upper(s)
        || s.ends_with(['.', ',', ';', ':', '!'])
        || memchr::memchr2(b',', b'@', s.as_bytes()).is_some()
        || tab_after_word(s)
        || furniture::is_kind_and_date(s)
        // A turn of a transcript (`Q: … the budget?`, `A: No.`): a letter and its colon.
        || s.as_bytes().get(1) == Some(&b':')
        || asked_turn(s)
    {
        return false;
    }
    let words = word_count(s);
    ((1..=10).contains(&words)
        || words <= 13 && dated_title_words(s) <= 10
        || words <= MAX_MEMBERS_HEADING_WORDS && names_the_members(s)
        || words <= MAX_REPLY_HEADING_WORDS && answers_the_members(s))
        && has_long_word(s)
}

/// The words of a title that ends on its meeting's date (`Voorbereiding van de Europese Raad
/// van 11 en 12 december 2026`) but for the date's figures, which make it no longer to read:
/// `van` or `of`, days, a month and a year; `usize::MAX` for any other line (`Vastgesteld 8
/// januari 2027` is a paper's stamp).
fn dated_title_words(s: &str) -> usize {
    let b = s.as_bytes();
    let year =
        b.len() > 5 && b[b.len() - 5] == b' ' && b[b.len() - 4..].iter().all(u8::is_ascii_digit);
    if !year {
        return usize::MAX;
    }
    let mut words = s.split(' ').filter(|w| !w.is_empty()).rev().skip(1);
    if words
        .next()
        .is_none_or(|m| crate::metadata::dates::month(m).is_none())
    {
        return usize::MAX;
    }
    // The year's, and then the days'.
    let mut figures = 1;
    for w in words {
        if w.bytes().all(|c| c.is_ascii_digit() || c == b'-') || matches!(w, "en" | "and" | "t/m") {
            figures += usize::from(w.bytes().any(|c| c.is_ascii_digit()));
            continue;
        }
        if !matches!(w, "van" | "of") {
            return usize::MAX;
        }
        break;
    }
    word_count(s) - figures
}

/// The most words and bytes of the heading over a government's reply in a written
/// consultation ("II Reactie van de Minister van Asiel en Migratie en de Minister van Justitie
/// en Veiligheid op de vragen en opmerkingen vanuit de fracties"): two offices' names make it
/// longer than other headings.
const MAX_REPLY_HEADING_WORDS: usize = 26;
const MAX_REPLY_HEADING_LEN: usize = 200;

/// Whether a line heads a government's reply to the members' questions: `Reactie van` or
/// `Antwoord van` (after a part's bare Roman numeral, "II"), and `vragen` in it.
fn answers_the_members(s: &str) -> bool {
    let rest = s.trim_start_matches(['I', 'V', 'X']);
    let rest = if rest.len() < s.len() {
        match rest.strip_prefix(' ') {
            Some(r) => r,
            None => return false,
        }
    } else {
        s
    };
    ["Reactie van ", "Antwoord van ", "Beantwoording van "]
        .iter()
        .any(|p| rest.starts_with(p))
        && rest.contains(" vragen")
}

/// A journalist's turn at a press conference (`Question (Politico): What about …?`): a label
/// with its medium in brackets before the colon, or a question after a label's colon.
fn asked_turn(s: &str) -> bool {
    let Some(colon) = memchr::memchr(b':', s.as_bytes()) else {
        return false;
    };
    let (label, rest) = (&s[..colon], &s[colon + 1..]);
    rest.starts_with(' ') && (label.ends_with(')') || rest.ends_with('?'))
}

/// The most words of a written consultation's heading that names the members whose questions
/// follow ("Vragen en opmerkingen van de leden van de fracties van de ChristenUnie en de
/// SGP"): longer than other headings, as the groups' names are.
const MAX_MEMBERS_HEADING_WORDS: usize = 16;

/// Whether a line names the members of a parliamentary group (`van de leden van de`), as a
/// written consultation heads their questions and the minister's answers to them.
fn names_the_members(s: &str) -> bool {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER
        .get_or_init(|| memchr::memmem::Finder::new(b" van de leden van de"))
        .find(s.as_bytes())
        .is_some()
}

/// A short line of a few capitalised words without punctuation: an item's title or a label
/// under it ("Besluitvorming", "Korte toelichting") that the extraction set on a line of its
/// own without blank lines around it. A wrapped line of running text reaches past half the
/// wrap width or ends its paragraph with punctuation.
fn is_label_line(s: &str, wrap: usize) -> bool {
    wrap > 0 && s.len() * 2 < wrap && word_count(s) <= 4 && is_unnumbered_heading(s)
}

/// Labels of a letter head's references, which never head a section.
const REFERENCE_LABELS: [&str; 10] = [
    "ons kenmerk",
    "uw kenmerk",
    "kenmerk",
    "onze referentie",
    "uw referentie",
    "uw brief",
    "bijlage(n)",
    "our ref",
    "your ref",
    "our reference",
];

/// Whether `s` is one of [`REFERENCE_LABELS`] alone (a colon after it allowed).
fn bare_reference_label(s: &str) -> bool {
    let s = s.strip_suffix(':').unwrap_or(s);
    // Lengths first: most lines are longer than any label.
    s.len() <= 15
        && REFERENCE_LABELS
            .iter()
            .any(|l| l.len() == s.len() && l.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// The longest label that opens a paragraph before its colon ("Inzet Nederland:", "Besluitvorming:").
const MAX_OPENING_LABEL: usize = 32;

/// Whether a line opens with a label of one to three words, a capital first, and a colon
/// ("Inzet Nederland: …", "Toelichting:"): annotated agendas start their paragraphs so. A
/// reStructuredText field list writes the label between colons (`:Date: 19 March 2026`).
fn opens_with_label(s: &str) -> bool {
    let s = s
        .strip_prefix(':')
        .filter(|r| r.starts_with(|c: char| c.is_uppercase()))
        .unwrap_or(s);
    let head = &s.as_bytes()[..s.len().min(MAX_OPENING_LABEL + 1)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    let label = &s[..colon];
    let after = s.as_bytes().get(colon + 1);
    colon > 0
        && after.is_none_or(|&b| b == b' ' || b == b'\t')
        && starts_upper(label)
        && (1..=3).contains(&word_count(label))
        && label
            .chars()
            .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '-')
}

/// The most words (its number included) a heading ending in a full stop has: minutes number
/// their paragraphs like their items ("1.2 The Board adopted the agenda without changes."),
/// and a heading seldom ends in a full stop; a short one may ("3. Diversen.").
const MAX_HEADING_WORDS_WITH_FULL_STOP: usize = 5;

/// Words that open a sentence about someone, seldom a heading ("The Board took note.").
/// The leaders or ministers who open a paragraph of conclusions or a chair's summary ("1.
/// Leaders discussed the latest developments in …") are its subject, as an article is.
const SENTENCE_OPENERS: [&str; 10] = [
    "the",
    "a",
    "an",
    "this",
    "de",
    "het",
    "een",
    "dit",
    "leaders",
    "ministers",
];

/// Whether a numbered line of `words` words (its number included) is a numbered paragraph: it
/// ends with a full stop, and is long or opens with an article.
fn numbered_sentence(s: &str, words: usize) -> bool {
    let s = without_footnote_mark(s);
    // A numbered question of more than a few words is one a paper asks ("1. Does the
    // Commission agree that …?"), no heading.
    if s.ends_with('?') && words > MAX_HEADING_WORDS_WITH_FULL_STOP {
        return true;
    }
    if let Some(lead) = s.strip_suffix(':') {
        return leads_into_list(lead);
    }
    if !s.ends_with('.') || s.ends_with("..") {
        return false;
    }
    if words > MAX_HEADING_WORDS_WITH_FULL_STOP {
        return true;
    }
    let body = cue(s).map_or(s, |c| &s[c.title_start..]);
    let first = body.split([' ', '\t']).next().unwrap_or("");
    words >= 3
        && SENTENCE_OPENERS
            .iter()
            .any(|w| w.len() == first.len() && w.as_bytes().eq_ignore_ascii_case(first.as_bytes()))
}

/// Whether `lead`, a numbered line before its colon, is a sentence that a list finishes ("10.
/// In light of the above, the Committee is invited to:", "3. De Raad besluit dat:"): it ends
/// with a word no heading ends with, after a comma or some words.
fn leads_into_list(lead: &str) -> bool {
    let last = lead.rsplit(' ').next().unwrap_or("");
    [
        "to",
        "that",
        "follows",
        "following",
        "be",
        "te",
        "dat",
        "volgt",
        "om",
    ]
    .contains(&last)
        && (lead.contains(", ") || word_count(lead) >= 6)
}

/// `s` without the footnote's number set right after its closing full stop (Council
/// conclusions: "… under Pillar II.1", "… (paragraphs 1 to 4).2"): one or two digits after a
/// full stop that follows a letter or a closing bracket. A decimal number ("2.1") keeps its
/// digits.
pub(crate) fn without_footnote_mark(s: &str) -> &str {
    // Or in superscript (`borders.¹`).
    let marked = without_note_mark(s);
    if marked.len() < s.len() {
        return marked;
    }
    let b = s.as_bytes();
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || b.len() < digits + 2 {
        return s;
    }
    let dot = b.len() - digits - 1;
    if b[dot] == b'.' && (b[dot - 1].is_ascii_alphabetic() || matches!(b[dot - 1], b')' | b'"')) {
        &s[..dot + 1]
    } else {
        s
    }
}

/// A street address on one line: capitalised, no full stop at its end, at least two commas,
/// and a word with a figure in it (a postcode or a house number).
fn postal_address_line(s: &str) -> bool {
    starts_upper(s)
        && s.len() <= 80
        && !s.ends_with('.')
        && s.matches(", ").count() >= 2
        && s.split(' ').any(|w| w.bytes().any(|b| b.is_ascii_digit()))
}

/// Whether a line is a street and its number: `Rue de la Loi 175`, `Avenue Galilée 5`,
/// `Frederiksholms Kanal 26`, perhaps with the postcode and the town after it, as a copy that
/// joined the address's lines has it (`Rue de la Loi 175 1048 Brussels`). Two to four words
/// before the number (`Article 5`, `Item 4` number a heading), the first capitalised. Under an
/// addressee's role (`President of the Euro Summit` ⏎ `Rue de la Loi 175`) it opens the
/// address: run on, it made `Rue` a word of the role.
fn street_line(s: &str) -> bool {
    let figures = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    if s.len() > 80 || !starts_upper(s) || s.contains(['.', ',', ':', ';', '(', ')']) {
        return false;
    }
    let words: Vec<&str> = s.split(' ').collect();
    let Some(k) = words.iter().position(|w| figures(w, 1..=4)) else {
        return false;
    };
    let town = &words[k + 1..];
    (2..=4).contains(&k)
        && (town.is_empty()
            || figures(town[0], 4..=5)
                && (2..=4).contains(&town.len())
                && town[1..].iter().all(|w| starts_upper(w)))
}

/// Whether the text of a block that opened with a number reads as a heading rather than a
/// numbered paragraph: short, at most three lines, not a full sentence.
/// The most words of a heading.
const MAX_HEADING_WORDS: usize = 30;

/// The most words of a numbered title that ends on no stop (`6.  Council Regulation fixing for
/// 2027 the fishing opportunities for certain fish stocks …`).
const MAX_NUMBERED_TITLE_WORDS: usize = 40;

/// Whether a line is a short note in brackets in small letters alone (`(beleidsdebat)`,
/// `(algemene oriëntatie)`): under an agenda item's title it says what the
/// Council does with it, and belongs to the title.
fn bracketed_note(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 40
        && line.ends_with(')')
        && line
            .strip_prefix('(')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()) && !rest.contains('('))
}

pub(crate) fn is_heading_text(s: &str, lines: usize) -> bool {
    if lines > 3 || s.len() > 250 || s.ends_with([';', ',']) {
        return false;
    }
    let words = word_count(s);
    // A Council agenda's numbered item may name a long act in up to three lines, with no stop.
    // Its first word names the act (`Council Regulation …`), not a sentence's subject (`The
    // Presidency considers …`), and its last word ends it.
    let most = if words > MAX_HEADING_WORDS
        && !s.ends_with(['.', ':'])
        && !ends_with_continuing_word(s)
        && cue(s).is_some_and(|q| {
            q.scheme == Scheme::Arabic && {
                let title = without_agenda_marks(&s[q.title_start..]);
                let first = &title[..first_word_len(title)];
                first.starts_with(|c: char| c.is_uppercase())
                    && !SENTENCE_OPENERS
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(first))
            }
        }) {
        MAX_NUMBERED_TITLE_WORDS
    } else {
        MAX_HEADING_WORDS
    };
    if words > most || numbered_sentence(s, words) {
        return false;
    }
    // A sentence end inside ("… was agreed. The Council …") makes it a paragraph.
    let body = cue(s).map_or(s, |c| &s[c.title_start..]);
    !body
        .match_indices(". ")
        .any(|(i, _)| body[i + 2..].chars().next().is_some_and(char::is_uppercase) && i > 3)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    Start,
    None,
    Blank,
    Page,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Paragraph,
    /// Opened by a numbered or unnumbered heading line; may go on over a wrapped line or two.
    Heading {
        markdown: bool,
        numbered: bool,
    },
    ListItem,
    Closing,
    /// Lines of a Markdown code fence: one paragraph, whatever they look like.
    Literal,
    /// A field's value on the line right under its numbered label (a BNC-fiche's
    /// "c) Nr. Commissiedocument" ⏎ "COM(2031) 88"): running text, never a heading.
    Value,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    start: usize,
    /// Indent of the first line: a list item's wrapped lines hang deeper.
    indent: usize,
    lines: usize,
    page: usize,
    mode: Mode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    None,
    /// A hyphen at this source offset, kept if the next line joins.
    Keep(usize),
    /// A hyphenation undone at this source offset: the next line joins without a space.
    Join(usize),
    /// A soft hyphen ended the line.
    Soft,
}

struct Ctx<'a> {
    prev: &'a str,
    prev_indent: usize,
    line: &'a str,
    indent: usize,
    cue: Option<Cue>,
    gap: Gap,
    /// The line after `line`, if any.
    next: Option<&'a str>,
    open: &'a Open,
    hyphen_pending: bool,
    wrap: usize,
    /// The open block's text so far.
    block: &'a str,
    /// See [`Pass::markdown`].
    markdown: bool,
    /// The line is a column's of a page set in columns ([`columns`]).
    column: bool,
}

/// The length of the longest of [`CONTINUING_WORDS`] (`concerning`).
const MAX_CONTINUING_WORD: usize = 10;

/// The [`CONTINUING_WORDS`] by length and first letter (`a` = 0): how many, and their indices.
/// No bucket holds more than five ("op", "om", "of", "on", "or"); a sixth fails the build.
static CONTINUING_BUCKETS: [[(u8, [u8; 5]); 26]; MAX_CONTINUING_WORD + 1] = {
    let mut table = [[(0u8, [0u8; 5]); 26]; MAX_CONTINUING_WORD + 1];
    let mut i = 0;
    while i < CONTINUING_WORDS.len() {
        let w = CONTINUING_WORDS[i].as_bytes();
        let bucket = &mut table[w.len()][(w[0] - b'a') as usize];
        bucket.1[bucket.0 as usize] = i as u8;
        bucket.0 += 1;
        i += 1;
    }
    table
};

fn ends_with_continuing_word(s: &str) -> bool {
    // Runs on every line. A continuing word is ASCII letters only, so when `last_word` is one,
    // it is exactly the run of ASCII letters that ends the line (`last_word` takes at least that
    // run, and anything more is not a letter): compare the run, and call `last_word` only to
    // see that it stops there.
    let bytes = s.as_bytes();
    let mut start = bytes.len();
    while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
        start -= 1;
        if bytes.len() - start > MAX_CONTINUING_WORD {
            return false;
        }
    }
    let run = bytes.len() - start;
    if run == 0 {
        return false;
    }
    let tail = &bytes[start..];
    let (count, words) = CONTINUING_BUCKETS[run][usize::from((tail[0] | 0x20) - b'a')];
    if !words[..usize::from(count)]
        .iter()
        .any(|&w| tail.eq_ignore_ascii_case(CONTINUING_WORDS[usize::from(w)].as_bytes()))
    {
        return false;
    }
    // A third of pdftotext's lines end on "de", "van", "the": decide on the byte before the
    // run where it settles what `last_word` does. A digit joins the word; other ASCII ends it;
    // a hyphen or a non-ASCII character needs `last_word`'s own rules.
    match start.checked_sub(1).map(|i| bytes[i]) {
        None => true,
        Some(b) if b.is_ascii_digit() => false,
        Some(b) if b == b'-' || b >= 0x80 => hyphen::last_word(s).len() == run,
        Some(_) => true,
    }
}

/// The rule as it was, on `last_word` for every line: the reference.
#[cfg(test)]
fn ends_with_continuing_word_by_last_word(s: &str) -> bool {
    // `last_word` is empty when the line ends with punctuation. Runs on every line: a word
    // longer than any of them is not compared with all forty-four.
    let last = hyphen::last_word(s);
    (1..=MAX_CONTINUING_WORD).contains(&last.len())
        && CONTINUING_WORDS
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
}

/// How many tabs stand between the words of a line: the gaps between a row's cells as Word
/// saves a table as text. Leading and trailing tabs are no gaps.
fn tab_cells(s: &str) -> usize {
    // Most lines have no tab: one search first, before the trim.
    if memchr::memchr(b'\t', s.as_bytes()).is_none() {
        return 0;
    }
    let b = s.trim_matches(|c: char| c.is_whitespace()).as_bytes();
    memchr::memchr_iter(b'\t', b)
        .filter(|&i| i == 0 || b[i - 1] != b'\t')
        .count()
}

/// A footnote's number at the start of a line, as Word saves notes as text: `[2] Zie ook …`.
pub(crate) fn footnote_number(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    b.first() == Some(&b'[')
        && (1..=3).contains(&digits)
        && b.get(digits + 1) == Some(&b']')
        && matches!(b.get(digits + 2), Some(b' ' | b'\t'))
}

/// The number of a line that opens as a footnote does under a page's text: one to three
/// digits (not a zero first), a space and a capital (`2 Commissie van de Europese Unie`).
fn note_number(b: &[u8]) -> Option<u32> {
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    ((1..=3).contains(&digits)
        && b[0] != b'0'
        && b.get(digits) == Some(&b' ')
        && b.get(digits + 1)
            .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xC3))
    .then(|| {
        b[..digits]
            .iter()
            .fold(0, |n, d| n * 10 + u32::from(d - b'0'))
    })
}

/// A page's footnotes as `pdftotext` leaves them under its last text: each line a number of
/// one to three digits, one after the other, a space and a note that opens with a letter
/// (`1 Kamerstuk 21 501-33, nr. 1144` ⏎ `2 Zie de bijlage.`).
pub(crate) fn page_footnotes(s: &str) -> bool {
    let mut expected = None;
    s.lines().all(|line| {
        let b = line.trim_start().as_bytes();
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let Some(n) = (1..=3)
            .contains(&digits)
            .then(|| std::str::from_utf8(&b[..digits]).ok()?.parse::<u32>().ok())
            .flatten()
        else {
            return false;
        };
        let follows = expected.is_none_or(|e| e == n);
        expected = Some(n + 1);
        follows
            && b.get(digits) == Some(&b' ')
            && b.get(digits + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
    })
}

/// A tab right after a word: a table's row as Word saves it (`Naam<TAB>Functie`), not a
/// number's gap before its title (`2.1<TAB>Vereenvoudiging`).
fn tab_after_word(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'\t', b)
        .any(|i| i > 0 && (b[i - 1].is_ascii_alphabetic() || b[i - 1] >= 0x80))
}

fn is_bullet_glyph(s: &str) -> bool {
    s.starts_with(['•', '●', '▪', '■', '►', '➢', '\u{F0B7}'])
}

/// Where three spaces in a row first stand in `bytes`: the gap between two columns set by
/// spaces. The searcher is built once: `memmem::find` builds one per call, which cost more
/// than the search on the short lines this runs on for most lines of a text.
pub(crate) fn find_three_spaces(bytes: &[u8]) -> Option<usize> {
    static GAP: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    GAP.get_or_init(|| memchr::memmem::Finder::new(b"   "))
        .find(bytes)
}

/// Where the value column of a line set in two columns starts ("President            Anton
/// Keller"): the end of the first run of three spaces or more inside it.
pub(crate) fn column_gap(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let at = find_three_spaces(bytes)?;
    let end = at + bytes[at..].iter().take_while(|&&b| b == b' ').count();
    (at > 0 && end < bytes.len()).then_some(end)
}

/// The latest column at which a label cell ends ([`opens_with_cell`]).
const MAX_LABEL_CELL: usize = 32;

/// Whether a line opens with a label cell set off by a gap of spaces (`President      Mr
/// Mikael Strand`, `Bestand      2025      2026`): one to three words, a capital first, no
/// figure, then three spaces or more.
fn opens_with_cell(s: &str) -> bool {
    let b = s.as_bytes();
    // A capital first and a gap near the start: most lines have neither.
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(at) = find_three_spaces(&b[..b.len().min(MAX_LABEL_CELL + 3)]) else {
        return false;
    };
    let label = &s[..at];
    at <= MAX_LABEL_CELL
        && at + 3 < b.len()
        && (1..=3).contains(&word_count(label))
        && !label.bytes().any(|c| c.is_ascii_digit())
}

/// The right cell of a grid row set by spaces starts at this character or later: a nearer one
/// is a field's value or a list item's text.
const MIN_GRID_COLUMN: usize = 24;

/// Whether the lines `prev` and `line` of one block are rows of a grid set by spaces, each
/// with its gap before the same column (a list of participants in two columns: "Mr Bernard
/// Quintin      Ms Daniela Bobeva" ⏎ "Minister for Foreign Affairs      Deputy Minister of
/// Economy"). The block stays one (a letter head beside the sender's details is one too); only
/// the rows are kept apart. A left cell that goes on in small letters (`Aan de Voorzitter van
/// de Tweede Kamer` ⏎ `der Staten-Generaal`) or of one word (a table of votes) is no such row.
fn grid_rows(prev: &str, line: &str) -> bool {
    // Lengths first: most lines are too short for a grid.
    if prev.len() <= MIN_GRID_COLUMN || line.len() <= MIN_GRID_COLUMN || !starts_upper(line) {
        return false;
    }
    let (Some(a), Some(b)) = (column_gap(prev), column_gap(line)) else {
        return false;
    };
    let phrase = |cell: &str| cell.trim().contains(' ');
    if !phrase(&prev[..a]) || !phrase(&line[..b]) {
        return false;
    }
    // In characters: a name with diacritics ("Maroš Šefčovič") is longer in bytes.
    let (a, b) = (prev[..a].chars().count(), line[..b].chars().count());
    a >= MIN_GRID_COLUMN && a.abs_diff(b) <= 2
}

/// The column where a letter head's field values stand at the latest ("Ons kenmerk  …"): a
/// table's columns stand further apart, and its rows stay one block (layout/columns.rs).
const MAX_FIELD_VALUE_COLUMN: usize = 20;

/// Where the value of a field row starts ("Ons kenmerk  DGA / 95118204"): a label of one to
/// three words with a capital first and no digit, a gap of two spaces or more, a value.
fn field_row(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    // Runs on most lines: a capital first, then the first two spaces in a row near the start.
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let head = &bytes[..bytes.len().min(MAX_FIELD_VALUE_COLUMN)];
    let at = memchr::memchr_iter(b' ', head).find(|&i| head.get(i + 1) == Some(&b' '))?;
    let end = at + bytes[at..].iter().take_while(|&&b| b == b' ').count();
    let label = &s[..at];
    (at > 0
        && end <= MAX_FIELD_VALUE_COLUMN
        && end < bytes.len()
        && starts_upper(label)
        && (1..=3).contains(&word_count(label))
        && label
            .chars()
            .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '(' || ch == ')'))
    .then_some(end)
}

/// A line indented to the value column of a two-column block goes on with its value
/// ("President            Anton Keller" ⏎ "                     High Representative …").
fn continues_column(c: &Ctx<'_>) -> bool {
    // Lengths first: most lines are not indented that far.
    if c.indent < 8 || c.open.lines == 0 || c.open.lines > 4 {
        return false;
    }
    column_gap(c.block).is_some_and(|col| {
        // The gap after an item's number (`4.       Digital border management …`) is no
        // column: a line at the title's indent goes on with it only as a wrapped title does
        // (see `wraps_at_hanging_indent`), not when it is a file number under it.
        (c.open.indent + col).abs_diff(c.indent) <= 2
            && !cue(c.block).is_some_and(|q| q.scheme != Scheme::AllCaps && q.title_start == col)
    })
}

/// "LIBE/10/02217", "2026/2031(INI)": a committee's or a procedure's file number alone on its
/// line, one word of figures, capitals and slashes.
pub(crate) fn is_file_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() <= 40
        && b.contains(&b'/')
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().all(|&c| {
            c.is_ascii_digit() || c.is_ascii_uppercase() || matches!(c, b'/' | b'(' | b')' | b'_')
        })
}

/// Whether `line` is a Markdown thematic break of stars: three or more, with spaces between
/// them or not, and nothing else. (A line of underscores is left alone: it is also the rule
/// that `pdftotext` leaves above a page's footnotes, which the page's layout reads.)
fn thematic_break(line: &str) -> bool {
    let b = line.as_bytes();
    b.first() == Some(&b'*')
        && b.len() <= 40
        && b.iter().filter(|&&x| x == b'*').count() >= 3
        && b.iter().all(|&x| matches!(x, b'*' | b' ' | b'\t' | b'\r'))
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn starts_new_block(c: &Ctx<'_>) -> bool {
    match c.gap {
        Gap::Start | Gap::Blank => return true,
        Gap::Page => {
            if c.hyphen_pending {
                return false;
            }
            // A line that stopped well short of the wrap width, not on a word that must go
            // on, ended its paragraph before the page did ("Executive Director" under a
            // signature ⏎ page number ⏎ "Report of the meeting").
            return ends_sentence(c.prev)
                || is_contents_entry(c.prev)
                || (is_short(c.prev, c.wrap)
                    && starts_upper(c.line)
                    && !ends_with_continuing_word(c.prev)
                    && !c.prev.ends_with([',', ';', '-', '–']))
                || !matches!(c.open.mode, Mode::Paragraph | Mode::ListItem | Mode::Value)
                || c.cue
                    .is_some_and(|q| q.may_head(c.line) || q.scheme == Scheme::Bullet)
                || c.line.starts_with(['•', '●', '▪'])
                || (starts_upper(c.line) && ends_with_address(c.prev))
                // A heading wrapped over two or three lines at a page's foot ends there: the
                // next page's first line opens the paragraph under it, or another heading.
                || (c.open.lines <= 3
                    && starts_upper(c.line)
                    && !ends_with_continuing_word(c.prev)
                    && !c.prev.ends_with([',', ';', '-', '–', ':'])
                    && is_unnumbered_heading(c.block))
                // A Markdown table's row under a page break is a row of its own.
                || (c.line.starts_with('|') && c.prev.ends_with('|'));
        }
        Gap::None => {}
    }
    // A Markdown thematic break (`***`, `* * *`) is a line of its own, blank lines
    // around it or not (`---` under a line is a setext underline, read elsewhere).
    if continues_column(c) {
        return false;
    }
    if thematic_break(c.line) || thematic_break(c.prev) {
        return true;
    }
    // A written consultation's heading wrapped over two lines ends there: the next line opens
    // the paragraph under it, or another heading, blank line or not.
    // Lengths first: this is asked of the second and third line of every paragraph.
    if (2..=3).contains(&c.open.lines)
        && c.block.len() <= MAX_REPLY_HEADING_LEN
        && starts_upper(c.line)
        && !c.prev.ends_with([',', ';', '-', '–', ':', '.'])
        && !ends_with_continuing_word(c.prev)
        && (answers_the_members(c.block) || names_the_members(c.block))
        && is_unnumbered_heading(c.block)
    {
        return true;
    }
    // Rows of a table that Word saved as text, its cells split by tabs (`F.M. Wiersma<TAB>
    // minister van …<TAB>Nederland`): one block each, as rows of cells set by spaces are.
    if c.open.lines >= 1 && tab_cells(c.line) > 0 && tab_cells(c.line) == tab_cells(c.prev) {
        return true;
    }
    // Rows of a letter head's fields, label and value in two columns ("Betreft      Verslag …" ⏎
    // "Ons kenmerk  DGA / 95118204"): one block each, as blank lines would have set them.
    if c.indent == c.prev_indent && c.open.lines >= 1 {
        if let Some(gap) = field_row(c.prev) {
            if field_row(c.line) == Some(gap) {
                return true;
            }
        }
    }
    // A letter head's reference label on a line of its own ("Ons kenmerk" ⏎ "DGA-EUI /
    // 25312877" in a side column): its value goes with it, as on one line.
    if c.open.lines == 1 && bare_reference_label(c.prev) && !bare_reference_label(c.line) {
        return false;
    }
    // Each footnote as `pdftotext` leaves them under a page's text, one a line and numbered
    // one after the other (`1 Kamerstuk 21 501-33, nr. 1098` ⏎ `2 Zie de bijlage.`).
    if c.line.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && note_number(c.line.as_bytes())
            .is_some_and(|n| note_number(c.prev.as_bytes()) == Some(n - 1))
    {
        return true;
    }
    // A programme's time slot after a sentence opens a session's heading, blank line or not
    // (`… moet blijven plaatsvinden.` ⏎ `17.00 - 18.30 uur | Werksessie II: …`).
    if c.line.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && ends_sentence(c.prev)
        && time_slot(c.line).is_some()
    {
        return true;
    }
    // Each footnote Word saved as text (`[2] Zie ook …`) after a sentence or another one.
    if c.line.starts_with('[')
        && footnote_number(c.line)
        && (ends_sentence(c.prev) || footnote_number(c.prev))
    {
        return true;
    }
    // Each Markdown footnote's definition (`[^2]: Kamerstukken II …`) is a block of its own.
    if c.line.starts_with("[^") {
        let b = c.line.as_bytes();
        if b.iter()
            .take(16)
            .position(|&x| x == b']')
            .is_some_and(|k| b.get(k + 1) == Some(&b':'))
        {
            return true;
        }
    }
    // Each row of a Markdown table is a block of its own: joined, a table reads as one line.
    if c.line.starts_with('|') || c.prev.starts_with('|') {
        return true;
    }
    // So is each line of a table drawn in box-drawing characters (DOS, a console): its
    // borders (`┌───┬───┐`) and its rows (`│ Spain │ Supported … │`).
    if box_drawn(c.line) || box_drawn(c.prev) {
        return true;
    }
    // A setext underline goes with the one line above it; the heading ends there.
    if c.line.starts_with(['=', '-']) && setext_underline(c.line).is_some() {
        return c.open.lines != 1 || bullet_item(c.prev);
    }
    if c.open.lines == 2 && c.prev.starts_with(['=', '-']) && setext_underline(c.prev).is_some() {
        return true;
    }
    // A Council agenda's line of how an item is dealt with (`Progress report`, `Information
    // from the Polish delegation`) stands under the item's title, not in it.
    if c.open.lines >= 1
        && !c.hyphen_pending
        && is_procedure_line(c.line)
        && !c.prev.ends_with([',', ';', '-', '–', '(', ':'])
        && !ends_with_continuing_word(c.prev)
    {
        return true;
    }
    let numbered_cue = c
        .cue
        .is_some_and(|q| q.scheme != Scheme::AllCaps && q.scheme != Scheme::Bullet);
    match c.open.mode {
        Mode::Heading { markdown, numbered } => {
            if markdown {
                return true;
            }
            if c.open.lines >= 3 {
                // A heading is over after three lines: a numbered block that must still go on
                // (over a hyphen, a "the", or in small letters under a full line) is a numbered
                // paragraph ("1. The Council recalls that …" ⏎ … ⏎ "region and beyond. …").
                let goes_on = numbered
                    && (c.hyphen_pending
                        || ends_with_continuing_word(c.prev)
                        || (starts_lower(c.line) && is_long(c.prev, c.wrap)));
                return !goes_on;
            }
            if numbered_cue || c.cue.is_some_and(|q| q.scheme == Scheme::Bullet) {
                return true;
            }
            // "Chapter 2" ⏎ "Governance and management": the title under a bare division; but
            // "Bijlage 1" ⏎ "Verslag van de Raad …" marks the report a letter carries.
            if numbered
                && c.open.lines == 1
                && c.block.len() <= MAX_BARE_DIVISION
                && cue(c.block).is_some_and(|q| q.bare())
                && !crate::metadata::announces_document(c.line)
                && !is_question_label(c.block)
            {
                return false;
            }
            // A title in capitals wraps in capitals: a line in small letters under it is the
            // next block ("MINUTES OF THE 42ND MEETING" ⏎ "held in Ljubljana on …").
            if !numbered
                && !c.hyphen_pending
                && !ends_with_continuing_word(c.prev)
                && c.line.bytes().any(|b| b.is_ascii_lowercase())
                && cue(c.block).is_some_and(|q| q.scheme == Scheme::AllCaps)
            {
                return true;
            }
            let goes_on = c.hyphen_pending
                || ends_with_continuing_word(c.prev)
                || opens_with_number_sign(c.line)
                || (numbered && wraps_at_hanging_indent(c))
                || (numbered && capitals_wrap_at_hanging_indent(c))
                || (numbered && opens_numbered_sentence(c))
                || (numbered && c.column && title_wraps_in_column(c))
                || (starts_lower(c.line) && (is_long(c.prev, c.wrap) || !numbered))
                || bracketed_note(c.line);
            return !goes_on;
        }
        Mode::Closing => {
            // `De Minister van Landbouw, Visserij,` ⏎ `Voedselzekerheid en Natuur,`: a role
            // wrapped over two lines, perhaps with the name right under it.
            // Or wrapped before its comma (`De Minister voor Buitenlandse Handel` ⏎
            // `en Ontwikkelingshulp,`), under no valediction.
            let wrapped_role = c.open.lines == 1
                && (c.prev.ends_with(',') || starts_lower(c.line) && !is_closing_line(c.prev))
                && c.line.ends_with(',')
                && !is_closing_line(c.line)
                && !is_name_line(c.line);
            // A name under a valediction with a role under it (`Yours sincerely,` ⏎ `A.
            // Marsh-Oduya` ⏎ `Executive Director`) is a signature of its own, as a blank line
            // for the handwriting would have set it.
            let name_under = is_name_line(c.line)
                && (c.open.lines == 1 || c.open.lines == 2 && c.prev.ends_with(','))
                && !is_signature_line(c.prev)
                && !(is_valediction(c.prev) && c.next.is_some_and(is_role_line));
            return !(wrapped_role || name_under);
        }
        Mode::Paragraph | Mode::ListItem | Mode::Literal | Mode::Value => {}
    }
    if c.hyphen_pending {
        return false;
    }
    // A contact block's lines each stand alone: a street address ("Winemakers Wharf,
    // Valletta, MRS 1917, Malta") under a short line that ends on no punctuation is no wrapped
    // sentence, and read on from the line above it, it would make a name of the street.
    if is_short(c.prev, c.wrap)
        && !c.prev.ends_with([',', ';', '-', '–', '.', ':'])
        && !ends_with_continuing_word(c.prev)
        && (postal_address_line(c.line) || street_line(c.line) && is_role_line(c.prev))
    {
        return true;
    }
    // A field's or a grid's row under running text (`held in Brussels on 18 November 2026` ⏎
    // `President             Mr Mikael Strand …`): its label cell opens a block.
    if opens_with_cell(c.line)
        && !c.prev.ends_with([',', ';', '-', '–'])
        && find_three_spaces(c.prev.as_bytes()).is_none()
    {
        return true;
    }
    // Each line of a table of contents ends on its page ("Market situation ...... 4"): the
    // next line is the next entry, not the same one going on.
    if c.prev.as_bytes().last().is_some_and(u8::is_ascii_digit) && is_contents_entry(c.prev) {
        return true;
    }
    // The next item of a list, even when the previous one ended on "een" or "the".
    if c.open.mode == Mode::ListItem
        && c.cue.is_some_and(|q| q.scheme != Scheme::AllCaps)
        && c.indent <= c.open.indent
    {
        return true;
    }
    // A bullet's glyph opens an item even after `op tot` (the list is the sentence's end).
    if ends_with_continuing_word(c.prev) && !(c.cue.is_some() && is_bullet_glyph(c.line)) {
        return false;
    }
    // A name over a signing role, the signature of a foreword (`*Josef Brandt*` ⏎ `Executive
    // Director`, set in italics in Markdown): two blocks, whatever line follows them.
    if c.open.lines == 1 && signature_pair(c.prev, c.line) {
        return true;
    }
    // A letter's salutation stands alone, between the letter head and the first paragraph
    // (`Brussels, 5 May 2027` ⏎ `Dear Chair,` ⏎ `Please find …`); its place and date end the
    // letter head. A title may wrap before its date (`… Justitie en Binnenlandse` ⏎ `Zaken, 11
    // en 12 juli 2022`): what comes before a date is no telling.
    // Nor does a list item's entry go on over the place and date under the list (`- ir. S.
    // Benali, lid` ⏎ `Utrecht, 12 maart 2026`).
    if (c.open.lines == 1 && is_salutation(c.prev))
        || is_salutation(c.line)
        || (starts_upper(c.line) && is_place_and_date(c.prev))
        || (c.open.mode == Mode::ListItem && is_place_and_date(c.line))
    {
        return true;
    }
    // A line that is one bold phrase ("**Europees Semester**") is a heading set in bold by a
    // word processor: it stands alone, also without blank lines around it.
    if !c.markdown
        && ((c.open.lines == 1 && is_bold_line(c.prev))
            || (ends_sentence(c.prev) && is_bold_line(c.line)))
    {
        return true;
    }
    // A label line ("Besluitvorming", "Korte toelichting" under an agenda item) stands alone.
    // Lengths first: most lines are too long to be labels.
    let short = |s: &str| s.len() * 2 < c.wrap;
    if ((c.open.lines == 1 && short(c.prev) && is_label_line(c.prev, c.wrap))
        || (short(c.line)
            && is_label_line(c.line, c.wrap)
            && !c.prev.ends_with([',', ';', '-', '–', '&', '/', '('])
            && c.next.is_none_or(starts_upper)))
        && starts_upper(c.line)
    {
        return true;
    }
    let prev_ends = ends_sentence(c.prev) || c.prev.ends_with(';');
    // A paragraph opened by a label ("Inzet Nederland: Nederland hecht …") after a sentence,
    // or after a line of its own that a label opened: the lines of a form or of minutes' heads
    // ("Aanwezig: J. de Boer, K. Mulder" then "Met kennisgeving afwezig: R. Visser").
    // So does one under a line that stopped before it, as a letter head's fields stand under
    // its address (`Postbus 20061 2500 EB Den Haag` ⏎ `Plaats en datum: Den Haag, …`).
    let stopped =
        || !c.prev.ends_with([',', ';', '-', '–']) && ends_well_before_word(c.prev, c.line, c.wrap);
    if (prev_ends || c.open.lines == 1 || stopped())
        && opens_with_label(c.line)
        && (prev_ends || opens_with_label(c.prev) || stopped())
    {
        return true;
    }
    // A speaker's label on a line of its own ("Mevrouw Van der Werf (D66):", "Minister Van
    // Weel:") after a sentence: a debate's report sets the speeches without blank lines.
    // The colon first: most lines end otherwise.
    if c.line.ends_with(':') && prev_ends && is_speaker_label(c.line) {
        return true;
    }
    // A web page's "Kamerstuk: Kamerbrief | 20-02-2026" line stands alone.
    if furniture::is_kind_and_date(c.line) || furniture::is_kind_and_date(c.prev) {
        return true;
    }
    // A label alone on its line over a row that starts with a capital: the delegation over
    // its members in a list of participants (`Bulgaria:` ⏎ `Mr Ivan Stoyanov   Minister …`),
    // which no sentence before it runs into.
    if c.line.ends_with(':')
        && opens_with_label(c.line)
        && !c.prev.ends_with([',', ';', '-', '–', '&', '/', '('])
        && c.next.is_some_and(starts_upper)
    {
        return true;
    }
    if let Some(q) = c.cue {
        if is_bullet_glyph(c.line) {
            return true;
        }
        let may_open = q.scheme == Scheme::Bullet || q.may_head(c.line) || numbered_cue;
        if may_open
            && (prev_ends
                || is_short(c.prev, c.wrap)
                || c.open.mode == Mode::ListItem
                || (numbered_cue
                    && q.may_head(c.line)
                    && q.scheme != Scheme::LetterUpper
                    && (ends_before_word(c.prev, c.line, c.wrap)
                        || ((c.wrap == 0
                            || is_short(c.line, c.wrap)
                            || (c.open.lines == 1 && is_unnumbered_heading(c.prev)))
                            && is_unnumbered_heading(&c.line[q.title_start..])
                            && c.next.is_some_and(starts_upper)))))
            && (q.scheme != Scheme::AllCaps || prev_ends || is_short(c.prev, c.wrap))
        {
            return true;
        }
    }
    if c.open.mode == Mode::ListItem
        && prev_ends
        && starts_upper(c.line)
        && c.indent <= c.open.indent
    {
        return true;
    }
    if (is_closing_line(c.line) || is_signature_line(c.line))
        && (prev_ends || is_short(c.prev, c.wrap) || is_signature_line(c.prev))
    {
        return true;
    }
    // A heading's number alone on its line (`I.` ⏎ `UKRAINE`, `1.` ⏎ `The European Council
    // …`) stands alone after a sentence, and so does what follows it.
    if (is_bare_marker(c.line) && (prev_ends || is_short(c.prev, c.wrap)))
        || (c.open.lines == 1 && is_bare_marker(c.prev))
    {
        return true;
    }
    // A letter's addressee opens its address (`Vaste commissie voor Europese Zaken` ⏎ `Aan de
    // minister van Buitenlandse Zaken`).
    // A letter head set in two columns keeps its left column together, as the metadata
    // reads it.
    if !c.column
        && is_addressee(c.line)
        && !c.prev.ends_with([',', ';', '-', '–'])
        && find_three_spaces(c.line.as_bytes()).is_none()
    {
        return true;
    }
    // A chapter's or part's line numbered without a dot under a line of its own (`I Vragen en
    // opmerkingen vanuit de fracties` ⏎ `II Antwoord / Reactie van de Minister` in a list of
    // contents).
    if c.open.lines == 1
        && bare_numbered_title(c.line)
        && (bare_numbered_title(c.prev) || is_unnumbered_heading(c.prev))
        && c.next.is_some_and(|n| may_follow_heading(n, c.wrap))
    {
        return true;
    }
    // A short unnumbered line between two sentences: a heading without blank lines around it.
    // So is a longer one that ends where its writer ended it (see [`ends_before_block`]) or
    // names the members whose questions follow (as long as the wrap width, as the groups'
    // names make it), and a chapter's line numbered without a dot.
    if ends_sentence(c.prev)
        && c.next.is_some_and(|n| may_follow_heading(n, c.wrap))
        && ((is_unnumbered_heading(c.line)
            && (c.wrap == 0
                || is_short(c.line, c.wrap)
                || names_the_members(c.line)
                || c.next.is_some_and(|n| ends_before_block(c.line, n, c.wrap))))
            || bare_numbered_title(c.line))
    {
        return true;
    }
    // A list item that is a title alone over its text, as a word processor's outline sets
    // it ("o Gas storage regulation: general approach" ⏎ "Ministers reached …"): the text
    // under it is a paragraph of its own.
    if c.open.mode == Mode::ListItem
        && c.open.lines == 1
        && c.indent <= c.open.indent
        && is_short(c.prev, c.wrap)
        && starts_upper(c.line)
        && cue(c.prev).is_some_and(|q| {
            q.scheme == Scheme::Bullet && is_unnumbered_heading(&c.prev[q.title_start..])
        })
    {
        return true;
    }
    if ends_sentence(c.prev) && starts_upper(c.line) {
        // pdftotext marks a new paragraph by indenting its first line, or leaves the last line
        // of the paragraph short.
        if c.indent > c.prev_indent || is_short(c.prev, c.wrap) {
            return true;
        }
    }
    false
}

/// How a Council agenda deals with an item, each a line of its own under the item's title.
const PROCEDURES: [&str; 13] = [
    "Adoption",
    // An outcome's marks of a public session under an item's title.
    "Public debate",
    "Public deliberation",
    "Legislative deliberation",
    "Adoption of the legislative act",
    "Approval",
    "Progress report",
    "Policy debate",
    "Exchange of views",
    "General approach",
    "Political agreement",
    "Partial general approach",
    "Presentation by the Commission",
];

/// Lines of [`PROCEDURES`] that go on with who informs or presents (`Information from the
/// Polish delegation`, `Presentation by the Presidency and exchange of views`).
const PROCEDURE_OPENINGS: [&str; 3] = [
    "Information from the ",
    "Information by the ",
    "Presentation by the ",
];

/// The longest line of how an agenda's item is dealt with.
const MAX_PROCEDURE_LINE: usize = 100;

/// Whether `s` is a Council agenda's line of how an item is dealt with (see [`PROCEDURES`]), a
/// vote mark (`*`) or a colon after it allowed.
fn is_procedure_line(s: &str) -> bool {
    // The first byte and the length first: this is asked of every line.
    if s.len() > MAX_PROCEDURE_LINE
        || !matches!(
            s.as_bytes().first(),
            Some(b'A' | b'E' | b'G' | b'I' | b'L' | b'P')
        )
    {
        return false;
    }
    let bare = s.trim_end_matches(['*', ':', ' ']);
    PROCEDURES.contains(&bare)
        || PROCEDURE_OPENINGS
            .iter()
            .any(|o| s.starts_with(o) && !s.ends_with('.'))
}

/// Whether a line ends on a web or mail address (a press office's contact block at the foot of
/// a cover), which no sentence runs on from onto the next page.
fn ends_with_address(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or(s);
    last.contains("://") || last.starts_with("www.") || last.contains('@')
}

/// Whether a line is one bold phrase, `**…**` or `__…__`, of a few words at most.
fn is_bold_line(s: &str) -> bool {
    s.len() <= 120
        && ["**", "__"].iter().any(|m| {
            s.len() > 2 * m.len()
                && s.starts_with(m)
                && s.ends_with(m)
                && !s[m.len()..s.len() - m.len()].contains(m)
        })
}

/// Whether `line` opens with a box-drawing character (U+2500–U+257F): a line of a table drawn
/// with them. One byte decides for all other lines.
#[inline]
pub(crate) fn box_drawn(line: &str) -> bool {
    let b = line.as_bytes();
    b.first() == Some(&0xE2) && matches!(b.get(1), Some(0x94 | 0x95))
}

/// A line of a table of contents: leader dots, then a page number ("2 Resources ...... 4"),
/// or the page number set apart in its own column as pdftotext lays out a Kamerstuk's
/// contents ("I    Vragen en opmerkingen vanuit de fracties          1").
/// The contents end with their page; what follows a page break is the body.
fn is_contents_entry(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let rest = &s[..b.len() - digits];
    let trimmed = rest.trim_end();
    (1..=4).contains(&digits)
        && (trimmed.ends_with("....")
            || trimmed.ends_with("……")
            || (rest.len() - trimmed.len() >= 3 && trimmed.ends_with(char::is_alphabetic)))
}

/// A line as a contents writes it without leader dots: a short title, then a space and its page
/// number (`2.1 Klachten en signalen 6`), not the end of a sentence.
fn is_bare_contents_entry(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) || b.len() > 100 || b.len() == digits {
        return false;
    }
    let rest = &s[..b.len() - digits];
    rest.ends_with(' ')
        && rest
            .trim_end()
            .ends_with(|c: char| c.is_alphabetic() || c == ')')
        && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The most entries a contents without leader dots is read over.
const MAX_BARE_CONTENTS: usize = 80;

/// The longest bare division line ("Hoofdstuk XVIII"): a longer block is not one, and its
/// cue need not be read again.
const MAX_BARE_DIVISION: usize = 16;

/// A numbered heading set with a hanging indent ("3.    Preparation of the Conference of the
/// Parties to the United Nations" ⏎ "      Framework Convention on Climate Change") goes on
/// over a line that starts at its title's column when its first line ran to the wrap width and
/// that line does not: the line after a heading that stopped short, a label ("General
/// approach"), a sentence, or a paragraph's first line (as long as the wrap) is not part of it.
fn wraps_at_hanging_indent(c: &Ctx<'_>) -> bool {
    // Lengths first: most headings stop short of the wrap width.
    if c.open.lines != 1
        || c.wrap == 0
        || c.prev.len() * 10 < c.wrap * 8
        || c.indent == 0
        || c.line.len() * 10 >= c.wrap * 8
        || ends_sentence(c.line)
        || !(starts_upper(c.line) || c.line.starts_with(|ch: char| ch.is_ascii_digit()))
        || is_label_line(c.line, c.wrap)
        || is_file_number(c.line)
    {
        return false;
    }
    cue(c.block).is_some_and(|q| c.open.indent + q.title_start == c.indent)
}

/// A numbered title wrapped at its column's width, beside a column of codes or text (`2.
/// (LA) Regulation … amending` ⏎ `Regulation (EU) 2023/2053 establishing …`): a line at the
/// title's indent under one that filled the column goes on with it, however long, for up to
/// three lines.
fn title_wraps_in_column(c: &Ctx<'_>) -> bool {
    c.wrap > 0
        && (c.prev_indent + c.prev.len()) * 10 >= c.wrap * 8
        && !ends_sentence(c.prev)
        && cue(c.block).is_some_and(|q| c.open.indent + q.title_start == c.indent)
}

/// A numbered title in capitals wrapped under itself ("A. VANGSTMOGELIJKHEDEN VOOR 2026 IN DE
/// ATLANTISCHE" ⏎ "   OCEAAN EN DE NOORDZEE"): the second line, in capitals too and indented to
/// the title, goes on with it however short the first one stopped.
fn capitals_wrap_at_hanging_indent(c: &Ctx<'_>) -> bool {
    let capitals =
        |s: &str| s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase);
    if c.open.lines != 1 || c.indent == 0 || !capitals(c.line) {
        return false;
    }
    cue(c.block).is_some_and(|q| {
        c.open.indent + q.title_start == c.indent && capitals(&c.block[q.title_start..])
    })
}

/// Whether a line opens with a number sign and its number (`No 396/2005 as regards …`,
/// `nr. 12`): the rest of a title wrapped inside a reference ("Regulation (EC)" ⏎ "No
/// 396/2005"), never a block of its own.
fn opens_with_number_sign(line: &str) -> bool {
    let b = line.as_bytes();
    let sign = match b {
        [b'N', b'o' | b'r', b'.', b' ', ..] => 4,
        [b'N' | b'n', b'o' | b'r', b' ', ..] => 3,
        _ => return false,
    };
    b.get(sign).is_some_and(u8::is_ascii_digit)
}

/// A numbered line that runs to the wrap width and opens like a sentence about someone ("2. The
/// Council welcomes the joint communication of the High" ⏎ "Representative and …") is the
/// first line of a numbered paragraph: the line under it goes on with it, capital or not. So
/// is the third line under two full ones, which a narrower wrap gives the same paragraph.
fn opens_numbered_sentence(c: &Ctx<'_>) -> bool {
    // Lengths first: most headings stop short of the wrap width.
    if !(1..=2).contains(&c.open.lines)
        || !is_long(c.prev, c.wrap)
        || c.prev.len() * 10 < c.wrap * 8
    {
        return false;
    }
    let body = cue(c.block).map_or(c.block, |q| &c.block[q.title_start..]);
    let first = body.split([' ', '\t']).next().unwrap_or("");
    word_count(body) >= 6
        && SENTENCE_OPENERS
            .iter()
            .any(|w| w.len() == first.len() && w.as_bytes().eq_ignore_ascii_case(first.as_bytes()))
}

/// How a block opened by `line` goes on.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn start_mode(
    line: &str,
    line_cue: Option<Cue>,
    next: Option<&str>,
    gap: Gap,
    prev: Option<&str>,
    after: Option<BlockKind>,
    wrap: usize,
) -> Mode {
    if let Some(q) = line_cue {
        match q.scheme {
            Scheme::Markdown(_) => {
                return Mode::Heading {
                    markdown: true,
                    numbered: false,
                }
            }
            Scheme::Bullet => return Mode::ListItem,
            _ if !q.may_head(line) => return Mode::ListItem,
            Scheme::AllCaps => {
                return Mode::Heading {
                    markdown: false,
                    numbered: false,
                }
            }
            _ => {
                if line.ends_with([';', ',']) || numbered_sentence(line, word_count(line)) {
                    return Mode::ListItem;
                }
                return Mode::Heading {
                    markdown: false,
                    numbered: true,
                };
            }
        }
    }
    if is_closing_line(line) || is_signature_line(line) {
        return Mode::Closing;
    }
    // A short unnumbered line between paragraphs, with no blank line around it; or between a
    // heading and a paragraph (`Legislative deliberations` ⏎ `Fishing opportunities for 2027
    // in the Baltic Sea` ⏎ `The Council …`), not among the short lines of a contact
    // (`MARIA ESPOSITO` ⏎ `Head of the Communications Unit` ⏎ `European Union Agency …`);
    // or a longer one that ends where its writer ended it.
    // What follows a letter's closing starts afresh: the report's title over its first
    // heading or its first paragraph, not a title wrapped over two lines (`Verslag van de
    // bijeenkomst van de Raad Justitie en Binnenlandse` ⏎ `Zaken, 11 en 12 juli 2022`).
    let after_sentence = matches!(gap, Gap::Start | Gap::Blank | Gap::Page)
        || prev.is_some_and(ends_sentence)
        || (after == Some(BlockKind::Closing)
            && next.is_some_and(|n| is_unnumbered_heading(n) || (wrap > 0 && !is_short(n, wrap))))
        || (after == Some(BlockKind::Heading)
            && next.is_some_and(|n| !is_short(n, wrap) || ends_sentence(n))
            && find_three_spaces(line.as_bytes()).is_none());
    // Where a blank line sets the line off, the paragraph's lines are together: only a
    // short one heads it.
    let flat = gap == Gap::None;
    if after_sentence
        && next.is_some_and(|n| {
            may_follow_heading(n, wrap)
                && ((is_unnumbered_heading(line)
                    && (wrap == 0
                        || is_short(line, wrap)
                        // A programme's time slot opens its line: no paragraph's last line.
                        || time_slot(line).is_some()
                        || (flat
                            && (names_the_members(line) || ends_before_block(line, n, wrap)))))
                    || (flat && bare_numbered_title(line)))
        })
    {
        return Mode::Heading {
            markdown: false,
            numbered: false,
        };
    }
    Mode::Paragraph
}

struct Builder<'a> {
    text: &'a str,
    out: String,
    offsets: OffsetMap,
    blocks: Vec<Block>,
    open: Option<Open>,
    pending: Pending,
    /// [`special_offsets`] of the text, and the first of them not yet passed.
    specials: &'a [usize],
    special: usize,
    /// See [`Pass::markdown`]: links (`[text](url)`) are copied as their text.
    markdown: bool,
    /// Blocks built elsewhere come before these: the first block is set off too.
    preceded: bool,
}

impl Builder<'_> {
    /// A numbered block that has stopped reading as a heading is a numbered paragraph: it goes
    /// on as a list item instead of being cut after three lines. Done before each line.
    fn demote_numbered_paragraph(&mut self) {
        if let Some(open) = self.open.as_mut() {
            if matches!(open.mode, Mode::Heading { numbered: true, .. })
                && open.lines >= 2
                && !is_heading_text(&self.out[open.start..], open.lines)
            {
                open.mode = Mode::ListItem;
            }
        }
    }

    /// Whether a line right under the block just closed (no blank line between) is the value
    /// of a field whose label that block is: a one-line numbered heading, and after the line
    /// comes the next numbered label or nothing ("b) Datum ontvangst" ⏎ "14 februari 2031" ⏎
    /// "c) …"). A sub-heading under a numbered item has running text under it instead.
    fn under_label(&self, next: Option<&str>) -> bool {
        let numbered = |s: &str| {
            cue(s).is_some_and(|q| {
                !matches!(
                    q.scheme,
                    Scheme::AllCaps | Scheme::Bullet | Scheme::Markdown(_)
                )
            })
        };
        self.blocks.last().is_some_and(|b| {
            b.kind == BlockKind::Heading
                && b.lines == 1
                && numbered(&self.out[b.span.start..b.span.end])
        }) && next.is_none_or(numbered)
    }

    /// Whether the blocks before the open one are a contents' title and then only its entries,
    /// each on a line of its own (see [`is_bare_contents_entry`]). Looks back a contents' length
    /// at most.
    fn after_contents_title(&self) -> bool {
        for b in self.blocks.iter().rev().take(MAX_BARE_CONTENTS) {
            let s = &self.out[b.span.start..b.span.end];
            if b.lines == 1 && crate::outline::is_toc_title(s) {
                return true;
            }
            if b.lines != 1 || !(is_bare_contents_entry(s) || is_contents_entry(s)) {
                return false;
            }
        }
        false
    }

    fn open(&mut self, page: usize, indent: usize, mode: Mode) {
        if !self.out.is_empty() || self.preceded {
            self.out.push_str("\n\n");
        }
        self.open = Some(Open {
            start: self.out.len(),
            indent,
            lines: 0,
            page,
            mode,
        });
    }

    fn close(&mut self, _wrap: usize) {
        let Some(open) = self.open.take() else {
            return;
        };
        if let Pending::Keep(at) | Pending::Join(at) = self.pending {
            self.copy(at, at + 1);
        }
        self.pending = Pending::None;
        let span = Span::new(open.start, self.out.len());
        let text = &self.out[open.start..];
        let kind = match open.mode {
            _ if open.lines == 2
                && text.ends_with(['=', '-'])
                && setext_heading(text).is_some() =>
            {
                BlockKind::Heading
            }
            // A signing role wrapped with its name under a blank line (`De minister voor
            // Buitenlandse Handel en` ⏎ `Ontwikkelingshulp,` ⏎⏎ `Reinier Vos`); its first
            // line may read as a heading's.
            Mode::Paragraph
            | Mode::Heading {
                markdown: false,
                numbered: false,
            } if (2..=3).contains(&open.lines) && is_closing_line(text.trim_end()) => {
                BlockKind::Closing
            }
            Mode::Heading { markdown: true, .. } => BlockKind::Heading,
            Mode::Heading { numbered: true, .. } => {
                if is_heading_text(text, open.lines) {
                    BlockKind::Heading
                } else {
                    BlockKind::ListItem
                }
            }
            Mode::Heading { .. } => {
                if open.lines <= 2 && (is_unnumbered_heading(text) || cue(text).is_some()) {
                    BlockKind::Heading
                } else {
                    BlockKind::Paragraph
                }
            }
            Mode::Paragraph if open.lines == 1 && is_unnumbered_heading(text) => BlockKind::Heading,
            // A written consultation's long heading wraps, its first line no heading alone
            // ("II Reactie van de Minister van … en de Minister van" ⏎ "Justitie en …").
            Mode::Paragraph
                if open.lines == 2
                    && text.len() <= MAX_REPLY_HEADING_LEN
                    && (answers_the_members(text) || names_the_members(text))
                    && is_unnumbered_heading(text) =>
            {
                BlockKind::Heading
            }
            // A signing role wrapped before its comma with the name right under it, no blank
            // line between (`De staatssecretaris van Landbouw, Visserij, Voedselzekerheid en`
            // ⏎ `Natuur,` ⏎ `R.M. Terpstra`, as a Kamerstuk prints a letter's closing).
            Mode::Paragraph if (2..=3).contains(&open.lines) && is_signature_line(text) => {
                BlockKind::Closing
            }
            Mode::Paragraph | Mode::Literal | Mode::Value => BlockKind::Paragraph,
            Mode::ListItem => BlockKind::ListItem,
            Mode::Closing => BlockKind::Closing,
        };
        self.blocks.push(Block {
            span,
            lines: open.lines,
            kind,
            page: open.page,
        });
    }

    fn push_str(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// Copies `text[start..end]` verbatim, dropping soft hyphens and making no-break spaces
    /// plain ones: a page copied from the web keeps `Minister\u{a0}Jansen` and `25\u{a0}augustus`,
    /// where every later pass (names, dates, verbs) looks for a space. A PDF font's ligature
    /// becomes its letters (`ﬁnanciering` is `financiering`).
    /// Two spaces between words (a justified line as `pdftotext -layout` sets it, or two after
    /// a full stop) become one; three or more stay, as the gap between two columns.
    fn copy(&mut self, start: usize, end: usize) {
        if self.markdown {
            let piece = &self.text.as_bytes()[start..end];
            if memchr::memchr_iter(b'{', piece)
                .any(|k| matches!(piece.get(k + 1), Some(b'{' | b'%')))
            {
                self.copy_templated(start, end);
                return;
            }
            self.copy_markdown(start, end);
            return;
        }
        self.copy_linked(start, end);
    }

    /// Copies `start..end` of a Markdown page without the tags of the site generator that
    /// were left in it: a Hugo shortcode (`{{< ref "cijfers.md" >}}`, `{{% notice %}}`) or a
    /// Jekyll or Liquid tag (`{% include x.html %}`), which the site replaces with a picture,
    /// a link or a box; read as text they were words in a sentence. A space before a tag goes
    /// with it.
    fn copy_templated(&mut self, start: usize, end: usize) {
        let bytes = self.text.as_bytes();
        let mut from = start;
        let mut at = start;
        while let Some(k) = memchr::memchr(b'{', &bytes[at..end]).map(|k| at + k) {
            at = k + 1;
            let close: &[u8] = match (bytes.get(k + 1), bytes.get(k + 2)) {
                (Some(b'{'), Some(b'<')) => b">}}",
                (Some(b'{'), Some(b'%')) => b"%}}",
                (Some(b'%'), _) => b"%}",
                _ => continue,
            };
            // A tag closes within a few hundred bytes; a search to the piece's end for each
            // opening would cost a pass per brace on a long line of them.
            let limit = end.min(k + 2 + MAX_TAG);
            let Some(c) = memchr::memmem::find(&bytes[k + 2..limit], close) else {
                continue;
            };
            let after = k + 2 + c + close.len();
            let mut cut = k;
            if cut > from && bytes[cut - 1] == b' ' && closes_gap(bytes.get(after)) {
                cut -= 1;
            }
            self.copy_markdown(from, cut);
            from = after;
            at = from;
        }
        self.copy_markdown(from, end);
    }

    /// [`Self::copy`] of a Markdown text without template tags.
    fn copy_markdown(&mut self, start: usize, end: usize) {
        {
            let piece = &self.text.as_bytes()[start..end];
            // A `[[`, a `%%` or a `<<`: one search for any of the bytes, a look at the next.
            if memchr::memchr3_iter(b'[', b'%', b'<', piece)
                .any(|k| piece.get(k + 1) == Some(&piece[k]))
            {
                self.copy_wiki(start, end);
                return;
            }
        }
        self.copy_linked(start, end);
    }

    /// Copies `start..end` of a Markdown text as a wiki shows it: a wiki link as its label
    /// (`[[Autoriteit Consument en Markt]]` as its name, `[[Jaarplan 2025|het jaarplan]]` as
    /// `het jaarplan`, `[[Page#Section]]` as `Page`), an embed (`![[chart.png]]`) and an
    /// Obsidian comment (`%% to check %%`) left out. Read with its brackets, a body in a link
    /// was no body. An AsciiDoc cross-reference left in a converted text (`<<bijlage-a,Bijlage
    /// A>>`) reads as its text, or as its anchor when it has none (`<<toezicht>>`).
    fn copy_wiki(&mut self, start: usize, end: usize) {
        let bytes = self.text.as_bytes();
        let mut from = start;
        let mut at = start;
        while at + 1 < end {
            let Some(k) = memchr::memchr3(b'[', b'%', b'<', &bytes[at..end]).map(|k| at + k) else {
                break;
            };
            at = k + 1;
            if bytes.get(k + 1) != Some(&bytes[k]) || k + 2 > end {
                continue;
            }
            let close_mark: &[u8] = match bytes[k] {
                b'[' => b"]]",
                b'<' => b">>",
                _ => b"%%",
            };
            let Some(close) =
                memchr::memmem::find(&bytes[k + 2..end], close_mark).map(|c| k + 2 + c)
            else {
                if bytes[k] == b'<' {
                    continue;
                }
                break;
            };
            if bytes[k] == b'<' {
                let inner = &self.text[k + 2..close];
                let (anchor, label) = inner.split_once(',').unwrap_or((inner, inner));
                let id =
                    |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b':');
                if anchor.is_empty() || !anchor.bytes().all(id) || label.contains(['<', '>', '\n'])
                {
                    continue;
                }
                self.copy_linked(from, k);
                let label_start = close - label.len();
                let lead = label.len() - label.trim_start().len();
                self.copy_mended(label_start + lead, label_start + label.trim_end().len());
            } else if bytes[k] == b'%' {
                self.copy_linked(from, k);
                // The space before a comment goes with it.
                if self.out.ends_with(' ') && matches!(bytes.get(close + 2), None | Some(b' ')) {
                    self.out.pop();
                }
            } else {
                let inner = &self.text[k + 2..close];
                let embed = k > from && bytes[k - 1] == b'!';
                self.copy_linked(from, if embed { k - 1 } else { k });
                if !embed && !inner.is_empty() && !inner.contains(['[', '\n']) {
                    let (label, offset) = match inner.rfind('|') {
                        Some(bar) => (&inner[bar + 1..], bar + 1),
                        None => (inner.split('#').next().unwrap_or(inner), 0),
                    };
                    let label_start = k + 2 + offset;
                    let lead = label.len() - label.trim_start().len();
                    let label = label.trim();
                    self.copy_mended(label_start + lead, label_start + lead + label.len());
                }
            }
            from = close + 2;
            at = from;
        }
        self.copy_linked(from, end);
    }

    /// [`Self::copy`] without wiki links.
    fn copy_linked(&mut self, start: usize, end: usize) {
        if self.markdown && memchr::memchr2(b']', b'[', &self.text.as_bytes()[start..end]).is_some()
        {
            self.copy_unlinked(start, end);
        } else {
            self.copy_mended(start, end);
        }
    }

    /// Copies `start..end` of a Markdown text with each link as its text: `[Kaja
    /// Kallas](https://…)` as `Kaja Kallas`, an image `![Figure 1](media/image2.png)` as
    /// `Figure 1`, and the attributes pandoc sets after either (`{width="2in"}`) left out.
    /// Read with its brackets and address, a name in a link was no name, and its sentence
    /// quoted the address.
    fn copy_unlinked(&mut self, start: usize, end: usize) {
        let bytes = self.text.as_bytes();
        let mut from = start;
        let mut at = start;
        while let Some(k) = memchr::memchr(b']', &bytes[at..end]).map(|k| at + k) {
            at = k + 1;
            if bytes.get(k + 1) == Some(&b'{') {
                // A pandoc span (`[bewogen]{.underline}`, a Word bookmark's empty
                // `[]{#_Toc160112233 .anchor}` before a heading's words): its words only.
                let Some((open, after)) = pandoc_span(bytes, from, k, end) else {
                    continue;
                };
                if open == usize::MAX {
                    // Its `[` on the line before.
                    self.copy_mended(from, k);
                    from = after;
                    at = after;
                    continue;
                }
                self.copy_mended(from, open);
                self.copy_mended(open + 1, k);
                from = after;
                at = after;
                continue;
            }
            if bytes.get(k + 1) != Some(&b'(') || k + 2 > end {
                continue;
            }
            // The address: no white space, closed on this line.
            let Some(close) = bytes[k + 2..end]
                .iter()
                .take(MAX_LINK_ADDRESS)
                .position(|&b| b == b')' || b == b' ')
                .filter(|&n| n > 0 && bytes[k + 2 + n] == b')')
                .map(|n| k + 2 + n)
            else {
                continue;
            };
            let Some(open) = memchr::memrchr(b'[', &bytes[from..k]).map(|o| from + o) else {
                // The link's `[` on the line before (pandoc wraps a link's words): its words
                // here go on, the address is left out.
                if wrapped_open(bytes, start, k) {
                    let mut after = close + 1;
                    if bytes.get(after) == Some(&b'{') {
                        if let Some(n) = memchr::memchr(b'}', &bytes[after..end]) {
                            after += n + 1;
                        }
                    }
                    self.copy_mended(from, k);
                    from = after;
                    at = after;
                }
                continue;
            };
            if bytes.get(open + 1) == Some(&b'^') {
                continue;
            }
            let mark = if open > from && bytes[open - 1] == b'!' {
                open - 1
            } else {
                open
            };
            let mut after = close + 1;
            if bytes.get(after) == Some(&b'{') {
                if let Some(n) = memchr::memchr(b'}', &bytes[after..end]) {
                    after += n + 1;
                }
            }
            // A notebook's picture of a cell's output, named by its file's type
            // (`![png](report_files/report_7_1.png)`): no words of the report, and the space
            // before it goes with it.
            let label = &bytes[open + 1..k];
            let typed = mark < open
                && !label.is_empty()
                && bytes[k + 2..close]
                    .rsplit(|&b| b == b'.')
                    .next()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case(label));
            if typed {
                let space = mark > from && bytes[mark - 1] == b' ' && closes_gap(bytes.get(after));
                self.copy_mended(from, mark - usize::from(space));
            } else {
                self.copy_mended(from, mark);
                self.copy_mended(open + 1, k);
            }
            from = after;
            at = after;
        }
        // A link's or a span's `[` whose words go on in the next line: left out.
        if let Some(open) = memchr::memrchr(b'[', &bytes[from..end]).map(|o| from + o) {
            if wrapped_close(bytes, open, end) {
                self.copy_mended(from, open);
                from = open + 1;
            }
        }
        self.copy_mended(from, end);
    }

    /// Copies `start..end`, mending soft hyphens (left out) and no-break spaces (spaces).
    fn copy_mended(&mut self, start: usize, end: usize) {
        let piece = &self.text[start..end];
        // Pieces come in text order: the first special not before this piece is the next one.
        while self
            .specials
            .get(self.special)
            .is_some_and(|&at| at < start)
        {
            self.special += 1;
        }
        if self.specials.get(self.special).is_some_and(|&at| at < end) {
            let bytes = piece.as_bytes();
            // A no-break space counts as a space here: it is copied as one.
            let spacy = |k: usize| {
                bytes.get(k) == Some(&b' ') || bytes.get(k..k + 2) == Some(&[0xC2, 0xA0][..])
            };
            let mut from = start;
            let mut skip = start;
            // The specials passed so far: matches come in order, so each is passed once.
            let mut next = self.special;
            for (i, c) in piece.match_indices(|c: char| {
                matches!(
                    c,
                    '\u{AD}'
                        | '\u{A0}'
                        | ' '
                        | '&'
                        | '\u{FB00}'..='\u{FB06}'
                        | '1'..='9'
                        | '\u{200B}'
                        | '\u{200C}'
                        | '\u{2060}'
                        | '\\'
                )
            }) {
                if c == "\\" {
                    while self.specials.get(next).is_some_and(|&at| at < start + i) {
                        next += 1;
                    }
                    // A Markdown escape's backslash (see [`markdown_escapes`]) is left out.
                    if self.specials.get(next) == Some(&(start + i)) {
                        self.copy_plain(from, start + i);
                        from = start + i + 1;
                    }
                    continue;
                }
                if c.as_bytes()[0].is_ascii_digit() {
                    while self.specials.get(next).is_some_and(|&at| at < start + i) {
                        next += 1;
                    }
                    // A footnote's number glued to its word (see [`footnote_marks`]) is left out.
                    if start + i >= skip && self.specials.get(next) == Some(&(start + i)) {
                        self.copy_plain(from, start + i);
                        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                        from = start + i + digits;
                        skip = from;
                    }
                    continue;
                }
                if c == "&" {
                    // `&eacute;`, `&#8217;`: the character, its first byte mapped to the `&`.
                    if let Some((ch, len)) = entity::at(&bytes[i..]) {
                        self.copy_plain(from, start + i);
                        // `&shy;` and `&#8203;` are left out as their characters are.
                        if !invisible(ch) {
                            self.offsets.push(self.out.len(), start + i, 1);
                            self.out.push(ch);
                        }
                        from = start + i + len;
                    }
                    continue;
                }
                let two_spaces = c == " "
                    && bytes.get(i + 1) == Some(&b' ')
                    && !spacy(i + 2)
                    && i >= 1
                    && bytes[i - 1] != b' '
                    && !(i >= 2 && bytes[i - 2..i] == [0xC2, 0xA0]);
                if c == " " && !two_spaces {
                    continue;
                }
                self.copy_plain(from, start + i);
                if c == "\u{A0}" {
                    self.offsets.push(self.out.len(), start + i, 1);
                    self.out.push(' ');
                } else if let Some(letters) = ligature(c.as_bytes()) {
                    // Letters layout writes: they map to the end of the copy before them.
                    self.out.push_str(letters);
                }
                // The first of two spaces is dropped; the second is copied with what follows.
                from = start + i + c.len();
            }
            self.copy_plain(from, end);
        } else {
            self.copy_plain(start, end);
        }
    }

    fn copy_plain(&mut self, start: usize, end: usize) {
        self.offsets.push(self.out.len(), start, end - start);
        self.out.push_str(&self.text[start..end]);
    }

    /// Copies one line, holding back a hyphen at its end until the next line says what it is.
    fn push_line(
        &mut self,
        start: usize,
        end: usize,
        s: &str,
        next: Option<&str>,
        vocabulary: &Vocabulary,
    ) {
        if let Some(open) = self.open.as_mut() {
            open.lines += 1;
        }
        if s.ends_with('\u{AD}') {
            self.copy(start, end - 2);
            self.pending = Pending::Soft;
            return;
        }
        if let Some(candidate) = next.and_then(|n| hyphen_candidate(s, n)) {
            self.copy(start, end - 1);
            self.pending = if vocabulary.keep_hyphen(&candidate) {
                Pending::Keep(end - 1)
            } else {
                Pending::Join(end - 1)
            };
            return;
        }
        self.copy(start, end);
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn continuing_word_filter_agrees_with_last_word() {
        let pieces = [
            "van",
            "VAN",
            "the",
            "in",
            "de",
            "concerning",
            "x",
            "-",
            " ",
            "é",
            "’",
            ".",
            "9",
            "regarding",
            "abc",
            "between",
            "Z",
            "--",
            "a",
        ];
        let mut seed = 21u64;
        for _ in 0..5000 {
            let mut s = String::new();
            for _ in 0..(seed >> 61) + 1 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(
                ends_with_continuing_word(&s),
                ends_with_continuing_word_by_last_word(&s),
                "{s:?}"
            );
        }
    }

    /// Everything a layout holds, comparable.
    #[allow(clippy::type_complexity)]
    pub(super) fn whole(
        l: &Layout,
    ) -> (
        &str,
        Vec<(Span, usize, BlockKind, usize)>,
        &[Diagnostic],
        &OffsetMap,
        usize,
        &[String],
    ) {
        let blocks = l
            .blocks
            .iter()
            .map(|b| (b.span, b.lines, b.kind, b.page))
            .collect();
        (
            &l.text,
            blocks,
            &l.diagnostics,
            &l.offsets,
            l.pages,
            &l.furniture,
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn layout_in_two_halves_is_layout_in_one_pass() {
        let fixtures = [
            include_str!("../../tests/fixtures/kamerbrief-nl.txt"),
            include_str!("../../tests/fixtures/council-outcome-en.txt"),
            include_str!("../../tests/fixtures/pdftotext-nl-landbouwraad.txt"),
            include_str!("../../tests/fixtures/eu-council-outcome-2024-10.txt"),
            include_str!("../../tests/fixtures/crlf-nl-milieuraad.txt"),
            include_str!("../../tests/fixtures/markdown-jaarverslag-2023.md"),
        ];
        let mut halved = 0;
        let mut texts: Vec<String> = fixtures.iter().map(|f| f.to_string()).collect();
        // Fixtures side by side, joined in several ways, with padding in front that moves the
        // middle, and so the cuts, to other places.
        for joint in ["\n\n", "\n", "\u{C}", "\r\n\r\n", "-\n"] {
            for extra in [0, 1, 17, 333, 4096, 9999] {
                let mut text = "x".repeat(extra);
                text.push_str(joint);
                for f in fixtures.iter().chain(fixtures.iter().rev()) {
                    text.push_str(f);
                    text.push_str(joint);
                }
                texts.push(text);
            }
        }
        for text in &texts {
            let (one, one_halved) = repair_and_tell(text, false);
            let (two, two_halved) = repair_and_tell(text, true);
            assert!(!one_halved);
            halved += usize::from(two_halved);
            assert_eq!(whole(&two), whole(&one), "{}", &text[..text.len().min(80)]);
            assert_eq!(repair(text).text, one.text);
        }
        assert!(halved >= 30, "{halved} of {} halved", texts.len());
    }

    #[test]
    fn no_continuing_word_is_longer_than_the_maximum() {
        assert!(CONTINUING_WORDS
            .iter()
            .all(|w| (1..=MAX_CONTINUING_WORD).contains(&w.len())));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// Text with every kind of line end, page breaks, indents, digits and non-ASCII white space,
    /// in runs long enough to cross the 64-byte blocks of the scans.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "Europol",
            "stelde",
            "maatre-",
            "gelen",
            " ",
            "   ",
            "\t",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\u{0B}",
            "\u{0C}",
            "12",
            "Pagina 3 van 10",
            "- 4 -",
            "\u{A0}",
            "é",
            "中",
            ".",
            "-",
            "\u{AD}",
            "2.1 Titel",
            "• punt",
            "De Minister van Justitie,",
            "\u{2003}",
        ]);
        prop::collection::vec(piece, 0..300).prop_map(|pieces| pieces.concat())
    }

    fn shape(lines: &[Line]) -> Vec<(usize, usize, usize, usize, bool)> {
        lines
            .iter()
            .map(|l| (l.start, l.end, l.indent, l.page, l.digit))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn layout_in_halves_is_layout_in_one_pass(text in text()) {
            let one = repair_with(&text, false);
            let two = repair_with(&text, true);
            prop_assert_eq!(super::tests::whole(&two), super::tests::whole(&one));
        }

        #[test]
        fn lines_split_in_halves_are_those_of_one_split(text in text()) {
            if let Some((lines, form_feeds)) = split_lines_in_halves(&text) {
                let (want, want_form_feeds) = split_lines(&text);
                prop_assert_eq!(form_feeds, want_form_feeds);
                prop_assert_eq!(shape(&lines), shape(&want));
            }
        }

        #[test]
        fn block_split_agrees_with_the_memchr_split(text in text()) {
            let (lines, form_feeds) = split_lines(&text);
            let (want, want_form_feeds) = split_lines_by_memchr(&text);
            prop_assert_eq!(form_feeds, want_form_feeds);
            prop_assert_eq!(shape(&lines), shape(&want));
        }
    }
}
