//! A compact form of a report's actors and statements, for handing a report from one thread to
//! another (the page's analysis worker to the page): numbers in flat `u32` arrays that cross
//! as one typed array each, without JSON, and no text that the report's own text holds already
//! (a mention's words and a statement's sentence are slices of it).
//!
//! ```
//! let report = report_core::analyze(
//!     "Nederland stelde dat het kan. Frankrijk steunde dat.".as_bytes(),
//!     &report_core::Config::default(),
//! ).unwrap();
//! let packed = report_core::packed::pack(&report);
//! let mut copy = report.clone();
//! copy.actors.clear();
//! copy.statements.clear();
//! packed.unpack_into(&mut copy).unwrap();
//! assert_eq!(copy, report);
//! ```

use crate::model::{Actor, Report, Span, Stance, Statement};
use serde::{Deserialize, Serialize};

/// Numbers per mention in [`Packed::mentions`]: actor, start, end, section + 1 (0 for none).
pub const MENTION_FIELDS: usize = 4;
/// Numbers per statement in [`Packed::statements`]: actor, verb, start, end, section + 1,
/// stance.
pub const STATEMENT_FIELDS: usize = 6;

/// A report's actors and statements, packed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Packed {
    /// The actors with their mention lists emptied.
    pub actors: Vec<Actor>,
    /// Every mention, [`MENTION_FIELDS`] numbers each, actor by actor in order.
    pub mentions: Vec<u32>,
    /// The distinct verbs as written.
    pub verbs: Vec<String>,
    /// Every statement, [`STATEMENT_FIELDS`] numbers each, in order.
    pub statements: Vec<u32>,
}

