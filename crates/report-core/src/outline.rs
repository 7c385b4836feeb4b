//! Blocks → the outline tree.
//!
//! Layout marks blocks that look like headings, using the same line predicate
//! ([`crate::layout::cue`]) that outline uses here to read the number and title. Outline then
//! decides which of them are sections:
//!
//! - The front matter is not a section: in a letter, everything up to the closing (signature)
//!   and the report title right after it; then a title page, the short lines before the first
//!   paragraph of running text, except the headings right above that paragraph or above a
//!   numbered heading. Of the headings that open the body, the first (and any up to the line
//!   that announces the document, "Verslag van …") is the title, not a section.
//! - Lines that only look like headings are not sections: labels under an agenda item
//!   ("Besluitvorming", "Policy debate"), fields ("Voorzitter: …"), and in a document with
//!   Markdown headings every line without `#`.
//! - Numbering schemes nest in the order the document first uses them ("I." then "1." then
//!   "a)"), not by a fixed table; Markdown headings nest by their number of `#`. Divisions named
//!   by a word ("Chapter 2", "Part I") are the top level, beside an unnumbered summary before
//!   them; a bare one takes the next heading as its title. Of the
//!   unnumbered headings, group titles ("Main results", "Non-legislative items") hold the items
//!   after them, and a title that recurs under each item ("Inzet Nederland") is a part of it.
//! - Each section's range runs to the next section of the same or a higher level.

use crate::layout::{cue, BlockKind, Layout, PrehashedState, Scheme};
use crate::model::{Section, Span};

/// A heading found in the text, before nesting.
struct Heading {
    /// Index of its block in the layout.
    block: usize,
    key: Key,
    number: Option<String>,
    title: String,
    span: Span,
}

/// What decides a heading's level: its scheme, or a fixed Markdown depth.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    Scheme(Scheme),
    Unnumbered,
    /// An unnumbered heading that groups items ("Main results", "Non-legislative items"), with
    /// its rank: 0 for the halves of a Council outcome ("Items debated", "Items approved
    /// without debate"), which hold the groups of rank 1 ("Legislative deliberations").
    Group(u8),
    /// A line of capitals right above an unnumbered heading ("TRADE POLICY").
    Part,
    /// An unnumbered heading whose title recurs: a part of each item ("Inzet Nederland").
    Repeated,
    /// An unnumbered heading that the table of contents lists with a dash under the entry
    /// before it ("Migration" ⏎ "– Return policy"): a sub-item of that item.
    Sub,
    /// The unnumbered heading that opens the outline with text of its own ("Foreword", a
    /// "Main results" summary) before numbered headings: their sibling, not their parent.
    Opening,
    Markdown(u8),
    /// A bare annex after the body ("ANNEX", "Annexes"): the top level again, whatever the
    /// body's last heading was; what follows it is the annex's.
    Annex,
}

/// Whether `s` is a bare division's label over what follows: "Bijlage 1", "Annex II", or the
/// word alone ("Bijlage", "Annex") over the report a letter carries.
pub(crate) fn bare_division(s: &str) -> bool {
    let s = s.trim();
    cue(s).is_some_and(|c| c.bare())
        || ["bijlage", "annex", "appendix"]
            .iter()
            .any(|w| s.eq_ignore_ascii_case(w))
}

/// Index of the first block after the letter part: after the last closing block that comes
/// before the first numbered heading, plus the report title right after it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn body_start(layout: &Layout) -> usize {
    // A bare "Bijlage 1" over the report a letter carries marks it; it numbers nothing.
    let bare_division =
        |b: &crate::layout::Block| bare_division(&layout.text[b.span.start..b.span.end]);
    // A signatory's name under the closing may read as lettered ("A. Kowalczyk").
    let signature = |i: usize| name_under_closing(layout, i);
    let first_numbered = layout
        .blocks
        .iter()
        .enumerate()
        .position(|(i, b)| {
            b.kind == BlockKind::Heading
                && numbered(&layout.text, b.span)
                && !bare_division(b)
                && labelled_report_title(&layout.text[b.span.start..b.span.end]).is_none()
                && !signature(i)
                // `1.` ⏎ `Verordening …`: a number alone over its heading.
                || bare_marker(&layout.text[b.span.start..b.span.end]).is_some()
                    && layout
                        .blocks
                        .get(i + 1)
                        .is_some_and(|n| n.kind == BlockKind::Heading)
        })
        .unwrap_or(layout.blocks.len());
    let Some(closing) = layout.blocks[..first_numbered]
        .iter()
        .rposition(|b| b.kind == BlockKind::Closing)
    else {
        return 0;
    };
    // A closing under a Markdown heading signs that section (a foreword: `Voorwoord` ⏎
    // `-------` … `Inspecteur-generaal, mr. A. de Vries`), not a letter around the report.
    if layout.blocks[..closing].iter().skip(1).any(|b| {
        let s = &layout.text[b.span.start..b.span.end];
        b.kind == BlockKind::Heading
            && (s.starts_with('#') || crate::layout::setext_heading(s).is_some())
    }) {
        return 0;
    }
    let after_closing =
        |closing: usize| closing + 1 + usize::from(name_under_closing(layout, closing + 1));
    let mut start = after_closing(closing);
    // A report signed at its end, whose items are numbered paragraphs, not headings, under a
    // note that forwards it, signed too (`De griffier van de commissie,` ⏎ `Van der
    // Meer-Bakker` over the minister's report): the report starts after the note's closing,
    // when headings and paragraphs stand between the two.
    if start >= layout.blocks.len() {
        if let Some(earlier) = layout.blocks[..closing]
            .iter()
            .rposition(|b| b.kind == BlockKind::Closing)
        {
            let between = &layout.blocks[after_closing(earlier).min(closing)..closing];
            let headings = between
                .iter()
                .filter(|b| b.kind == BlockKind::Heading)
                .count();
            let text = between
                .iter()
                .filter(|b| b.kind != BlockKind::Heading)
                .count();
            if headings >= 2 && text >= 3 {
                start = after_closing(earlier);
            }
        }
    }
    // A letter whose report stands in its own body, above the signature, has nothing after it:
    // its sections start after the salutation ("Geachte voorzitter," ⏎ … ⏎ "Eurogroep").
    if start >= layout.blocks.len() {
        return layout.blocks[..closing]
            .iter()
            .position(|b| {
                let s = &layout.text[b.span.start..b.span.end];
                s.len() <= 60
                    && s.ends_with(',')
                    && ["Geachte ", "Dear "].iter().any(|w| s.starts_with(w))
            })
            // Without a salutation (a web page's copy of the letter), the body is the
            // letter's: its headings are the report's sections.
            .map_or(0, |i| i + 1);
    }
    if layout.blocks.get(start).is_some_and(bare_division) || role_under_name(layout, start) {
        start += 1;
    }
    // The report's own title follows the signature in a letter that carries a report.
    if let Some(title) = layout.blocks.get(start) {
        let text = &layout.text[title.span.start..title.span.end];
        if start < first_numbered
            && title.lines <= 3
            && !text.ends_with('.')
            && !underlined_as_a_later_heading(layout, start)
            && !opens_bare_roman_parts(layout, start)
            && !first_of_unnumbered_parts(layout, start)
        {
            start += 1;
        }
    }
    start
}

/// Whether block `i`, right over a numbered heading, is the first of the report's parts: a
/// later unnumbered line of the same kind stands right over a numbered heading too
/// (`Binnenlandse Zakendag 12 oktober 2026` ⏎ `1. Migratiepact` … `Justitiedag 13 oktober
/// 2026` ⏎ `4. E-evidence`). Both end in a date or neither does; a line that announces the
/// document (`Verslag van …`) is its title.
fn first_of_unnumbered_parts(layout: &Layout, i: usize) -> bool {
    let text = |b: &crate::layout::Block| layout.text[b.span.start..b.span.end].trim();
    let numbered_heading = |j: usize| {
        layout
            .blocks
            .get(j)
            .is_some_and(|b| b.kind == BlockKind::Heading && numbered(&layout.text, b.span))
    };
    let dated = |s: &str| s.ends_with(|c: char| c.is_ascii_digit());
    let part = |b: &crate::layout::Block| {
        let s = text(b);
        b.lines == 1
            && s.len() <= 60
            && !s.ends_with(['.', ':', ','])
            && !numbered(&layout.text, b.span)
    };
    let first = &layout.blocks[i];
    if !numbered_heading(i + 1) || !part(first) || crate::metadata::announces_document(text(first))
    {
        return false;
    }
    let shape = dated(text(first));
    (i + 2..layout.blocks.len()).any(|j| {
        let b = &layout.blocks[j];
        b.kind == BlockKind::Heading
            && part(b)
            && dated(text(b)) == shape
            && numbered_heading(j + 1)
    })
}

/// Whether block `i` is the first of parts numbered without a dot ("I Vragen en opmerkingen
/// vanuit de fracties" … "II Reactie van de Minister", see [`bare_roman_parts`]): right under
/// a written consultation's signatures it is its first part, not its title.
fn opens_bare_roman_parts(layout: &Layout, i: usize) -> bool {
    let block = |b: &crate::layout::Block| &layout.text[b.span.start..b.span.end];
    let numeral = |b: &crate::layout::Block| bare_roman(block(b)).map(|(n, _)| n);
    numeral(&layout.blocks[i]) == Some("I")
        && layout.blocks[i + 1..]
            .iter()
            .any(|b| b.kind == BlockKind::Heading && numeral(b) == Some("II"))
}

/// Whether block `i` is underlined ("Onderzoek" ⏎ "---------") like a heading after it: then it
/// is the first of the report's sections, not its title (a title is underlined apart, `===`).
fn underlined_as_a_later_heading(layout: &Layout, i: usize) -> bool {
    let block = |b: &crate::layout::Block| &layout.text[b.span.start..b.span.end];
    let Some((depth, _)) = crate::layout::setext_heading(block(&layout.blocks[i])) else {
        return false;
    };
    layout.blocks[i + 1..]
        .iter()
        .any(|b| crate::layout::setext_heading(block(b)).is_some_and(|(d, _)| d == depth))
}

/// Where the title starts in an annex label that carries the report's title on its own line
/// ("Bijlage 1. Geannoteerde agenda Raad …", "Annex: Outcome of the …"): the report a letter
/// carries, not a section of it.
pub(crate) fn labelled_report_title(s: &str) -> Option<usize> {
    let c = cue(s).filter(|c| c.scheme == Scheme::Chapter && !c.bare())?;
    let lower = s.get(..8).map(str::to_ascii_lowercase)?;
    let annex = ["bijlage", "annex", "appendix"]
        .iter()
        .any(|w| lower.starts_with(w));
    (annex && crate::metadata::announces_document(&s[c.title_start..])).then_some(c.title_start)
}

/// Whether block `i` is the signatory's role set under the name, as English letters do
/// ("Yours sincerely," ⏎ name ⏎ "Executive Director"): one short line after the name, with the
/// report's announcing title right after it.
pub(crate) fn role_under_name(layout: &Layout, i: usize) -> bool {
    let blocks = &layout.blocks;
    let text = |b: &crate::layout::Block| &layout.text[b.span.start..b.span.end];
    i >= 2
        && blocks[i - 2].kind == BlockKind::Closing
        && is_name_block(layout, i - 1)
        && blocks.get(i).is_some_and(|b| {
            let s = text(b);
            b.lines == 1
                && s.len() <= 80
                && !s.ends_with('.')
                && s.split_whitespace().count() <= 8
                && !crate::metadata::announces_document(s)
        })
        && blocks
            .get(i + 1)
            .is_some_and(|b| crate::metadata::announces_document(text(b)))
}

/// Whether block `i` is a signatory's name set off from the closing by a blank line
/// ("P.J. Vermeulen", "Marie van der Berg"): a name line with an initial or a particle, so that
/// a title such as "Raad Buitenlandse Zaken" is not taken for one.
pub(crate) fn is_name_block(layout: &Layout, i: usize) -> bool {
    layout.blocks.get(i).is_some_and(|b| {
        // A Markdown file sets the name in bold (`**Annelies van Dijk**`).
        let s = crate::layout::unemphasised(layout.text[b.span.start..b.span.end].trim());
        let initial = s.split_whitespace().any(|w| {
            let w = w.as_bytes();
            w.len() >= 2 && w[0].is_ascii_uppercase() && w[1] == b'.'
        });
        let particle = s
            .split_whitespace()
            .any(|w| matches!(w, "van" | "de" | "der" | "den" | "ten" | "ter" | "von"));
        // The last line of the text, under a role that waits for its name ("de Minister van
        // …," ⏎ "Femke Wiersma"), titles nothing: a first name and a surname will do. So does
        // a line of two or three such words under a signing role anywhere, as a letter that
        // carries its report signs before it ("De minister voor …," ⏎ "Reinier Vos" ⏎
        // "Verslag …").
        let closing = (i > 0 && layout.blocks[i - 1].kind == BlockKind::Closing)
            .then(|| {
                layout.text[layout.blocks[i - 1].span.start..layout.blocks[i - 1].span.end].trim()
            })
            .filter(|c| c.ends_with(','));
        let words = s.split_whitespace().count();
        let under_role = closing.is_some_and(|c| {
            if i + 1 == layout.blocks.len() {
                words >= 2
            } else {
                (2..=3).contains(&words)
                    && ["De ", "de ", "The ", "the ", "Het "]
                        .iter()
                        .any(|a| c.starts_with(a))
            }
        });
        // A name of two to four words between a valediction and the signer's role (`Yours
        // sincerely,` ⏎ `Niamh O'Sullivan` ⏎ `President of the Eurogroup`, `Regards,` ⏎
        // `Sorcha Ní Bhriain` ⏎ `First Secretary (Coreper II)`), whatever follows the role: an
        // annex's note, an e-mail's address.
        let over_role = i > 0
            && layout.blocks[i - 1].kind == BlockKind::Closing
            && (2..=4).contains(&words)
            && layout.blocks.get(i + 1).is_some_and(|n| {
                n.lines == 1
                    && crate::layout::is_role_line(layout.text[n.span.start..n.span.end].trim())
            });
        b.lines == 1
            && b.kind != BlockKind::Closing
            && (initial || particle || under_role || over_role)
            && crate::layout::is_name_line(s)
            && !crate::metadata::announces_document(s)
    })
}