fn number(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn section_code(section: Option<usize>) -> u32 {
    section.map_or(0, |s| number(s).saturating_add(1))
}

fn stance_code(stance: Stance) -> u32 {
    match stance {
        Stance::Neutral => 0,
        Stance::Support => 1,
        Stance::Oppose => 2,
        Stance::Reservation => 3,
    }
}

fn stance_of(code: u32) -> Stance {
    match code {
        1 => Stance::Support,
        2 => Stance::Oppose,
        3 => Stance::Reservation,
        _ => Stance::Neutral,
    }
}

/// Packs the actors and statements of `report`.
pub fn pack(report: &Report) -> Packed {
    let mut packed = Packed::default();
    let total: usize = report.actors.iter().map(|a| a.mentions.len()).sum();
    packed.mentions.reserve(total * MENTION_FIELDS);
    for (index, actor) in report.actors.iter().enumerate() {
        for m in &actor.mentions {
            packed.mentions.extend([
                number(index),
                number(m.range.start),
                number(m.range.end),
                section_code(m.section),
            ]);
        }
        packed.actors.push(Actor {
            mentions: Vec::new(),
            ..actor.clone()
        });
    }
    let actor_index = |id: &str| report.actors.iter().position(|a| a.id == id);
    packed
        .statements
        .reserve(report.statements.len() * STATEMENT_FIELDS);
    for s in &report.statements {
        let verb = match packed.verbs.iter().position(|v| *v == s.verb) {
            Some(v) => v,
            None => {
                packed.verbs.push(s.verb.clone());
                packed.verbs.len() - 1
            }
        };
        packed.statements.extend([
            actor_index(&s.actor).map_or(u32::MAX, number),
            number(verb),
            number(s.range.start),
            number(s.range.end),
            section_code(s.section),
            stance_code(s.stance),
        ]);
    }
    packed
}

impl Packed {
    /// Puts the actors and statements into `report`, whose text must be the one they were
    /// packed from. A number that points nowhere (a foreign or damaged message) is an error,
    /// not a panic.
    pub fn unpack_into(self, report: &mut Report) -> Result<(), String> {
        let text = report.text.as_str();
        let slice = |start: u32, end: u32| {
            text.get(start as usize..end as usize)
                .map(|_| Span::new(start as usize, end as usize))
                .ok_or_else(|| format!("range {start}..{end} is not in the text"))
        };
        let section = |code: u32| code.checked_sub(1).map(|s| s as usize);
        let mut actors = self.actors;
        for m in self.mentions.chunks_exact(MENTION_FIELDS) {
            let range = slice(m[1], m[2])?;
            let actor = actors
                .get_mut(m[0] as usize)
                .ok_or_else(|| format!("mention of unknown actor {}", m[0]))?;
            actor.mentions.push(crate::model::Mention {
                range,
                section: section(m[3]),
            });
        }
        let mut statements = Vec::with_capacity(self.statements.len() / STATEMENT_FIELDS);
        for s in self.statements.chunks_exact(STATEMENT_FIELDS) {
            let range = slice(s[2], s[3])?;
            let actor = actors
                .get(s[0] as usize)
                .ok_or_else(|| format!("statement of unknown actor {}", s[0]))?;
            let verb = self
                .verbs
                .get(s[1] as usize)
                .ok_or_else(|| format!("unknown verb {}", s[1]))?;
            statements.push(Statement {
                actor: actor.id.clone(),
                verb: verb.clone(),
                range,
                section: section(s[4]),
                stance: stance_of(s[5]),
            });
        }
        report.actors = actors;
        report.statements = statements;
        Ok(())
    }
}

/// Numbers per section in a packed outline: id, level, number of children, heading start and
/// end, range start and end. Sections are in pre-order, each followed by its subsections.
pub const SECTION_FIELDS: usize = 7;

/// Deeper outlines than this are refused when unpacking (a damaged message, not a report).
const MAX_DEPTH: usize = 64;

/// An outline as numbers ([`SECTION_FIELDS`] per section) and labels (each section's number,
/// if any, then its title): a 10 MB report has thousands of sections, and JSON objects for each
/// took the page over a tenth of a second to parse.
pub fn pack_outline(outline: &[crate::model::Section]) -> (Vec<u32>, Vec<Option<String>>) {
    fn walk(
        nodes: &[crate::model::Section],
        numbers: &mut Vec<u32>,
        labels: &mut Vec<Option<String>>,
    ) {
        for s in nodes {
            numbers.extend([
                number(s.id),
                s.level,
                number(s.children.len()),
                number(s.heading.start),
                number(s.heading.end),
                number(s.range.start),
                number(s.range.end),
            ]);
            labels.push(s.number.clone());
            labels.push(Some(s.title.clone()));
            walk(&s.children, numbers, labels);
        }
    }
    let (mut numbers, mut labels) = (Vec::new(), Vec::new());
    walk(outline, &mut numbers, &mut labels);
    (numbers, labels)
}

/// The outline that [`pack_outline`] packed.
pub fn unpack_outline(
    numbers: &[u32],
    labels: Vec<Option<String>>,
) -> Result<Vec<crate::model::Section>, String> {
    use crate::model::Section;
    let rows: Vec<&[u32]> = numbers.chunks_exact(SECTION_FIELDS).collect();
    if rows.len() * 2 != labels.len() {
        return Err(format!(
            "{} sections but {} labels",
            rows.len(),
            labels.len()
        ));
    }
    let mut labels = labels.into_iter();
    let mut next = 0;
    // Builds `count` sections from row `next` on, each with its subsections.
    fn build(
        rows: &[&[u32]],
        labels: &mut std::vec::IntoIter<Option<String>>,
        next: &mut usize,
        count: usize,
        depth: usize,
    ) -> Result<Vec<Section>, String> {
        if depth > MAX_DEPTH {
            return Err("the outline is nested too deeply".into());
        }
        let mut out = Vec::with_capacity(count.min(rows.len()));
        for _ in 0..count {
            let r = rows.get(*next).ok_or("the outline ends too early")?;
            *next += 1;
            let number = labels.next().flatten();
            let title = labels.next().flatten().unwrap_or_default();
            let children = build(rows, labels, next, r[2] as usize, depth + 1)?;
            out.push(Section {
                id: r[0] as usize,
                level: r[1],
                number,
                title,
                heading: Span::new(r[3] as usize, r[4] as usize),
                range: Span::new(r[5] as usize, r[6] as usize),
                children,
            });
        }
        Ok(out)
    }
    let mut outline = Vec::new();
    while next < rows.len() {
        outline.extend(build(&rows, &mut labels, &mut next, 1, 0)?);
    }
    Ok(outline)
}