/// Whether block `i` is the signatory's name under a closing that still waits for it: a
/// closing that took its name line already ("De minister van …," ⏎ "R.T. Jansen") is signed,
/// and a lettered line after it is a heading ("I. Justitie" reads like an initial and a name).
fn name_under_closing(layout: &Layout, i: usize) -> bool {
    i > 0
        && layout.blocks[i - 1].kind == BlockKind::Closing
        && !closing_signed(layout, i - 1)
        && is_name_block(layout, i)
}

/// Whether `title` is a date and nothing else, perhaps after its day of the week
/// ("Woensdag 10 december 2025", "Thursday 4 June 2026").
fn is_dateline(title: &str) -> bool {
    let title = title.trim();
    // `Wednesday 18 November 2026 - Strasbourg`: a verbatim report's day and its place.
    let title = [" - ", " – "]
        .iter()
        .find_map(|d| {
            let (head, place) = title.rsplit_once(d)?;
            (place.split(' ').count() <= 2
                && place.starts_with(char::is_uppercase)
                && place
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-'))
            .then_some(head)
        })
        .unwrap_or(title);
    if title.len() > 40 || !title.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let rest = match title.split_once(' ') {
        Some((day, rest))
            if crate::metadata::dates::WEEKDAYS
                .contains(&lower(day.trim_end_matches(',')).as_str()) =>
        {
            rest.trim()
        }
        _ => title,
    };
    is_date(rest)
}

/// Whether `title` says which edition of the document this is (`Provisional edition`,
/// `Voorlopige versie`): a cover's note, no section.
fn edition_label(title: &str) -> bool {
    const LABELS: [&str; 8] = [
        "provisional edition",
        "provisional version",
        "final edition",
        "final version",
        "voorlopige uitgave",
        "voorlopige versie",
        "definitieve uitgave",
        "definitieve versie",
    ];
    title.len() <= 20 && LABELS.iter().any(|l| title.trim().eq_ignore_ascii_case(l))
}

/// Whether `title` says when and how the document was adopted (`Adopted by written procedure on
/// 3 December 2026`, `Vastgesteld op 12 maart 2027`): a stamp under the minutes' title.
fn adoption_stamp(title: &str) -> bool {
    const OPENERS: [&str; 6] = [
        "adopted ",
        "approved ",
        "endorsed ",
        "vastgesteld ",
        "goedgekeurd ",
        "aangenomen ",
    ];
    let title = title.trim();
    title.len() <= 100
        && OPENERS.iter().any(|o| {
            title
                .get(..o.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(o))
        })
        && !crate::metadata::dates::find_all(title).is_empty()
}

/// Whether `title` is a month and a year and nothing else (`December 2026`).
fn month_and_year(title: &str) -> bool {
    let title = title.trim();
    title.len() <= 16
        && title.split_once(' ').is_some_and(|(month, year)| {
            crate::metadata::dates::month(month).is_some()
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Whether `s` is one date expression from its first byte to its last.
fn is_date(s: &str) -> bool {
    crate::metadata::dates::find_all(s)
        .first()
        .is_some_and(|m| m.span.start == 0 && m.span.end == s.len())
}

/// Whether `title` is a place and a date without a comma between ("Luxembourg 12-13 June
/// 2025", "Den Haag 4 maart 2026"): where and when a meeting was, as a press page sets it
/// under its meeting information or a text copied from one joins the two lines. No section,
/// wherever it stands.
fn is_place_dateline(title: &str) -> bool {
    let title = title.trim();
    // Lengths and the year's digit first: asked of every unnumbered heading.
    if title.len() > 50 || !title.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(digit) = title.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let place = title[..digit].trim_end();
    // One word, or two after a short article ("Den Haag", "La Valletta"): "Verslag Milieuraad
    // 17 maart 2026" heads a report.
    let mut words = place.split_whitespace();
    let one_place = match (words.next(), words.next(), words.next()) {
        (Some(_), None, _) => true,
        (Some(article), Some(_), None) => article.chars().count() <= 3,
        _ => false,
    };
    // `Justitiedag 13 oktober 2026`: a day of a two-day Council is no place but a part title.
    let day = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.ends_with("dag") || w.ends_with("day")
    };
    one_place
        && !place.split_whitespace().last().is_some_and(day)
        && place.len() < digit
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && is_date(&title[digit..])
}

/// Whether block `i` is the label over a motion's text (`Motie` ⏎ `De Kamer,`), which a
/// speaker submits within her turn: no section, or it would hold the turns after it.
fn labels_motion(layout: &Layout, i: usize) -> bool {
    let text = |b: &crate::layout::Block| layout.text[b.span.start..b.span.end].trim();
    let label = text(&layout.blocks[i]);
    (label == "Motie" || label.starts_with("Motie van "))
        && layout
            .blocks
            .get(i + 1)
            .is_some_and(|b| text(b).starts_with("De Kamer,"))
}

/// Whether block `i` is a name among the signers of a motion (Handelingen): name lines, one
/// a block, right after the motion's closing formula `en gaat over tot de orde van de dag.`
fn signs_motion(layout: &Layout, i: usize) -> bool {
    const FORMULA: &[u8] = b"orde van de dag.";
    let text = |b: usize| {
        let span = layout.blocks[b].span;
        layout.text[span.start..span.end].trim()
    };
    let name = |b: usize| layout.blocks[b].lines == 1 && crate::layout::is_name_line(text(b));
    if !name(i) {
        return false;
    }
    // A motion has a handful of signers; ten names back is far enough.
    for b in (i.saturating_sub(10)..i).rev() {
        let s = text(b).as_bytes();
        if s.len() >= FORMULA.len() && s[s.len() - FORMULA.len()..].eq_ignore_ascii_case(FORMULA) {
            return true;
        }
        if !name(b) {
            return false;
        }
    }
    false
}

/// Whether closing block `c` ends on a name line rather than the role's comma. A first name
/// alone under a valediction (`Regards,` ⏎ `Sorcha`, an e-mail's) is no signature yet: the
/// full name and the role follow.
fn closing_signed(layout: &Layout, c: usize) -> bool {
    let b = &layout.blocks[c];
    let text = &layout.text[b.span.start..b.span.end];
    let first_name = b.lines == 2
        && text.split_once(',').is_some_and(|(valediction, name)| {
            let name = name.trim();
            crate::layout::is_valediction(&text[..valediction.len() + 1])
                && !name.contains(char::is_whitespace)
                && crate::layout::is_name_line(name)
        });
    b.lines > 1 && !text.ends_with(',') && !first_name
}

fn numbered(text: &str, span: Span) -> bool {
    let s = &text[span.start..span.end];
    cue(s).is_some_and(|c| !matches!(c.scheme, Scheme::AllCaps | Scheme::Bullet))
}

/// Titles of headings that group the agenda items under them (Council outcome documents).
const GROUP_TITLES: [&str; 20] = [
    "main results",
    // A Council outcome's Dutch version.
    "belangrijkste resultaten",
    "behandelde punten",
    "overige goedgekeurde punten",
    "zonder debat goedgekeurde punten",
    "zonder beraadslaging goedgekeurde punten",
    "wetgevingsberaadslagingen",
    "niet-wetgevingsactiviteiten",
    "items debated",
    "items approved without debate",
    "other items approved",
    "legislative deliberations",
    "non-legislative items",
    "non-legislative activities",
    "legislative items",
    "public deliberations",
    "wetgevingsonderwerpen",
    "niet-wetgevingsonderwerpen",
    "wetgevende onderwerpen",
    "niet-wetgevende onderwerpen",
];

/// Lines under an agenda item that say how the Council deals with it, not what it is about:
/// labels, not headings ("Besluitvorming", "Policy debate"). Combined with `/`, `,`, `en`, `and`.
const STATUS_WORDS: [&str; 47] = [
    "besluitvorming",
    // A report's labels over what the Council decided and what was said under each item.
    "besluit",
    "debat",
    // The head of an item's label that names who asked for it (see [`INFORMED_BY`]).
    "request",
    "verzoek",
    "gedachtewisseling",
    "hoorzitting",
    "hearing",
    "informatievoorziening",
    "informatie",
    "discussie",
    "beleidsdebat",
    "oriënterend debat",
    "algemene oriëntatie",
    "politiek akkoord",
    "voortgangsrapport",
    "voortgangsrapportage",
    "voortgangsverslag",
    "goedkeuring",
    "goedkeuring van conclusies",
    "goedkeuring van raadsconclusies",
    "presentatie",
    "stemming",
    "aanneming",
    "aanneming van conclusies",
    "aanneming van raadsconclusies",
    "raadsconclusies",
    "policy debate",
    // An outcome's marks of a public session under an item's title.
    "public debate",
    "public deliberation",
    "legislative deliberation",
    "exchange of views",
    "information from the presidency",
    "information from the commission",
    "information",
    "approval",
    "approval of conclusions",
    "approval of council conclusions",
    "adoption",
    "adoption of conclusions",
    "adoption of council conclusions",
    "general approach",
    "progress report",
    "political agreement",
    "presentation",
    "debate",
    "vote",
];

/// How a label says who informs ("Information from the Spanish delegation", "Informatie van
/// de Commissie"); the informants vary, but the label ends on one of [`INFORMANTS`].
const INFORMED_BY: [&str; 8] = [
    "information from ",
    "information by ",
    "informatie van ",
    "informatie door ",
    "presentation by ",
    // An item a delegation asked for ("Request from the Czech delegation", "Verzoek van de
    // Poolse delegatie").
    "request from ",
    "request by ",
    "verzoek van ",
];

/// The last word of an [`INFORMED_BY`] label: a heading such as "Information from the
/// regions" is a section.
const INFORMANTS: [&str; 12] = [
    "delegation",
    "delegations",
    "delegatie",
    "delegaties",
    "commission",
    "commissie",
    "presidency",
    "voorzitterschap",
    "state",
    "states",
    "lidstaat",
    "lidstaten",
];

/// Labels of front-matter fields ("Voorzitter: …", "Chair: …"): a line that starts with one
/// and a colon is a field, not a heading.
const FIELD_LABELS: [&str; 76] = [
    "voorzitter",
    // A memo's head: `Verslag aan: de Voorzitter …`, `Van: de minister …`, `Aan: …`.
    "verslag aan",
    "van",
    "aan",
    "griffier",
    "aanwezig",
    "aanwezigen",
    "afwezig",
    "datum",
    "plaats",
    "tijd",
    "locatie",
    "onderwerp",
    "betreft",
    "kenmerk",
    "ons kenmerk",
    "uw kenmerk",
    "bijlage",
    "bijlagen",
    "president",
    "chair",
    "venue",
    "date",
    "time",
    "place",
    "location",
    "subject",
    "reference",
    "ref",
    "our ref",
    "your ref",
    "file",
    "participants",
    "present",
    "secretary",
    "rapporteur",
    "cc",
    // A Council document's cover page: "From: General Secretariat …", "To: Delegations".
    "from",
    "to",
    "no. prev. doc",
    "no. cion doc",
    "interinstitutional file",
    // The attendance lines of minutes: "Apologies: Mr Jan Novak".
    "apologies",
    "apologies for absence",
    "absent",
    "in attendance",
    "also present",
    "attendees",
    "verhinderd",
    "afmeldingen",
    "deelnemers",
    "met kennisgeving afwezig",
    "notulist",
    // Who serves the meeting: "Secretariat: Ms Clara Moutinho", "Vice-Chair: …".
    "secretariat",
    "vice-chair",
    "co-chair",
    "chairperson",
    // A committee's record of a vote under the item: "Vote taken: Favourable opinion".
    "vote taken",
    // A parliamentary question's dates: "Submitted: 14.2.2025", "Received: …".
    "submitted",
    "received",
    // A parliament committee's minutes: who spoke on an item and who attended.
    "speakers",
    "bureau",
    "members",
    "substitutes",
    "other participants",
    "commission",
    // A committee's record of a vote: `Against: PL`, `Abstentions: HU, RO`.
    "against",
    "abstentions",
    "in favour",
    "member states in favour",
    // The procedure fields under a parliament committee's item: the committee responsible
    // and those asked for an opinion (`Fond: ENVI`, `Opinion: AGRI`).
    "fond",
    "lead",
    "opinion",
    "opinions",
    "committee responsible",
    "shadow rapporteurs",
];

/// Titles that close a list of agenda items; they recur under each part of a report without
/// being sub-headings.
const OTHER_BUSINESS: [&str; 8] = [
    "any other business",
    "other business",
    "diversen",
    "varia",
    "rondvraag",
    "overige onderwerpen",
    "overige zaken",
    "overige punten",
];

/// The titles of a report's closing section, after its items.
const CLOSING: [&str; 9] = [
    "next meeting",
    "next steps",
    "next council",
    "conclusion",
    "concluding remarks",
    "volgende bijeenkomst",
    "volgende vergadering",
    "volgende raad",
    "tot slot",
];

fn is_closing(title: &str) -> bool {
    CLOSING
        .iter()
        .any(|o| o.len() == title.len() && o.as_bytes().eq_ignore_ascii_case(title.as_bytes()))
}

fn lower(title: &str) -> String {
    title.trim().to_lowercase()
}

/// FNV-1a of the lower-case characters, never 0; ASCII without the Unicode tables.
fn title_hash(title: &str) -> u64 {
    let step = |hash: u64, c: u64| (hash ^ c).wrapping_mul(0x0100_0000_01b3);
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    if title.is_ascii() {
        for b in title.bytes() {
            hash = step(hash, u64::from(b.to_ascii_lowercase()));
        }
    } else {
        for c in title.chars().flat_map(char::to_lowercase) {
            hash = step(hash, u64::from(c));
        }
    }
    hash.max(1)
}

/// "Any other business", "Diversen".
fn is_other_business(title: &str) -> bool {
    OTHER_BUSINESS
        .iter()
        .any(|o| o.len() == title.len() && o.as_bytes().eq_ignore_ascii_case(title.as_bytes()))
}

/// "Main results", "NON-LEGISLATIVE ITEMS", and any "… approved without debate" ("Non-legislative
/// items approved without debate").
fn is_group(title: &str) -> bool {
    GROUP_TITLES
        .iter()
        .any(|g| g.len() == title.len() && g.as_bytes().eq_ignore_ascii_case(title.as_bytes()))
        || approved_without_debate(title)
}

/// Whether `title` ends in "approved without debate": a half of a Council outcome.
fn approved_without_debate(title: &str) -> bool {
    const TAIL: &str = "approved without debate";
    let title = title.trim_end();
    title.len() > TAIL.len()
        && title.is_char_boundary(title.len() - TAIL.len())
        && title[title.len() - TAIL.len()..].eq_ignore_ascii_case(TAIL)
}

/// The [`Key::Group`] rank of a group title: a Council outcome is split into the items it
/// debated and those it approved without debate, and the first half again into legislative
/// and non-legislative items.
fn group_rank(title: &str) -> u8 {
    let lower = lower(title);
    // The Dutch halves are "punten" (`Behandelde punten`, `Overige goedgekeurde punten`).
    u8::from(
        !(lower.starts_with("items ")
            || lower.starts_with("other items")
            || lower.ends_with(" punten")
            || approved_without_debate(title)),
    )
}

/// "Besluitvorming", "Besluitvorming/Gedachtewisseling", "Policy debate and approval".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_status(title: &str) -> bool {
    // Runs on every unnumbered heading: most fail on their first word, without allocating.
    let first = title
        .split([' ', '/', ','])
        .next()
        .unwrap_or("")
        .trim_start_matches('(');
    if title.len() > 80
        || !STATUS_WORDS.iter().any(|words| {
            let head = words.split(' ').next().unwrap_or(words);
            head.len() == first.len() && head.as_bytes().eq_ignore_ascii_case(first.as_bytes())
        })
    {
        return false;
    }
    let lower = lower(title);
    if INFORMED_BY.iter().any(|w| lower.starts_with(w))
        && lower.split_whitespace().count() <= 10
        && lower
            .split_whitespace()
            .next_back()
            .is_some_and(|w| INFORMANTS.contains(&w))
    {
        return true;
    }
    let lower = lower.replace(" and ", "/").replace(" en ", "/");
    let mut parts = lower.split(['/', ',']).map(str::trim).peekable();
    parts.peek().is_some()
        && parts.all(|p| STATUS_WORDS.contains(&p.trim_matches(|c| c == '(' || c == ')')))
}

/// A heading's title without the closing punctuation and a status in brackets after it
/// ("Sancties tegen Iran (besluitvorming)"): the status says how the item is dealt with, as
/// the label lines under other items do.
fn heading_title(s: &str) -> String {
    let s = crate::layout::without_attributes(crate::layout::without_trailing_mark(s.trim()));
    // `1.2 _Organisatie_`: emphasis around the title after its number is markup.
    let s = crate::layout::without_emphasis(s.trim());
    let s = s.trim().trim_end_matches([':', '.']).trim();
    if let Some(inner) = s.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let head = inner[..open].trim_end();
            if !head.is_empty() && is_status(&inner[open + 1..]) {
                return head
                    .trim_end_matches([':', '.', '–', '-'])
                    .trim_end()
                    .to_string();
            }
        }
    }
    // No-break spaces keep words together on a page; in a title they are spaces.
    if s.contains('\u{a0}') {
        return s.replace('\u{a0}', " ");
    }
    s.to_string()
}

/// "Voorzitter: Hoekstra", "Chair: the Presidency", "Besluitvorming: Algemene oriëntatie"; and
/// a letter's header fields set off by a
/// space only ("Betreft Verslag van …", "Uw kenmerk 2027Z01877", "Datum 21 januari 2027").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_field(title: &str) -> bool {
    // Runs on every unnumbered heading: look for the colon only where a label could end.
    let Some(colon) = title.bytes().take(26).position(|b| b == b':') else {
        return is_spaced_field(title) || procedure_rule(title);
    };
    // "Ref.: EOCH/2027/12": an abbreviated label ends with its dot.
    let label = title[..colon].trim().trim_end_matches('.');
    let known = |label: &str| {
        FIELD_LABELS
            .iter()
            .any(|f| f.len() == label.len() && f.as_bytes().eq_ignore_ascii_case(label.as_bytes()))
    };
    let value = title[colon + 1..].trim();
    // "Bijlage: kerncijfers" after the text titles an annex; "Bijlage: 1" in a letter head
    // counts them.
    let annex = |label: &str| {
        ["bijlage", "bijlagen"]
            .iter()
            .any(|a| a.len() == label.len() && a.as_bytes().eq_ignore_ascii_case(label.as_bytes()))
    };
    // "Besluitvorming: Voortgangsrapport": how the Council deals with the item, as a field;
    // "Beleidsdebat: demografische verandering" names what the debate is about, a title.
    let topic = |value: &str| {
        (1..=8).contains(&value.split_whitespace().count())
            && !value.ends_with('.')
            && !is_status(value)
    };
    (known(label)
        && !(annex(label) && !value.bytes().any(|b| b.is_ascii_digit()) && topic(value)))
        || (label.len() < title.len() && is_status(label) && !topic(value))
        // "Chair-Rapporteur: Amara Okonkwo": two offices held by one person.
        || (label.contains('-') && label.split('-').all(known))
        // "Moderator: Ms Ana Ruiz": a label whose value is a person addressed by title.
        || titled_person(&title[colon + 1..])
        // "Associated: AFCO, FEMM": a label whose value is codes in capitals only.
        || codes_only(&title[colon + 1..])
}

/// Whether `value` is one to six codes in capitals (`ENVI`, `AFCO, FEMM`, `PECH/AGRI`): what a
/// field names, never a heading's title.
fn codes_only(value: &str) -> bool {
    let mut codes = 0;
    for word in value.split([' ', ',', '/']).filter(|w| !w.is_empty()) {
        codes += 1;
        if codes > 6
            || !(2..=8).contains(&word.len())
            || !word.bytes().all(|b| b.is_ascii_uppercase())
        {
            return false;
        }
    }
    codes > 0
}

/// "Table 1 – Deployments by Member State", "Figure 3: Applications per month", "Tabel 2.1
/// Uitgaven": the caption of a table or figure, which titles the grid under it and no part of
/// the text (a section there would hold the numbered sections after it).
fn is_caption(title: &str) -> bool {
    const CAPTION_WORDS: [&str; 8] = [
        "table ", "figure ", "chart ", "graph ", "box ", "tabel ", "figuur ", "grafiek ",
    ];
    let head = title.get(..8).unwrap_or(title).to_ascii_lowercase();
    let Some(word) = CAPTION_WORDS.iter().find(|w| head.starts_with(**w)) else {
        return false;
    };
    // Its number, then a dash, a colon or its title: `Table 1 – …`, `Figure 2.3: …`.
    let rest = &title[word.len()..];
    let number = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    number > 0 && rest[number..].starts_with([' ', ':'])
}

/// "Rule 144": the rule of a parliament's procedure a question or a motion is put under, a
/// line of its header.
fn procedure_rule(title: &str) -> bool {
    title
        .strip_prefix("Rule ")
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
        // "LIBE/10/02304" under an item: its file number titles nothing.
        || crate::layout::is_file_number(title)
}

/// Whether `s` opens on a title of address and a capitalised name ("Mr Henrik Solberg",
/// "Ms. Ruiz", "mevrouw Jansen").
fn titled_person(s: &str) -> bool {
    const TITLES: [&str; 11] = [
        "mr", "ms", "mrs", "dr", "prof", "sir", "dame", "dhr", "mw", "mevrouw", "heer",
    ];
    let mut words = s.split_whitespace();
    let mut first = words.next().unwrap_or("");
    if first == "de" {
        first = words.next().unwrap_or("");
    }
    let first = first.trim_end_matches('.');
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(first))
        && words
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
}

/// Labels that no heading starts with: a Dutch letter's "Betreft" (concerns) and its
/// reference numbers.
const SPACED_FIELD_LABELS: [&str; 4] = ["betreft", "ons kenmerk", "uw kenmerk", "kenmerk"];

/// A letter's header field without a colon: one of [`SPACED_FIELD_LABELS`] and a value, or
/// "Datum"/"Date"/"Vastgesteld" and nothing but a date ("Date of entry into force" is a
/// heading).
fn is_spaced_field(title: &str) -> bool {
    let starts = |label: &str| {
        title.len() > label.len() + 1
            && title.as_bytes()[..label.len()].eq_ignore_ascii_case(label.as_bytes())
            && title.as_bytes()[label.len()].is_ascii_whitespace()
    };
    if SPACED_FIELD_LABELS.iter().any(|l| starts(l)) {
        return true;
    }
    // "Meeting no 4013", "Meeting No. 4013": a press release's meeting information numbers
    // the meeting; the number is all its value.
    if ["meeting no", "meeting no."].iter().any(|l| starts(l)) {
        let value = title[10..].trim_start_matches('.').trim();
        return !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    }
    // "Vastgesteld 12 maart 2031": the day a Kamerstuk was adopted, under its title.
    ["datum", "date", "vastgesteld"].iter().any(|l| {
        starts(l) && {
            let value = title[l.len()..].trim();
            crate::metadata::dates::find_all(value)
                .first()
                .is_some_and(|m| m.span.start == 0 && m.span.end == value.len())
        }
    })
}

/// Whether the block after block `i` is a Dutch postal address (`Parnassusplein 5 2511 VX Den
/// Haag`, `Postbus 20401`): block `i` is then the sender's unit in a letter head's column
/// (`Directie Internationale Zaken`), no heading.
fn over_postal_address(layout: &Layout, i: usize) -> bool {
    let Some(next) = layout.blocks.get(i + 1) else {
        return false;
    };
    let text = &layout.text[next.span.start..next.span.end];
    let head = &text[..text.floor_char_boundary(text.len().min(60))];
    if head.starts_with("Postbus ") {
        return true;
    }
    // A house number, then a postcode: four digits, a space, two capitals (not `VOOR 2026 IN
    // DE` in a heading in capitals).
    let words: Vec<&str> = head.split(' ').take(8).collect();
    words.windows(3).any(|w| {
        w[0].starts_with(|c: char| c.is_ascii_digit())
            && w[1].len() == 4
            && w[1].bytes().all(|b| b.is_ascii_digit())
            && w[2].len() == 2
            && w[2].bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// Headings of a table of contents, compared without case and a closing colon.
const TOC_TITLES: [&str; 6] = [
    "contents",
    "table of contents",
    "inhoud",
    "inhoudsopgave",
    "inhoudstafel",
    "sommaire",
];

/// The most lines a table of contents is looked for in.
const MAX_TOC_ENTRIES: usize = 200;

/// "CONTENTS", "Inhoudsopgave:", and "CONTENTS1" with the mark of the footnote an outcome's
/// contents carry.
pub(crate) fn is_toc_title(s: &str) -> bool {
    let s = without_markdown_marks(s);
    let s = s.trim().trim_end_matches(':').trim_end();
    let s = match s.strip_suffix(|c: char| c.is_ascii_digit()) {
        Some(r) if r.ends_with(|c: char| c.is_ascii_alphabetic()) => r,
        _ => s,
    };
    s.len() <= 17
        && TOC_TITLES
            .iter()
            .any(|t| t.len() == s.len() && t.as_bytes().eq_ignore_ascii_case(s.as_bytes()))
}

/// The hash of a line as a table of contents and its heading both write it: without the
/// leader dots and page number a contents line may end with ("Middle East ....... 3"), and
/// without the dash of a sub-item ("–    Return policy ..... 6").
fn entry_hash(s: &str) -> u64 {
    let s = without_markdown_marks(s);
    let s = s.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || c == '.' || c == '…'
    });
    let s = dashed_entry(s).unwrap_or(s);
    title_hash(s.trim_start())
}

/// A line without the Markdown marks before it: a heading's `#`s (`## Contents`) or a list
/// item's bullet (`- 1. Governance`, a Markdown contents' entry whose link is read as its text).
fn without_markdown_marks(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(b'#') => s.trim_start_matches('#').trim_start(),
        Some(b'-' | b'*' | b'+') if s.as_bytes().get(1) == Some(&b' ') => s[2..].trim_start(),
        _ => s,
    }
}

/// Ends in leader dots and a page number, as a contents line does (`– Relations with Ukraine
/// ....... 6`), whatever it starts with.
fn has_leader(s: &str) -> bool {
    let rest = s.trim_end().trim_end_matches(|c: char| c.is_ascii_digit());
    rest.len() < s.trim_end().len()
        && rest
            .trim_end()
            .chars()
            .rev()
            .take_while(|&c| c == '.' || c == '…')
            .count()
            >= 3
}

/// Which blocks form a table of contents: short lines whose texts come back later as the
/// headings of the body. Under a contents heading ("CONTENTS", "Inhoudsopgave") the lines up to
/// the first that repeats one of them, or up to the running text; without one, a run of three
/// or more heading lines whose texts all come back after it, ended by the first repetition.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn table_of_contents(layout: &Layout) -> Vec<bool> {
    let blocks = &layout.blocks;
    let mut toc = vec![false; blocks.len()];
    let text = |i: usize| &layout.text[blocks[i].span.start..blocks[i].span.end];
    // Most blocks are running text: only heading blocks are hashed up front, the other lines
    // of a contents under its heading when it is read.
    let heading = |i: usize| blocks[i].kind == BlockKind::Heading && blocks[i].lines <= 2;
    // Most documents have neither a contents heading nor four heading lines in a row (a
    // contents run with its repetition): nothing to hash then.
    let mut in_row = 0usize;
    let candidate = (0..blocks.len()).any(|i| {
        in_row = if heading(i) { in_row + 1 } else { 0 };
        in_row >= 4 || (in_row > 0 && is_toc_title(text(i)))
    });
    if !candidate {
        return toc;
    }
    let hashes: Vec<u64> = (0..blocks.len())
        .map(|i| if heading(i) { entry_hash(text(i)) } else { 0 })
        .collect();
    let hash = |j: usize| match hashes[j] {
        0 if blocks[j].lines <= 2 && blocks[j].kind != BlockKind::Closing => entry_hash(text(j)),
        h => h,
    };
    // The last heading block each text is written in.
    let mut last_heading: std::collections::HashMap<u64, usize, PrehashedState> =
        std::collections::HashMap::default();
    for (i, &h) in hashes.iter().enumerate() {
        if h != 0 {
            last_heading.insert(h, i);
        }
    }
    let recurs_from = |h: u64, from: usize| last_heading.get(&h).is_some_and(|&l| l >= from);
    let mut seen: std::collections::HashMap<u64, usize, PrehashedState> =
        std::collections::HashMap::default();
    let mut run_hashes: Vec<u64> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if hashes[i] == 0 {
            i += 1;
            continue;
        }
        let titled = is_toc_title(text(i));
        // A contents heading starts a run of its own.
        let entry = |j: usize| {
            (hashes[j] != 0
                || (titled
                    && blocks[j].lines <= 2
                    && blocks[j].kind != BlockKind::Closing
                    && (!is_prose(layout, j) || has_leader(text(j)))))
                && (j == i || !is_toc_title(text(j)))
        };
        let first = if titled { i + 1 } else { i };
        // The run of entries from `first`, up to the first repeated text.
        if !seen.is_empty() {
            seen.clear();
        }
        let mut end = first;
        let mut repeat = None;
        run_hashes.clear();
        // A run is cut at `MAX_TOC_ENTRIES`, so that a text of short lines stays linear.
        while end < blocks.len() && end - first < MAX_TOC_ENTRIES && entry(end) {
            let h = hash(end);
            if let Some(&f) = seen.get(&h) {
                repeat = Some(f);
                break;
            }
            seen.insert(h, end);
            run_hashes.push(h);
            end += 1;
        }
        match repeat {
            // The body starts with the repetition of an entry.
            Some(f)
                if titled
                    || (end - f >= 3
                        && run_hashes[f - first..].iter().all(|&h| recurs_from(h, end))) =>
            {
                let from = if titled { i } else { f };
                // Under a contents heading, the headings right before the repetition that
                // never come back are the body's first ("MAIN RESULTS" over the repeated
                // "Fishing opportunities"), which the contents did not list.
                let mut listed = end;
                while titled && listed > first && !recurs_from(run_hashes[listed - 1 - first], end)
                {
                    listed -= 1;
                }
                toc[from..listed].iter_mut().for_each(|t| *t = true);
                i = end;
                continue;
            }
            None if titled => {
                // Up to the running text: the entries that come back after the run.
                toc[i] = true;
                for (t, &h) in toc[first..end].iter_mut().zip(&run_hashes) {
                    *t = recurs_from(h, end);
                }
                i = end.max(i + 1);
                continue;
            }
            // A run that starts anywhere up to the repeated entry ends at the same repetition.
            Some(f) => i = f.max(i) + 1,
            None => i = end.max(i + 1),
        }
    }
    toc
}

/// The heading blocks that are short numbered sentences: minutes number their paragraphs like
/// their items ("2.1 The Director reported on recruitment."), and layout leaves only the short
/// ones among them headings ("2.2 Staff left.", "3. Noted."). A numbered line that ends in a
/// full stop is a sentence when the block before it of the same scheme was one, or when it
/// follows a line that announces a list ("The Forum decided as follows:"); unless every
/// numbered heading ends in a full stop (then it is the heading style: "3. Diversen.").
/// Sorted block indices, mostly none.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn numbered_sentences(layout: &Layout) -> Vec<usize> {
    let mut found = Vec::new();
    // The schemes seen, and whether the last block of each was a numbered sentence.
    let mut last: Vec<(Scheme, bool)> = Vec::new();
    let mut all_stopped = true;
    let mut prev_colon = false;
    for (i, b) in layout.blocks.iter().enumerate() {
        let text = &layout.text[b.span.start..b.span.end];
        let after_colon = std::mem::replace(&mut prev_colon, text.ends_with(':'));
        if !matches!(b.kind, BlockKind::ListItem | BlockKind::Heading) {
            continue;
        }
        let Some(c) = cue(text).filter(|c| {
            !matches!(
                c.scheme,
                Scheme::AllCaps | Scheme::Bullet | Scheme::Markdown(_)
            ) && c.number.0 < c.number.1
        }) else {
            continue;
        };
        let stopped = stops(text);
        let slot = match last.iter().position(|(s, _)| *s == c.scheme) {
            Some(k) => k,
            None => {
                last.push((c.scheme, false));
                last.len() - 1
            }
        };
        let sentence = if b.kind == BlockKind::Heading {
            all_stopped &= stopped;
            // A quotation's numbered paragraph that closes it (`2. De Europese Raad verzoekt
            // … te bespoedigen."`): no title ends a sentence and a quotation.
            let sentence = stopped && (last[slot].1 || after_colon) || closes_quotation(text);
            if sentence {
                found.push(i);
            }
            sentence
        } else {
            stopped && c.may_head(text)
        };
        last[slot].1 = sentence;
    }
    if all_stopped {
        found.clear();
    }
    found
}

/// Ends in a full stop and a closing quotation mark (`bespoedigen."`, `bespoedigen.”`).
fn closes_quotation(text: &str) -> bool {
    text.strip_suffix(['"', '”'])
        .is_some_and(|t| t.ends_with(['.', '!', '?']))
}

/// Ends in a full stop, not an ellipsis.
fn stops(text: &str) -> bool {
    let text = crate::layout::without_note_mark(text);
    text.ends_with('.') && !text.ends_with("..")
}

/// A block of running text: a sentence of a few words or more, or a list item.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_prose(layout: &Layout, index: usize) -> bool {
    let block = &layout.blocks[index];
    let text = &layout.text[block.span.start..block.span.end];
    let words = text.split_whitespace().take(4).count();
    match block.kind {
        BlockKind::Paragraph => {
            words >= 4
                && crate::layout::without_note_mark(text)
                    .trim_end_matches(['"', '\'', '”', '’', ')'])
                    .ends_with(['.', '!', '?'])
        }
        BlockKind::ListItem => words >= 3,
        BlockKind::Heading | BlockKind::Closing => false,
    }
}

/// A paragraph of running text cut off before its sentence ends (by a page break, whose
/// furniture left a blank line): several lines with a full stop and a capital inside
/// (`De Raad sprak over … Oekraïne. De Hoge Vertegenwoordiger … riep de lidstaten op om`).
fn runs_on(layout: &Layout, index: usize) -> bool {
    let block = &layout.blocks[index];
    let text = &layout.text[block.span.start..block.span.end];
    block.kind == BlockKind::Paragraph
        && block.lines >= 3
        && text.split_whitespace().nth(24).is_some()
        && text
            .match_indices(". ")
            .any(|(at, _)| text[at + 2..].starts_with(char::is_uppercase))
}

/// A block set as a table by spaces: every line holds a gap of three spaces or more between
/// its cells (`Onderwerp      Resultaat`, an overview of the results above the items).
fn is_table(layout: &Layout, index: usize) -> bool {
    let block = &layout.blocks[index];
    let text = &layout.text[block.span.start..block.span.end];
    text.len() < 4096 && text.split('\n').all(|line| line.trim().contains("   "))
}

/// Drops each unnumbered heading that is a signature: a name line right under a paragraph and
/// a role line right under it ([`crate::layout::is_role_line`]; a heading too, then dropped
/// with it, or a line of its own written small), with a heading,
/// a contact's announcement (`For further information, please contact:`) or the end next.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn signatures_between_paragraphs(layout: &Layout, headings: &mut Vec<Heading>) {
    let blocks = &layout.blocks;
    let text_of = |b: usize| &layout.text[blocks[b].span.start..blocks[b].span.end];
    let mut signed = vec![false; headings.len()];
    for i in 0..headings.len() {
        let name = &headings[i];
        let b = name.block;
        // The role line is a heading too, or, written small (`voorzitter`), a line of its own.
        let role_heading = headings
            .get(i + 1)
            .is_some_and(|role| role.key == Key::Unnumbered && role.block == b + 1);
        let role_line = !role_heading
            && blocks
                .get(b + 1)
                .is_some_and(|role| role.kind != BlockKind::Heading && role.lines == 1);
        let signature = name.key == Key::Unnumbered
            && (role_heading || role_line)
            && b > 0
            && blocks[b - 1].kind != BlockKind::Heading
            && blocks.get(b + 2).is_none_or(|next| {
                // Or a press contact's announcement under a signed declaration.
                next.kind == BlockKind::Heading
                    || headings
                        .get(i + 1 + usize::from(role_heading))
                        .is_some_and(|h| h.block == b + 2)
                    || announces_contact(layout.text[next.span.start..next.span.end].trim_end())
            })
            && crate::layout::is_signature(
                &layout.text,
                blocks[b].span.start,
                text_of(b),
                text_of(b + 1),
            );
        if signature {
            signed[i] = true;
            if role_heading {
                signed[i + 1] = true;
            }
        }
    }
    let mut k = 0;
    headings.retain(|_| {
        k += 1;
        !signed[k - 1]
    });
}

/// Whether a block is the text of a question under its label: one sentence or two that end
/// in a question mark, short enough to stand as a title.
/// Whether the block `i` (its text `text`), with no number of its own, is the value of the
/// lettered field right above it, the next field or chapter right under it: a fiche's `c) Nr.
/// Commissiedocument` ⏎ `COM(2026) 412` ⏎ `d) EUR-Lex`, which a blank line may part from its
/// label. A heading under a lettered heading has text of its own before the next one.
fn field_value(layout: &Layout, i: usize, text: &str) -> bool {
    let blocks = &layout.blocks;
    let scheme = |k: usize| {
        blocks
            .get(k)
            .filter(|b| b.kind == BlockKind::Heading)
            .and_then(|b| cue(&layout.text[b.span.start..b.span.end]))
            .map(|c| c.scheme)
    };
    i > 0
        && scheme(i - 1) == Some(Scheme::LetterLower)
        && matches!(
            scheme(i + 1),
            Some(Scheme::LetterLower | Scheme::Arabic | Scheme::Roman)
        )
        && cue(text).is_none()
}

fn is_question_text(text: &str) -> bool {
    const MAX_QUESTION: usize = 400;
    text.len() <= MAX_QUESTION && text.trim_end().ends_with('?')
}

/// Builds the outline from the layout's blocks.
/// Whether heading block `i` (`text`) is the preamble of operative clauses: `THE COUNCIL OF
/// THE EUROPEAN UNION` in capitals over `1. RECALLS …`, the subject of the numbered
/// paragraphs' verbs (see `statements::operative_clauses`), not a section of its own.
fn preamble_line(layout: &Layout, i: usize, text: &str) -> bool {
    let Some(name) = text.strip_prefix("THE ") else {
        return false;
    };
    let name = name.trim_end().trim_end_matches(',');
    if !name.bytes().all(|b| b.is_ascii_uppercase() || b == b' ') {
        return false;
    }
    let Some(next) = layout.blocks.get(i + 1) else {
        return false;
    };
    let next = &layout.text.as_bytes()[next.span.start..next.span.end];
    let digits = next.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = next.get(digits + 1..).unwrap_or_default();
    let word = rest.trim_ascii_start();
    let caps = word.iter().take_while(|b| b.is_ascii_uppercase()).count();
    digits > 0 && next.get(digits) == Some(&b'.') && caps >= 3
}

pub fn build(layout: &Layout) -> Vec<Section> {
    let start = body_start(layout);
    let blocks = &layout.blocks;
    // A table of contents, a field set in columns and a signatory's name under the closing
    // look like headings and are none.
    let toc = table_of_contents(layout);
    let sentences = numbered_sentences(layout);
    let is_heading: Vec<bool> = (0..blocks.len())
        .map(|i| {
            let block = &blocks[i];
            if block.kind != BlockKind::Heading || toc[i] {
                return false;
            }
            let text = &layout.text[block.span.start..block.span.end];
            if sentences.binary_search(&i).is_ok() {
                return false;
            }
            let title = cue(text).map_or(text, |c| &text[c.title_start..]);
            // "please contact:" ⏎ "MARIA ESPOSITO": a name in capitals, no heading (after "as
            // follows:" a heading in capitals may well stand).
            // So is a name under a press office's "Press contacts" heading, in any case.
            let contact_name = i > 0
                && crate::layout::is_name_line(text)
                && (2..=4).contains(&text.split_whitespace().count())
                && {
                    let prev = &layout.text[blocks[i - 1].span.start..blocks[i - 1].span.end];
                    (text
                        .chars()
                        .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\''))
                        && announces_contact(prev))
                        || contacts_heading(prev)
                };
            !contact_name
                && !field_value(layout, i, text)
                && !press_office_line(title)
                && crate::layout::board_signature_line(text).is_none()
                && !honorific_line(title)
                && crate::layout::column_gap(crate::layout::without_trailing_mark(
                    crate::layout::without_agenda_marks(title),
                ))
                .is_none()
                && !column_heads(text)
                && !phone_in_brackets(title)
                && !name_under_closing(layout, i)
                // The role under that name (`President of the Eurogroup`).
                && !(i > 0
                    && name_under_closing(layout, i - 1)
                    && crate::layout::is_role_line(title))
                && !signs_motion(layout, i)
                && !labels_motion(layout, i)
                && !preamble_line(layout, i, text)
                && !over_postal_address(layout, i)
        })
        .collect();
    let heading = |i: usize| is_heading.get(i).copied().unwrap_or(false);
    let mut headings: Vec<Heading> = Vec::new();
    let mut taken = 0;
    // The number of the last chapter numbered without a dot: the next one continues it.
    let mut last_bare: Option<u32> = None;
    let bare_chapters = bare_chapter_lines(layout, start);
    for (index, block) in blocks.iter().enumerate().skip(start) {
        if index < taken {
            continue;
        }
        if !heading(index) {
            // pdftotext sets a part's Roman number apart from its title ("I." ⏎⏎ "UKRAINE"),
            // and a number alone is no heading: with the heading right under it, it is one.
            // So is an item's number (`1.` ⏎ `Verordening interne markt voor waterstof`).
            if let Some((scheme, numeral)) =
                bare_marker(&layout.text[block.span.start..block.span.end])
                    .filter(|_| heading(index + 1) && !toc[index])
            {
                let next = &blocks[index + 1];
                let next_text = &layout.text[next.span.start..next.span.end];
                if cue(next_text).is_none_or(|c| c.scheme == Scheme::AllCaps) {
                    headings.push(Heading {
                        block: index,
                        key: Key::Scheme(scheme),
                        number: Some(numeral.to_string()),
                        title: heading_title(next_text),
                        span: Span::new(block.span.start, next.span.end),
                    });
                    taken = index + 2;
                    continue;
                }
            }
            if !toc[index] {
                let chapter =
                    bare_numbered_chapter(layout, index, &heading, last_bare, &bare_chapters);
                if let Some(c) = &chapter {
                    last_bare = c.number.as_deref().and_then(|n| n.parse().ok());
                }
                headings.extend(chapter);
                // The bulleted points under "Any other business" are its list, not sections
                // of their own, whatever follows each (`▪ Current legislative proposals`).
                if !headings.last().is_some_and(|h| is_other_business(&h.title)) {
                    headings.extend(bullet_heading(layout, index));
                }
            }
            continue;
        }
        let text = &layout.text[block.span.start..block.span.end];
        let mut found = read_heading(text, block.span);
        found.block = index;
        // "Chapter 2" ⏎⏎ "Governance and management": the title is the next block.
        if found.title.is_empty() && found.number.is_some() {
            // `Vraag 1` ⏎ `Bent u bekend met …?`: the question, a paragraph as a rule, is the
            // title of its label.
            let question = crate::layout::is_question_label(text);
            let title = blocks.get(index + 1).filter(|next| {
                let next_text = &layout.text[next.span.start..next.span.end];
                (heading(index + 1) && !numbered(&layout.text, next.span))
                    || (question && is_question_text(next_text))
            });
            if let Some(next) = title {
                found.title = heading_title(&layout.text[next.span.start..next.span.end]);
                found.span = Span::new(block.span.start, next.span.end);
                taken = index + 2;
            }
        }
        headings.push(found);
    }
    bare_roman_parts(&mut headings);
    // A document that writes its headings in Markdown has no others: a plain short line in it
    // is a paragraph (a subtitle), a numbered one a list item.
    let markdown = headings
        .iter()
        .filter(|h| matches!(h.key, Key::Markdown(_)))
        .count();
    // Underlined headings are also a plain-text habit: a text whose other headings are
    // numbered lines and outnumber its underlined ones is no Markdown document.
    let underlined = headings
        .iter()
        .filter(|h| {
            matches!(h.key, Key::Markdown(_)) && !layout.text[h.span.start..].starts_with('#')
        })
        .count();
    let others = headings.len() - markdown;
    if markdown - underlined >= 2 || (markdown >= 2 && underlined >= others) {
        headings.retain(|h| matches!(h.key, Key::Markdown(_)));
        nest_flat_markdown_by_number(&mut headings);
        bold_labels(layout, start, &mut headings);
    } else {
        if underlined > 0 {
            // There an underlined line is an unnumbered heading like any other.
            for h in headings.iter_mut() {
                if matches!(h.key, Key::Markdown(_))
                    && !layout.text[h.span.start..].starts_with('#')
                {
                    h.key = Key::Unnumbered;
                }
            }
        }
        // A plain text converted from a word processor keeps its bold headings as `**…**`
        // lines: two of them or more are its sections (under the numbered heading before them).
        plain_bold_labels(layout, start, &mut headings);
    }
    // A lone top `#` heading that opens the body is the document's title, not a section.
    if let Some(Key::Markdown(depth)) = headings.first().map(|h| h.key) {
        let opens_body = blocks
            .get(start)
            .is_some_and(|b| b.span == headings[0].span);
        let alone = !headings[1..]
            .iter()
            .any(|h| matches!(h.key, Key::Markdown(d) if d <= depth));
        if opens_body && alone && headings.len() > 1 {
            headings.remove(0);
        }
        markdown_title_page(layout, &mut headings);
    }
    let plain = |i: usize| heading(i) && !numbered(&layout.text, blocks[i].span);
    let numbered_heading = |i: usize| heading(i) && numbered(&layout.text, blocks[i].span);
    let first_prose = (start..blocks.len())
        .find(|&i| is_prose(layout, i) || runs_on(layout, i))
        .unwrap_or(blocks.len());
    // For each block from `start` to the first paragraph, the first block after it that is not
    // an unnumbered heading: one backward pass, since a text without running text may be all
    // short lines.
    let front_end = (first_prose + 1).min(blocks.len());
    let mut next_others = vec![None; front_end.saturating_sub(start)];
    let mut after = (front_end < blocks.len()).then_some(front_end);
    for i in (start..front_end).rev() {
        next_others[i - start] = after;
        if !plain(i) {
            after = Some(i);
        }
    }
    // The first block after `i` (before the first paragraph) that is not an unnumbered heading.
    let next_other = |i: usize| next_others.get(i - start).copied().flatten();
    // The title page: of the unnumbered headings that open the body, all but the last, and
    // at least up to the last that announces the document ("Verslag van …", "OUTCOME OF THE
    // COUNCIL MEETING").
    let opening_run_end = (start..blocks.len())
        .find(|&i| !plain(i))
        .unwrap_or(blocks.len());
    let title_page_end = (start < opening_run_end)
        .then(|| {
            let announcing = (start..opening_run_end).rev().find(|&i| {
                crate::metadata::announces_document(
                    &layout.text[blocks[i].span.start..blocks[i].span.end],
                )
            });
            if start > 0 {
                // After a letter, `body_start` has taken the report's title already.
                return announcing;
            }
            Some(
                announcing
                    .unwrap_or(start)
                    .max(opening_run_end.saturating_sub(2))
                    .max(start),
            )
        })
        .flatten();
    // Does some unnumbered heading after `i`, other than a title, directly precede a
    // numbered one? Then the one at `i` is the first of a series of part titles.
    let later_part = |i: usize| {
        (i + 1..blocks.len().saturating_sub(1)).any(|j| plain(j) && numbered_heading(j + 1))
    };
    // A table's caption among numbered sections would hold those after it; one after the
    // last of them titles an appendix of its own.
    let last_numbered = headings
        .iter()
        .rev()
        .find(|h| h.key != Key::Unnumbered && numbered_heading(h.block))
        .map_or(0, |h| h.block);
    headings.retain(|h| {
        if h.key != Key::Unnumbered {
            return true;
        }
        if is_status(&h.title)
            || is_field(&h.title)
            || (h.block < last_numbered && is_caption(&h.title))
        {
            return false;
        }
        if is_group(&h.title) {
            return true;
        }
        if is_place_dateline(&h.title) {
            return false;
        }
        // `Press release 3 March 2026 22:40`: a web page's label and date, joined; no section.
        // Nor is a speech's notice to the press (`Check against delivery`).
        // Nor a web page's date field, wherever it stands (`Published on 3 December 2026`
        // under the quote that opens a press release was a section).
        if crate::metadata::press_label_dated(&h.title).is_some()
            || crate::metadata::delivery_notice(&h.title)
            || crate::metadata::date_field(h.title.trim()).is_some()
        {
            return false;
        }
        let b = h.block;
        // `Eurogroup` ⏎ `Statements and remarks`: the press office's series over its label
        // (perhaps joined to its date).
        if blocks.get(b + 1).is_some_and(|n| {
            let label = &layout.text[n.span.start..n.span.end];
            n.lines == 1
                && (crate::metadata::press_label(label)
                    || crate::metadata::press_label_dated(label).is_some())
        }) {
            return false;
        }
        // `Fond:` ⏎ `LIBE`, `Opinions:` ⏎ `AFCO, FEMM`: the value of a label alone on the
        // line before.
        if b > 0 && {
            let p = &blocks[b - 1];
            let prev = layout.text[p.span.start..p.span.end].trim();
            p.lines == 1 && prev.len() <= 26 && prev.ends_with(':') && !prev.contains(". ")
        } {
            return false;
        }
        // `Meeting of 19 October 2026, 9.00-12.30` ⏎ `BRUSSELS`: the place of the meeting a
        // minutes' head dates, in capitals.
        if b < first_prose && b > 0 && {
            let p = &blocks[b - 1];
            let prev = &layout.text[p.span.start..p.span.end];
            let t = h.title.as_str();
            // One word, over the running text: a part title (`JUSTICE`) heads items.
            let capitals = t.chars().all(|c| c.is_uppercase() || c == '-')
                && blocks
                    .get(b + 1)
                    .is_some_and(|n| n.kind == BlockKind::Paragraph)
                && !crate::metadata::dates::find_all(prev).is_empty();
            // `Tuesday, 12 May 2026` ⏎ `Brussels`: a background brief's place under the day.
            let place = !t.contains(' ')
                && t.starts_with(char::is_uppercase)
                && t.chars().all(|c| c.is_alphabetic() || c == '-')
                && is_dateline(prev);
            capitals || place
        } {
            return false;
        }
        if b > first_prose {
            // A date alone after the last paragraph (`December 2026` under the issuer's name)
            // dates the report: no section.
            return !((is_dateline(&h.title) || month_and_year(&h.title))
                && blocks[b + 1..]
                    .iter()
                    .all(|n| n.kind != BlockKind::Paragraph));
        }
        // Above the running text, a line that announces the document ("Verslag van de
        // Milieuraad …", "Nr. 1702 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG") is its title.
        if b < first_prose && crate::metadata::announces_document(&h.title) {
            return false;
        }
        // "HELD IN BRUSSELS ON 23 SEPTEMBER 2025" under the title goes on with it.
        if b < first_prose && crate::metadata::held_line_any_case(&h.title) {
            return false;
        }
        // "Woensdag 10 december 2025" over the Handelingen's item dates the sitting: no
        // section holds the whole report.
        if b < first_prose
            && (is_dateline(&h.title) || edition_label(&h.title) || adoption_stamp(&h.title))
        {
            return false;
        }
        // `European Parliament` ⏎ `VERBATIM REPORT OF PROCEEDINGS`: the issuer's name over the
        // line that announces the document.
        if b < first_prose
            && blocks.get(b + 1).is_some_and(|n| {
                n.kind == BlockKind::Heading
                    && crate::metadata::announces_document(&layout.text[n.span.start..n.span.end])
            })
        {
            return false;
        }
        // A line over a cover page's fields ("OUTCOME OF PROCEEDINGS" ⏎ "From: …" ⏎ "To: …")
        // names the document, not a section.
        if plain(b + 1) && {
            let n = &blocks[b + 1].span;
            is_field(&layout.text[n.start..n.end])
        } {
            return false;
        }
        // Before the running text starts, only the headings right above it or above a
        // numbered heading are sections; the other short lines are a title page.
        let next = next_other(b);
        let leads = next.is_none_or(|n| n == first_prose || numbered_heading(n));
        if !leads {
            return false;
        }
        match title_page_end {
            Some(end) if b <= end => {
                b == start
                    && next.is_some_and(numbered_heading)
                    && later_part(b)
                    && !crate::metadata::announces_document(&h.title)
            }
            _ => true,
        }
    });
    // Minutes and reports signed without a closing formula end on the signatory's name and
    // role ("Katarina Vidmar-Olsen" ⏎ "Chair of the Board"): short lines after the last text,
    // not sections.
    let last_text = blocks
        .iter()
        .rposition(|b| b.kind != BlockKind::Heading)
        .unwrap_or(0);
    let trailing = headings
        .iter()
        .rposition(|h| h.block <= last_text)
        .map_or(0, |i| i + 1);
    if let Some(first) = headings.get(trailing) {
        let name = &first.title;
        // A name alone could be a last heading in title case ("Next Steps"): a role goes under it.
        if (2..=3).contains(&(headings.len() - trailing))
            && headings[trailing..]
                .iter()
                .all(|h| h.key == Key::Unnumbered)
            && name.split_whitespace().count() >= 2
            && crate::layout::is_name_line(name)
            && !is_group(name)
            && !is_other_business(name)
        {
            headings.truncate(trailing);
        }
    }
    // A foreword or a letter inside a report is signed where it ends, before the next heading:
    // a name and a role under the last paragraph ("Maja Lindqvist" ⏎ "Executive Director").
    signatures_between_paragraphs(layout, &mut headings);
    // The Handelingen set an item's title twice, one line under the other: one heading.
    headings.dedup_by(|h, prev| {
        h.key == Key::Unnumbered
            && prev.key == Key::Unnumbered
            && h.block == prev.block + 1
            && h.title == prev.title
    });
    reports_apart(layout, start, &mut headings);
    // Group headings ("Main results") hold the items; a title that recurs under each item
    // ("Korte toelichting", "Inzet Nederland") is a part of it.
    // Titles are compared by a hash of their lower-case letters: no string per heading.
    // Only within a group: a Council outcome's "Main results" names items that "Items
    // debated" names again, and those are items, not parts of them.
    let mut group = 0u64;
    let hashes: Vec<u64> = headings
        .iter()
        .map(|h| {
            if h.key != Key::Unnumbered {
                return 0;
            }
            if is_group(&h.title) {
                group += 1;
            }
            (title_hash(&h.title) ^ group.wrapping_mul(0x9e37_79b9_7f4a_7c15)).max(1)
        })
        .collect();
    let mut counts: std::collections::HashMap<u64, usize, PrehashedState> =
        std::collections::HashMap::default();
    for &hash in hashes.iter().filter(|&&h| h != 0) {
        *counts.entry(hash).or_default() += 1;
    }
    let caps = |h: &Heading| !h.title.chars().any(char::is_lowercase);
    // Two kinds of unnumbered headings hold the unnumbered headings right under them: a line
    // of capitals above a sentence-case heading is a part title ("TRADE POLICY" ⏎ "Agreement
    // with Chile"), and "Any other business" groups the points under it.
    let holds: Vec<(bool, bool)> = (0..headings.len())
        .map(|i| {
            let h = &headings[i];
            let next = headings
                .get(i + 1)
                .filter(|n| n.block == h.block + 1 && n.key == Key::Unnumbered);
            if h.key != Key::Unnumbered {
                return (false, false);
            }
            (
                caps(h) && next.is_some_and(|n| !caps(n)),
                // Its points set as bullets are its list (see `bullet_heading`'s call), and
                // it stays the group it is.
                (next.is_some()
                    || layout
                        .blocks
                        .get(h.block + 1)
                        .is_some_and(|b| b.kind == BlockKind::ListItem))
                    && is_other_business(&h.title),
            )
        })
        .collect();
    // Where lines of capitals stand over the items as part titles, a heading in small letters
    // right above an item is one too ("ENERGY" ⏎ "Renewable hydrogen …" ⏎ … "Other items" ⏎
    // "Appointments to the …").
    let mut holds = holds;
    if holds.iter().any(|h| h.0) {
        for i in 0..headings.len().saturating_sub(1) {
            let (h, n) = (&headings[i], &headings[i + 1]);
            if h.key == Key::Unnumbered
                && n.key == Key::Unnumbered
                && n.block == h.block + 1
                && !caps(n)
                && !holds[i].1
                && !is_group(&h.title)
            {
                holds[i].0 = true;
            }
        }
    }
    // Without capitals, two headings or more that each stand right above another, with no
    // text between, are part titles too ("Binnenlandse Zaken" ⏎ "Migratiepact" … "Justitie"
    // ⏎ "E-Codex"); one such pair alone may be a chance. A title that recurs is an item's part
    // ("Inzet Nederland"), not one over items.
    let recurs = |i: usize| counts.get(&hashes[i]).is_some_and(|&n| n >= 2);
    let stacked: Vec<usize> = (0..headings.len().saturating_sub(1))
        .filter(|&i| {
            let (h, n) = (&headings[i], &headings[i + 1]);
            h.key == Key::Unnumbered
                && n.key == Key::Unnumbered
                && n.block == h.block + 1
                && !holds[i].0
                && !holds[i].1
                && !is_group(&h.title)
                && !is_other_business(&h.title)
                && !recurs(i)
                && !recurs(i + 1)
        })
        .collect();
    // Such a pair in small letters makes a heading right above the first of numbered items
    // after it one too: it stands beside the pair's part as a part of its own ("Eurogroep" ⏎
    // "Ontwerpbegrotingsplannen" … "Ecofinraad" ⏎ "1. Kapitaalvereisten").
    // Not where lines of capitals are the parts already.
    let mut stacked = stacked;
    let part_in_small_letters = stacked.iter().find(|&&i| !caps(&headings[i]));
    if let Some(&first_stacked) = part_in_small_letters.filter(|_| !holds.iter().any(|h| h.0)) {
        for i in first_stacked + 1..headings.len().saturating_sub(1) {
            let (h, n) = (&headings[i], &headings[i + 1]);
            if h.key == Key::Unnumbered
                && matches!(n.key, Key::Scheme(s) if !matches!(s, Scheme::AllCaps | Scheme::Bullet))
                && matches!(n.number.as_deref(), Some("1" | "a" | "A" | "I" | "i"))
                && !caps(h)
                && n.block == h.block + 1
                && !holds[i].0
                && !holds[i].1
                && !is_group(&h.title)
                && !is_other_business(&h.title)
                && !recurs(i)
            {
                stacked.push(i);
            }
        }
    }
    if stacked.len() >= 2 {
        for i in stacked {
            holds[i].0 = true;
        }
    }
    for (((heading, hash), part), other_business) in headings
        .iter_mut()
        .zip(&hashes)
        .zip(holds.iter().map(|h| h.0))
        .zip(holds.iter().map(|h| h.1))
    {
        if heading.key != Key::Unnumbered {
            continue;
        }
        if is_group(&heading.title) || other_business {
            heading.key = Key::Group(group_rank(&heading.title));
        } else if part {
            heading.key = Key::Part;
        } else if counts.get(hash).is_some_and(|&n| n >= 2) && !is_other_business(&heading.title) {
            heading.key = Key::Repeated;
        }
    }
    // A title after an item's recurring parts, before the next item of the same scheme, is
    // one of its parts too ("Inzet Nederland" ⏎ … "Verwachte positie andere lidstaten" ⏎ …
    // "B. …"), not a heading over the items after it.
    for i in 1..headings.len() {
        if headings[i].key != Key::Unnumbered || headings[i - 1].key != Key::Repeated {
            continue;
        }
        let item = headings[..i]
            .iter()
            .rev()
            .map(|h| h.key)
            .find(|k| matches!(k, Key::Scheme(_)));
        let next = headings[i + 1..]
            .iter()
            .map(|h| h.key)
            .find(|k| !matches!(k, Key::Unnumbered | Key::Repeated));
        if item.is_some() && next == item {
            headings[i].key = Key::Repeated;
        }
    }
    contents_nesting(layout, &toc, &mut headings);
    participants_apart(&mut headings);
    annex_apart(&mut headings);
    let opening = opening_headings(layout, &headings);
    for heading in &mut headings[..opening] {
        heading.key = Key::Opening;
    }
    nest(&headings, layout.text.len())
}

/// A bare annex heading after the body's first heading ("ANNEX" under a Council's minutes or a
/// chair's summary, after the last item) ends the body: it is no part of the last item, but
/// the document's top level again, over its own lists.
fn annex_apart(headings: &mut [Heading]) {
    for h in headings.iter_mut().skip(1) {
        let bare = ["annex", "annexes"]
            .iter()
            .any(|w| h.title.eq_ignore_ascii_case(w));
        if (bare || titled_annex(&h.title))
            && h.number.is_none()
            && matches!(
                h.key,
                Key::Unnumbered
                    | Key::Part
                    | Key::Repeated
                    | Key::Group(_)
                    | Key::Scheme(Scheme::AllCaps)
            )
        {
            h.key = Key::Annex;
        }
    }
}

/// An annex's label and its title without a number (`Bijlage: kerncijfers`, `Annex – Key
/// figures`, `Appendix Glossary`): an unnumbered annex, as a bare one is.
fn titled_annex(title: &str) -> bool {
    let Some((word, rest)) = title.split_once([' ', ':']) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', ':', '–', '-']);
    ["annex", "appendix", "bijlage"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
        && rest.starts_with(char::is_alphabetic)
}

/// Whether `s`, a line of its own, titles the report of one meeting among others in one
/// letter (`Verslag van de informele bijeenkomst van de ministers van 2 november 2025`): a
/// `Verslag` line, no sentence, that names a meeting and dates it.
pub(crate) fn meeting_report_title(s: &str) -> bool {
    let s = s.trim();
    s.len() <= 200
        // "Verslag van de Ecofinraad van …", or the meeting right after the word ("VERSLAG
        // EUROGROEP 4 DECEMBER 2026").
        && s.get(..8)
            .is_some_and(|h| h.eq_ignore_ascii_case("verslag "))
        && !s.ends_with(['.', ':', ';', ','])
        && !s.contains('\n')
        && crate::metadata::names_a_meeting(s)
        && !crate::metadata::dates::find_all(s).is_empty()
}

/// A letter that carries two reports or more, each under its own title (`Verslag van de
/// Europese Raad van 15 en 16 oktober 2026` … `Verslag van de informele bijeenkomst … van 2
/// oktober 2026`): the titles are the top sections and hold the items of their report. The
/// first may be the one the body starts under (see [`body_start`]), taken as the document's
/// title: with a second report it is the first report's section.
fn reports_apart(layout: &Layout, start: usize, headings: &mut Vec<Heading>) {
    let blocks = &layout.blocks;
    let text = |i: usize| layout.text[blocks[i].span.start..blocks[i].span.end].trim();
    let titles: Vec<usize> = (start.saturating_sub(1)..blocks.len())
        .filter(|&i| {
            let b = &blocks[i];
            b.lines == 1
                && matches!(b.kind, BlockKind::Heading | BlockKind::Paragraph)
                && meeting_report_title(text(i))
        })
        .collect();
    // Two different reports, with text between: not one title said twice, in the same words
    // or in others (`Verslag van de Raad … van 17 februari 2026` over `Verslag Raad … 17
    // februari 2026`, a web page's title and its heading).
    let days = |i: usize| -> Vec<String> {
        crate::metadata::dates::find_all(text(i))
            .iter()
            .flat_map(|m| m.iso())
            .collect()
    };
    let apart = titles.windows(2).any(|w| {
        w[1] > w[0] + 1 && !text(w[0]).eq_ignore_ascii_case(text(w[1])) && days(w[0]) != days(w[1])
    });
    if !apart {
        return;
    }
    for i in titles {
        let at = headings.partition_point(|h| h.block < i);
        match headings.get_mut(at).filter(|h| h.block == i) {
            Some(h) => h.key = Key::Group(0),
            None => headings.insert(
                at,
                Heading {
                    block: i,
                    key: Key::Group(0),
                    number: None,
                    title: heading_title(text(i)),
                    span: blocks[i].span,
                },
            ),
        }
    }
}

/// Whether a line opens with an English honorific and a capitalised name (`Mr Jan Novak
/// Commissioner`, `Ms Ana Silva Minister for Foreign Affairs`): a row of a list of
/// participants, never a heading.
fn honorific_line(s: &str) -> bool {
    let b = s.as_bytes();
    if !matches!(b.first(), Some(b'M' | b'D')) {
        return false;
    }
    ["Mr ", "Ms ", "Mrs ", "Mr. ", "Ms. ", "Mrs. ", "Dr ", "Dr. "]
        .iter()
        .find_map(|h| s.strip_prefix(h))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()) && rest.contains(' '))
}

/// Whether a contents line opens with a dash and a space (`–    Return policy ..... 6`).
fn dashed_entry(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let rest = s
        .strip_prefix('–')
        .or_else(|| s.strip_prefix('—'))
        .or_else(|| s.strip_prefix('-'))?;
    rest.starts_with([' ', '\t']).then_some(rest)
}

/// A Council outcome's contents set the sub-items of an item with a dash under it
/// ("Migration ..... 5" ⏎ "–    Return policy ..... 6"), where the body sets them as plain
/// as the item: such a heading is a [`Key::Sub`], and the item over it, which a heading right
/// above another made a part, is an item again, so that the items after its sub-items are its
/// siblings. Only the contents' own entries, of which there are few.
fn contents_nesting(layout: &Layout, toc: &[bool], headings: &mut [Heading]) {
    let blocks = &layout.blocks;
    let text = |i: usize| &layout.text[blocks[i].span.start..blocks[i].span.end];
    let mut dashed: Vec<u64> = Vec::new();
    let mut parents: Vec<u64> = Vec::new();
    let mut prev: Option<usize> = None;
    for i in (0..toc.len()).filter(|&i| toc[i]) {
        if let Some(rest) = dashed_entry(text(i)) {
            dashed.push(entry_hash(rest));
            if let Some(p) = prev.filter(|&p| p + 1 == i && dashed_entry(text(p)).is_none()) {
                parents.push(entry_hash(text(p)));
            }
        }
        prev = Some(i);
    }
    if dashed.is_empty() {
        return;
    }
    for h in headings.iter_mut() {
        if !matches!(h.key, Key::Unnumbered | Key::Part | Key::Repeated) {
            continue;
        }
        let hash = title_hash(&h.title);
        if dashed.contains(&hash) {
            h.key = Key::Sub;
        } else if h.key == Key::Part
            && h.title.chars().any(char::is_lowercase)
            && parents.contains(&hash)
        {
            h.key = Key::Unnumbered;
        }
    }
}

/// Titles of the list of who attended, the last part of a Council outcome.
const PARTICIPANTS_TITLES: [&str; 4] = [
    "participants",
    "list of participants",
    "deelnemers",
    "lijst van deelnemers",
];

/// The title of the block of facts of a Council meeting (its number, place and date), which
/// an outcome may set as a part of its own before the participants.
const MEETING_INFORMATION: &str = "meeting information";

/// A Council outcome ends on its list of participants (a press release opens with it): a part
/// beside the halves ("Items debated", "Other items approved"), not an item of the last one;
/// so is the meeting information before it. The delegations the list names ("Belgium", "Commission") head no
/// sections of their own.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn participants_apart(headings: &mut Vec<Heading>) {
    let titled = |h: &Heading, p: &str| {
        p.len() == h.title.len() && p.as_bytes().eq_ignore_ascii_case(h.title.as_bytes())
    };
    let closing = |h: &Heading| {
        matches!(
            h.key,
            Key::Unnumbered | Key::Part | Key::Scheme(Scheme::AllCaps)
        ) && (PARTICIPANTS_TITLES.iter().any(|p| titled(h, p)) || titled(h, MEETING_INFORMATION))
    };
    let Some(p) = headings.iter().position(closing) else {
        return;
    };
    // Press releases of the Council set the list before the items, outcomes after them.
    if !headings.iter().any(|h| matches!(h.key, Key::Group(_))) {
        return;
    }
    let mut i = p;
    // Whether the headings at `i` are the delegations of the list of participants.
    let mut listing = false;
    while i < headings.len() {
        if closing(&headings[i]) {
            listing = !titled(&headings[i], MEETING_INFORMATION);
            headings[i].key = Key::Group(0);
        } else if listing
            && matches!(
                headings[i].key,
                Key::Unnumbered | Key::Part | Key::Repeated | Key::Scheme(Scheme::AllCaps)
            )
        {
            headings.remove(i);
            continue;
        } else {
            break;
        }
        i += 1;
    }
}

/// A bulleted line that titles the running text under it ("• Traineeships directive" ⏎ a
/// paragraph): Council outcomes introduce their items so. A bullet in a list is none: the
/// item before or after it is a list item too, or the line before announces the list ("…:").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn bullet_heading(layout: &Layout, index: usize) -> Option<Heading> {
    let blocks = &layout.blocks;
    let block = &blocks[index];
    let text = &layout.text[block.span.start..block.span.end];
    if block.kind != BlockKind::ListItem || block.lines != 1 || !text.starts_with(['•', '●', '▪'])
    {
        return None;
    }
    let title = text.trim_start_matches(['•', '●', '▪']).trim_start();
    let listed = |b: &crate::layout::Block| {
        b.kind == BlockKind::ListItem || layout.text[b.span.start..b.span.end].ends_with(':')
    };
    let prose_after = blocks
        .get(index + 1)
        .is_some_and(|n| n.kind == BlockKind::Paragraph && is_prose(layout, index + 1));
    (crate::layout::is_unnumbered_heading(title)
        && prose_after
        && !(index > 0 && listed(&blocks[index - 1])))
    .then(|| Heading {
        block: index,
        key: Key::Unnumbered,
        number: None,
        title: heading_title(title),
        span: block.span,
    })
}

/// How many blocks after a chapter line without a dot ("1 Safety") its first subsection may
/// come: its own introduction may stand between.
const BARE_CHAPTER_REACH: usize = 3;

/// How many blocks after a chapter line without a dot the next chapter's line may come for the
/// two to number a sequence of chapters.
const BARE_SEQUENCE_REACH: usize = 400;

/// The number and title of block `index` when it has the shape of a chapter line without a
/// dot: one line, one or two digits, a space or a tab, and a title a heading could have.
fn bare_chapter_line(layout: &Layout, index: usize) -> Option<(&str, &str)> {
    let block = &layout.blocks[index];
    let text = &layout.text[block.span.start..block.span.end];
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits)
        || block.lines != 1
        || block.kind != BlockKind::Paragraph
        || !matches!(text.as_bytes().get(digits), Some(b' ' | b'\t'))
    {
        return None;
    }
    // A word processor's numbered heading copies as `1<TAB>Opening`.
    let title = text[digits..].trim_start_matches([' ', '\t']);
    crate::layout::is_unnumbered_heading(title).then(|| (&text[..digits], title))
}

/// Every block from `start` on with the shape of a chapter line without a dot, as its number
/// and index, in text order.
fn bare_chapter_lines(layout: &Layout, start: usize) -> Vec<(u32, usize)> {
    (start..layout.blocks.len())
        .filter(|&i| {
            // A digit first: asked of every block.
            layout
                .text
                .as_bytes()
                .get(layout.blocks[i].span.start)
                .is_some_and(u8::is_ascii_digit)
        })
        .filter_map(|i| {
            let (number, _) = bare_chapter_line(layout, i)?;
            Some((number.parse().ok()?, i))
        })
        .collect()
}

/// A chapter numbered without a dot ("1 Safety and interoperability"), which layout leaves a
/// paragraph since "12 lidstaten stemden in" starts the same way: it is a heading when a
/// heading numbered under it ("1.1 Vehicle authorisations") follows within a few blocks, when
/// it numbers the chapter after such a heading (`last`): "2 Diversen" needs no subsection, or
/// when the next chapter's line follows it with text between (`1 Opening` … `2 Migratiepact`,
/// as a word processor's numbered headings come out in copied text): a list numbered without
/// dots has nothing between its items.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn bare_numbered_chapter(
    layout: &Layout,
    index: usize,
    heading: &impl Fn(usize) -> bool,
    last: Option<u32>,
    chapters: &[(u32, usize)],
) -> Option<Heading> {
    let block = &layout.blocks[index];
    let (number, title) = bare_chapter_line(layout, index)?;
    let value: u32 = number.parse().ok()?;
    let next = last.is_some_and(|n| value == n + 1);
    let end = layout.blocks.len().min(index + 1 + BARE_CHAPTER_REACH);
    let under = || {
        let sub = (index + 1..end).find(|&j| heading(j))?;
        let sub_text = &layout.text[layout.blocks[sub].span.start..layout.blocks[sub].span.end];
        Some(
            cue(sub_text).is_some_and(|c| matches!(c.scheme, Scheme::Decimal(_)))
                && sub_text.strip_prefix(number)?.starts_with('.'),
        )
    };
    let followed = || {
        let from = chapters.partition_point(|&(_, j)| j <= index);
        chapters[from..]
            .iter()
            .take_while(|&&(_, j)| j - index <= BARE_SEQUENCE_REACH)
            .find(|&&(n, _)| n == value + 1)
            .is_some_and(|&(_, j)| j > index + 1)
    };
    (next || under() == Some(true) || followed()).then(|| Heading {
        block: index,
        key: Key::Scheme(Scheme::Arabic),
        number: Some(number.to_string()),
        title: heading_title(title),
        span: block.span,
    })
}

/// A cover set in Markdown headings, as a converter writes a PDF's big cover lines (docling's
/// `## Annual Activity Report 2025`, `## Nederlandse Arbeidsinspectie`): the unnumbered headings
/// that open the text with no running text under them, one of which announces the document,
/// are its title page, not sections; a section with running text or a numbered one ends them,
/// and so does one that holds deeper headings (`# Jaarverslag 2025` over `## Voorwoord`).
fn markdown_title_page(layout: &Layout, headings: &mut Vec<Heading>) {
    let mut lead = 0;
    while lead + 1 < headings.len() {
        let h = &headings[lead];
        let next = &headings[lead + 1];
        let (Key::Markdown(depth), Key::Markdown(next_depth)) = (h.key, next.key) else {
            break;
        };
        if h.number.is_some()
            || next_depth > depth
            || (h.block + 1..next.block).any(|i| is_prose(layout, i))
        {
            break;
        }
        lead += 1;
    }
    if lead > 0
        && headings[..lead]
            .iter()
            .any(|h| crate::metadata::announces_document(&h.title))
    {
        headings.drain(..lead);
    }
}

/// A converter that writes every heading of a PDF at one Markdown depth (docling's `##`, for a
/// chapter and its sections alike) leaves their level to their numbers: when all the Markdown
/// headings share one depth and their numbers have more than one depth (`## 3 Governance`,
/// `## 3.1 Board`), each numbered heading goes as many levels deeper as its number has parts
/// after the first. Unnumbered ones (a foreword, an annex) stay at the top.
fn nest_flat_markdown_by_number(headings: &mut [Heading]) {
    let Some(Key::Markdown(depth)) = headings.first().map(|h| h.key) else {
        return;
    };
    if headings.iter().any(|h| h.key != Key::Markdown(depth)) {
        return;
    }
    let parts = |h: &Heading| {
        h.number.as_deref().map_or(0, |n| {
            let n = n.trim_end_matches('.');
            // Only a dotted number of digits nests (`3.1`); `Bijlage 1` or `A` is one part.
            if n.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                n.split('.').count()
            } else {
                1
            }
        })
    };
    if !headings.iter().any(|h| parts(h) >= 2) || !headings.iter().any(|h| parts(h) == 1) {
        return;
    }
    for h in headings.iter_mut() {
        let extra = parts(h).saturating_sub(1).min(4) as u8;
        h.key = Key::Markdown(depth.saturating_add(extra));
    }
}

/// "2. Finances" inside a Markdown or underlined heading: the number belongs to the heading.
fn number_inside(title: &str) -> (Option<String>, &str) {
    if let Some((number, rest)) = emphasised_number(title) {
        return (Some(number.to_string()), rest);
    }
    let inner = cue(title).filter(|i| {
        !matches!(
            i.scheme,
            Scheme::AllCaps | Scheme::Bullet | Scheme::Markdown(_)
        )
    });
    match inner {
        Some(i) => (
            Some(title[i.number.0..i.number.1].to_string()),
            &title[i.title_start..],
        ),
        None => match bare_chapter_number(title) {
            Some((number, rest)) => (Some(number.to_string()), rest),
            None => (None, title),
        },
    }
}

/// A heading's number in bold or italics before its title (`**2.1** Vogelgriep`, `*3*
/// Bedrijfsvoering`, `**Bijlage 1** Afkortingen`): the number without its emphasis, and the
/// title. The number is digits and dots, or a word and such a number or a Roman numeral.
fn emphasised_number(title: &str) -> Option<(&str, &str)> {
    let mark = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| title.starts_with(m))?;
    let inner_and_rest = &title[mark.len()..];
    let close = inner_and_rest.find(mark)?;
    let number = inner_and_rest[..close].trim().trim_end_matches('.');
    let rest = inner_and_rest[close + mark.len()..].trim_start();
    let last = number.rsplit(' ').next()?;
    let numeric = |w: &str| {
        !w.is_empty()
            && (w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && w.as_bytes()[0].is_ascii_digit()
                || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
    };
    (numeric(last)
        && number.split(' ').count() <= 2
        && number.len() <= 20
        && rest.starts_with(char::is_alphabetic))
    .then_some((number, rest))
}

/// A heading's chapter number set off by a space only, as a word processor numbers its
/// chapters (`# 2 Governance`, pandoc's export of `2 Governance`): one or two digits and a
/// capital after them. A year (`# 2025 in review`) has more digits.
fn bare_chapter_number(title: &str) -> Option<(&str, &str)> {
    let (number, rest) = title.split_once(' ')?;
    let rest = rest.trim_start();
    (!number.is_empty()
        && number.len() <= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with(char::is_uppercase))
    .then_some((number, rest))
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn read_heading(text: &str, span: Span) -> Heading {
    let trim_title = heading_title;
    // "1. Research programmes ------": a setext heading reads as a Markdown one.
    if let Some((depth, end)) = crate::layout::setext_heading(text) {
        let (number, title) = number_inside(&text[..end]);
        return Heading {
            block: 0,
            key: Key::Markdown(depth),
            number: (number.as_deref() != Some("")).then_some(number).flatten(),
            title: trim_title(title),
            span,
        };
    }
    match cue(text) {
        Some(c) if c.scheme == Scheme::AllCaps => Heading {
            block: 0,
            key: Key::Unnumbered,
            number: None,
            title: trim_title(text),
            span,
        },
        Some(c) => {
            let title = &text[c.title_start..];
            if let Scheme::Markdown(depth) = c.scheme {
                let (number, title) = number_inside(crate::layout::markdown_title(title));
                return Heading {
                    block: 0,
                    key: Key::Markdown(depth),
                    number,
                    title: trim_title(title),
                    span,
                };
            }
            // "1.      Agendapunt: Title" (a committee's list of decisions): the label after
            // the number is no part of the title.
            let title = match title.get(..11) {
                Some(head) if head.eq_ignore_ascii_case("agendapunt:") => title[11..].trim_start(),
                _ => title,
            };
            Heading {
                block: 0,
                key: Key::Scheme(c.scheme),
                // "Agendapunt: Title" has a scheme but no number.
                number: (c.number.0 < c.number.1).then(|| text[c.number.0..c.number.1].to_string()),
                title: trim_title(title),
                span,
            }
        }
        // `14.30 - 16.30 uur | Werksessie I: Uitbreiding`: the session's name is the title.
        None => Heading {
            block: 0,
            key: Key::Unnumbered,
            number: None,
            title: trim_title(crate::layout::time_slot(text).map_or(text, |t| &text[t..])),
            span,
        },
    }
}

/// The Roman numeral a heading opens with, set off by a space only, and the title after it
/// ("II Antwoord van de Minister" → "II", "Antwoord …").
fn bare_roman(title: &str) -> Option<(&str, &str)> {
    let (numeral, rest) = title.split_once(' ')?;
    (numeral.len() <= 5
        && numeral.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && rest.starts_with(|c: char| c.is_uppercase()))
    .then_some((numeral, rest))
}

/// Whether a block is a press office's heading over its contacts ("Press contacts").
fn contacts_heading(block: &str) -> bool {
    block.len() <= 16
        && [
            "press contacts",
            "press contact",
            "media contacts",
            "contacts",
        ]
        .iter()
        .any(|h| block.trim().eq_ignore_ascii_case(h))
}

/// Whether a block is a press office's sender line over its address (`Press office - General
/// Secretariat of the Council` ⏎ `Rue de la Loi 175 …`): the page's furniture, no section.
fn press_office_line(block: &str) -> bool {
    block
        .trim()
        .get(..12)
        .is_some_and(|h| h.eq_ignore_ascii_case("press office"))
}

/// Whether a block announces a contact: it ends with a colon and names one ("For further
/// information, please contact:", "Contact:", "Media enquiries:", "Contactpersoon:").
fn announces_contact(block: &str) -> bool {
    block.ends_with(':') && {
        let tail = block[crate::floor_boundary(block, block.len().saturating_sub(60))..]
            .to_ascii_lowercase();
        tail.contains("contact") || tail.contains("enquiries")
    }
}

/// A block that is a heading's number alone ("IV.", "3.", "b)"): its scheme and number.
fn bare_marker(text: &str) -> Option<(Scheme, &str)> {
    let numeral = text.strip_suffix('.').or_else(|| text.strip_suffix(')'))?;
    if numeral.is_empty() || numeral.len() > 5 {
        return None;
    }
    let b = numeral.as_bytes();
    if b.iter().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        Some((Scheme::Roman, numeral))
    } else if b.len() <= 2 && b.iter().all(u8::is_ascii_digit) && b[0] != b'0' {
        Some((Scheme::Arabic, numeral))
    } else if b.len() == 1 && b[0].is_ascii_lowercase() {
        Some((Scheme::LetterLower, numeral))
    } else {
        None
    }
}

/// Kamerstukken number their parts by a Roman numeral without a dot ("I Vragen en opmerkingen
/// vanuit de fracties" … "II Antwoord van de Minister"), which [`cue`] does not read as a
/// number ("I" opens English sentences). Among the unnumbered headings, when both "I …" and
/// "II …" stand, each heading so opened is numbered in the Roman scheme.
fn bare_roman_parts(headings: &mut [Heading]) {
    let opens = |h: &Heading, n: &str| {
        h.key == Key::Unnumbered && bare_roman(&h.title).is_some_and(|(r, _)| r == n)
    };
    if !(headings.iter().any(|h| opens(h, "I")) && headings.iter().any(|h| opens(h, "II"))) {
        return;
    }
    for h in headings.iter_mut().filter(|h| h.key == Key::Unnumbered) {
        if let Some((numeral, rest)) = bare_roman(&h.title) {
            h.number = Some(numeral.to_string());
            h.title = rest.to_string();
            h.key = Key::Scheme(Scheme::Roman);
        }
    }
}

/// A scheme that numbers agenda items or parts, not the sub-points under one ("a)", "ii.").
fn item_scheme(key: Key) -> bool {
    matches!(key, Key::Scheme(s) if !matches!(s, Scheme::LetterLower | Scheme::RomanLower))
}

/// The title of a paragraph that is one bold phrase (`**Executive summary**`, `__Foreword__`):
/// a few words, no closing punctuation.
fn bold_label(text: &str) -> Option<&str> {
    let inner = ["**", "__"].iter().find_map(|m| {
        let inner = text.strip_prefix(m)?.strip_suffix(m)?;
        (!inner.contains(m)).then_some(inner.trim())
    })?;
    let words = inner.split_whitespace().count();
    ((1..=10).contains(&words) && !inner.ends_with(['.', ':', ';', ',', '!', '?'])).then_some(inner)
}

/// In a Markdown document, a paragraph that is one bold phrase and is followed by running text
/// (perhaps under other such phrases, the parts' titles under a group's) is a heading the writer set in bold (converters turn Word's styled headings into such
/// lines): one level under the Markdown heading before it, so that `**Executive summary**`
/// under the document's `#` title is the sibling of its `##` chapters. A bold caption above a
/// table or a list is no heading: what follows it is not a paragraph.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn bold_labels(layout: &Layout, start: usize, headings: &mut Vec<Heading>) {
    let blocks = &layout.blocks;
    let label = |i: usize| {
        let b = &blocks[i];
        if b.kind != BlockKind::Paragraph
            || b.lines != 1
            || !layout.text[b.span.start..].starts_with(['*', '_'])
        {
            return None;
        }
        bold_label(&layout.text[b.span.start..b.span.end])
    };
    let mut found: Vec<Heading> = Vec::new();
    // Whether any label stands over running text.
    let mut any_over_text = false;
    for i in start..blocks.len() {
        let b = &blocks[i];
        let Some(title) = label(i) else {
            continue;
        };
        // Text follows, perhaps under the bold labels of the parts below this one (`**Items
        // debated**` ⏎ `**Ukraine**` ⏎ a paragraph).
        let below = (i + 1..blocks.len().min(i + 4))
            .find(|&j| label(j).is_none())
            .unwrap_or(blocks.len());
        let followed_by_text = blocks.get(below).is_some_and(|n| {
            n.kind == BlockKind::Paragraph
                && !layout.text[n.span.start..n.span.end].starts_with(['|', '*', '_'])
        });
        // Over a list, a bold phrase heads it as its siblings over paragraphs head theirs
        // (`**Samenwerking buiten de Unie**` ⏎ `- Met Noorwegen …`): kept below when one of
        // them heads running text.
        let over_list = blocks
            .get(below)
            .is_some_and(|n| n.kind == BlockKind::ListItem);
        if !followed_by_text && !over_list {
            continue;
        }
        any_over_text |= followed_by_text;
        let depth = headings
            .iter()
            .rev()
            .find(|h| h.block < i)
            .map_or(1, |h| match h.key {
                Key::Markdown(d) => d.saturating_add(1),
                _ => 1,
            });
        found.push(Heading {
            block: i,
            key: Key::Markdown(depth),
            number: None,
            title: title.to_string(),
            span: b.span,
        });
    }
    if !any_over_text {
        found.clear();
    }
    if !found.is_empty() {
        headings.extend(found);
        headings.sort_by_key(|h| h.block);
    }
}

/// [`bold_labels`] for a text that is not Markdown: the bold lines followed by running text are
/// unnumbered headings when there are at least two of them (one is an emphasised sentence).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn plain_bold_labels(layout: &Layout, start: usize, headings: &mut Vec<Heading>) {
    // Cheap first: most plain texts hold no `**` or `__` at a block's start.
    if !layout.blocks[start.min(layout.blocks.len())..]
        .iter()
        .any(|b| layout.text[b.span.start..].starts_with(['*', '_']))
    {
        return;
    }
    let mut found = Vec::new();
    bold_labels(layout, start, &mut found);
    if found.len() < 2 {
        return;
    }
    for mut h in found {
        h.key = Key::Unnumbered;
        headings.push(h);
    }
    headings.sort_by_key(|h| h.block);
}

/// How many unnumbered headings open the outline, each with running text of its own, right
/// before the numbered headings, when no other unnumbered heading stands over numbered ones
/// later: a foreword or a summary ("Main results" ⏎ a paragraph ⏎ "1. …"), not the first of a
/// series of part titles, which hold their items.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn opening_headings(layout: &Layout, headings: &[Heading]) -> usize {
    let numbered_scheme = |k: Key| match k {
        Key::Scheme(s) => !matches!(s, Scheme::AllCaps | Scheme::Bullet),
        _ => false,
    };
    let with_text = |i: usize| {
        headings[i + 1].block > headings[i].block + 1
            && (is_prose(layout, headings[i].block + 1) || is_table(layout, headings[i].block + 1))
    };
    let Some(first) = headings.first() else {
        return 0;
    };
    if !matches!(first.key, Key::Unnumbered | Key::Group(_)) {
        return 0;
    }
    // A foreword and an executive summary before chapter 1 are both its siblings.
    let run = 1 + headings[1..]
        .iter()
        .take_while(|h| h.key == Key::Unnumbered)
        .count();
    let Some(numbered) = headings.get(run).filter(|h| numbered_scheme(h.key)) else {
        return 0;
    };
    let opens = (0..run).all(with_text)
        && !headings.windows(2).skip(run).any(|w| {
            matches!(w[0].key, Key::Unnumbered | Key::Group(_) | Key::Part)
                && w[1].key == numbered.key
        });
    match opens {
        true => run,
        false => 0,
    }
}

/// Gives each heading a level and turns the flat list into a tree with ranges and pre-order ids.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn nest(headings: &[Heading], text_len: usize) -> Vec<Section> {
    // A Council configuration's part in capitals right above "Legislative deliberations"
    // ("INTERNAL MARKET AND INDUSTRY" ⏎ "Legislative deliberations" … "RESEARCH AND SPACE" ⏎
    // "Non-legislative activities"): its parts hold the groups, not the other way round.
    let parts_hold_groups = headings.windows(2).any(|w| {
        w[0].key == Key::Part
            && caps(&w[0].title)
            && matches!(w[1].key, Key::Group(rank) if rank >= 1)
            && w[1].block == w[0].block + 1
    });
    let mut stack: Vec<Key> = Vec::new();
    let mut levels = Vec::with_capacity(headings.len());
    for h in headings {
        let level = match h.key {
            Key::Markdown(d) => {
                // A `##` goes under the nearest shallower `#`, however many levels it skips.
                let keep = stack
                    .iter()
                    .position(|k| !matches!(k, Key::Markdown(x) if *x < d))
                    .unwrap_or(stack.len());
                stack.truncate(keep);
                stack.push(h.key);
                stack.len()
            }
            // "Overige onderwerpen" over points of its own after "Agendapunt:" items is a last
            // item: the items' level, not a part of the last item under its recurring parts.
            Key::Group(_)
                if is_other_business(&h.title)
                    && !stack.contains(&Key::Unnumbered)
                    && stack.iter().any(|k| item_scheme(*k)) =>
            {
                let at = stack.iter().rposition(|k| item_scheme(*k)).unwrap_or(0);
                stack.truncate(at);
                stack.push(h.key);
                at + 1
            }
            Key::Group(_) | Key::Part => {
                // A group replaces the unnumbered items and the groups of its rank or below
                // before it, under any numbered part; a part of capitals does so under a group.
                // Where the parts hold the groups, a group stays under its part, and a part
                // replaces the part before it with all it holds.
                let keep = stack
                    .iter()
                    .position(|k| match (k, h.key) {
                        (Key::Part, Key::Group(rank)) if parts_hold_groups && rank >= 1 => false,
                        (Key::Group(rank), Key::Part) if parts_hold_groups && *rank >= 1 => true,
                        (Key::Scheme(_), Key::Part) if parts_hold_groups => true,
                        (Key::Unnumbered | Key::Repeated | Key::Part | Key::Sub, _) => true,
                        (Key::Group(below), Key::Group(rank)) => *below >= rank,
                        _ => false,
                    })
                    .unwrap_or(stack.len());
                stack.truncate(keep);
                stack.push(h.key);
                stack.len()
            }
            Key::Scheme(scheme @ (Scheme::Chapter | Scheme::Part)) => {
                // A division that names itself ("Chapter 2") is the document's top level: an
                // unnumbered heading before it (an executive summary, a foreword) is its
                // sibling, not its parent. Only a part holds chapters.
                let keep = stack
                    .iter()
                    .position(|k| scheme == Scheme::Part || *k != Key::Scheme(Scheme::Part))
                    .unwrap_or(stack.len());
                stack.truncate(keep);
                stack.push(h.key);
                stack.len()
            }
            Key::Annex => {
                stack.clear();
                stack.push(h.key);
                1
            }
            // The numbered headings after an opening foreword or summary are its siblings.
            Key::Scheme(_) if stack.first() == Some(&Key::Opening) => {
                stack.clear();
                stack.push(h.key);
                1
            }
            // "Diversen" after numbered or "Agendapunt:" items is an item of its own: it takes
            // the items' level (not a sub-point's) instead of nesting under the last one.
            Key::Unnumbered
                if is_other_business(&h.title)
                    && !stack.contains(&Key::Unnumbered)
                    && stack.iter().any(|k| item_scheme(*k)) =>
            {
                let at = stack.iter().rposition(|k| item_scheme(*k)).unwrap_or(0);
                // `DIVERSEN` in capitals after `II. NIET-WETGEVENDE ACTIVITEITEN` and its
                // numbered items is a part beside the parts in capitals, not their last item.
                let at = match caps(&h.title) {
                    true => (0..at)
                        .rev()
                        .find(|&j| {
                            latest_caps(&headings[..levels.len()], stack[j]) == Some(true)
                                && latest_caps(&headings[..levels.len()], stack[at]) == Some(false)
                        })
                        .unwrap_or(at),
                    false => at,
                };
                stack.truncate(at + 1);
                at + 1
            }
            // "Next meeting" after the numbered items of a report that opened with an
            // unnumbered introduction closes the report: the introduction's sibling, not a
            // part of the last item's last point.
            Key::Unnumbered
                if headings.first().map(|f| f.key) == Some(Key::Opening)
                    && stack.len() > 1
                    && is_closing(&h.title) =>
            {
                stack.clear();
                stack.push(h.key);
                1
            }
            key => match stack.iter().position(|k| *k == key) {
                Some(i) => {
                    stack.truncate(i + 1);
                    i + 1
                }
                None => {
                    stack.push(key);
                    stack.len()
                }
            },
        };
        levels.push(level as u32);
    }
    let mut roots: Vec<Section> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        let level = levels[i];
        let end = levels[i + 1..]
            .iter()
            .position(|&l| l <= level)
            .map_or(text_len, |j| headings[i + 1 + j].span.start);
        let section = Section {
            id: i,
            level,
            number: h.number.clone(),
            title: h.title.clone(),
            heading: h.span,
            range: Span::new(h.span.start, end),
            children: Vec::new(),
        };
        insert(&mut roots, section);
    }
    roots
}

/// Whether a title is written in capitals: letters, none of them lower case.
fn caps(title: &str) -> bool {
    title.chars().any(char::is_alphabetic) && !title.chars().any(char::is_lowercase)
}

/// Whether the last of `headings` with `key` is written in capitals, if there is one.
fn latest_caps(headings: &[Heading], key: Key) -> Option<bool> {
    headings
        .iter()
        .rev()
        .find(|h| h.key == key)
        .map(|h| caps(&h.title))
}

/// Puts `section` under the last open section of a lower level.
fn insert(siblings: &mut Vec<Section>, section: Section) {
    let mut siblings = siblings;
    loop {
        match siblings.last() {
            Some(last) if last.level < section.level => {
                // The loop walks down one level per step; recursion depth is not input-bound.
                let len = siblings.len();
                siblings = &mut siblings[len - 1].children;
            }
            _ => break,
        }
    }
    siblings.push(section);
}

/// Whether `s` ends on a telephone number in brackets (`Marco DELLA ROSA (+32 2 298 71 40)`
/// under a press release's contacts): a contact's line, no heading.
fn phone_in_brackets(s: &str) -> bool {
    // The last byte first: most headings end otherwise.
    s.ends_with(')')
        && s.rfind("(+").is_some_and(|k| {
            let number = &s[k + 2..s.len() - 1];
            number.len() >= 6
                && number.starts_with(|c: char| c.is_ascii_digit())
                && number.bytes().all(|b| b.is_ascii_digit() || b == b' ')
        })
}

/// Whether `s` is a table's column heads joined by slashes (`Subject / Doc. / Origin` over
/// a Council agenda's items): three labels of a word or two, no heading.
fn column_heads(s: &str) -> bool {
    // Lengths first: most headings hold no ` / `.
    s.len() <= 60 && {
        let parts: Vec<&str> = s.split(" / ").collect();
        parts.len() >= 3
            && parts.iter().all(|p| {
                (1..=2).contains(&p.split_whitespace().count()) && p.starts_with(char::is_uppercase)
            })
    }
}
