//! The page's state as a reducer: what is open, what is selected, what is shown. No DOM types.

use crate::doc::{kind_index, DocRc};
use crate::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// From `light`, `dark`, anything else is auto.
    pub fn parse(s: Option<&str>) -> Theme {
        match s {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }
    /// The CSS class name part.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    /// The next one in the switch's cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }
}

/// Where the reader should go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jump {
    /// Target block.
    pub block: usize,
    /// A mention to focus (its start offset), if any.
    pub mark_start: Option<usize>,
    /// Grows with every request, so that the same target can be asked for twice.
    pub seq: u64,
}

/// A running load.
#[derive(Clone, Debug, PartialEq)]
pub struct Busy {
    /// File name.
    pub name: String,
    /// 0..=1.
    pub fraction: f64,
    /// What is happening (a UI string).
    pub phase: &'static str,
}

/// The page's state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// The open document.
    pub doc: Option<DocRc>,
    /// The last error, shown in role=alert.
    pub error: Option<String>,
    /// A load in progress.
    pub busy: Option<Busy>,
    /// Index of the selected actor.
    pub actor: Option<usize>,
    /// Which mention of the selected actor was last visited.
    pub cursor: Option<usize>,
    /// Hidden kinds, by [`crate::doc::KINDS`] index.
    pub hidden: [bool; 5],
    /// Actor filter text.
    pub filter: String,
    /// The section the reader shows.
    pub current: Option<usize>,
    /// The last jump request.
    pub jump: Option<Jump>,
    /// UI language.
    pub lang: Lang,
    /// Colour scheme.
    pub theme: Theme,
}

/// What can happen.
#[derive(Clone, Debug)]
pub enum Action {
    /// A load started.
    Loading(String, &'static str),
    /// A load moved on.
    Progress(f64, &'static str),
    /// A document is ready.
    Loaded(DocRc),
    /// The document on screen (a big report's structure) with its actors: the reader keeps its
    /// place.
    Completed(DocRc),
    /// The outline and text of a big report, shown while its actors are found (the phase).
    Structure(DocRc, &'static str),
    /// A load failed; the previous document stays.
    Failed(String),
    /// The error was read.
    Dismiss,
    /// Select (or clear) an actor.
    SelectActor(Option<usize>),
    /// Show or hide a kind.
    ToggleKind(report_core::ActorKind),
    /// New filter text.
    Filter(String),
    /// The reader scrolled into a section.
    Current(Option<usize>),
    /// Go to a section.
    GoToSection(usize),
    /// Go to mention `index` of actor `actor`.
    GoToMention(usize, usize),
    /// Next (+1) or previous (-1) mention of the selected actor.
    Step(i64),
    /// Switch language.
    SetLang(Lang),
    /// Switch theme.
    SetTheme(Theme),
}

impl State {
    fn jump(&self, block: usize, mark_start: Option<usize>) -> Option<Jump> {
        Some(Jump {
            block,
            mark_start,
            seq: self.jump.map_or(1, |j| j.seq + 1),
        })
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loading(name, phase) => {
                s.busy = Some(Busy {
                    name,
                    fraction: 0.05,
                    phase,
                });
            }
            Action::Progress(fraction, phase) => {
                if let Some(b) = &mut s.busy {
                    b.fraction = fraction;
                    b.phase = phase;
                }
            }
            Action::Structure(doc, phase) => {
                s.doc = Some(doc);
                s.error = None;
                s.actor = None;
                s.cursor = None;
                s.current = None;
                s.jump = None;
                if let Some(b) = &mut s.busy {
                    b.fraction = 0.5;
                    b.phase = phase;
                }
            }
            Action::Loaded(doc) => {
                s.doc = Some(doc);
                s.busy = None;
                s.error = None;
                s.actor = None;
                s.cursor = None;
                s.current = None;
                s.jump = None;
            }
            Action::Completed(doc) => {
                s.doc = Some(doc);
                s.busy = None;
                s.error = None;
            }
            Action::Failed(message) => {
                s.busy = None;
                s.error = Some(message);
            }
            Action::Dismiss => s.error = None,
            Action::SelectActor(a) => {
                s.actor = if s.actor == a { None } else { a };
                s.cursor = None;
            }
            Action::ToggleKind(kind) => {
                let i = kind_index(kind);
                s.hidden[i] = !s.hidden[i];
            }
            Action::Filter(text) => s.filter = text,
            Action::Current(c) => {
                if s.current == c {
                    return self;
                }
                s.current = c;
            }
            Action::GoToSection(id) => {
                let Some(doc) = &s.doc else { return self };
                let Some(section) = doc.sections.get(id) else {
                    return self;
                };
                s.current = Some(id);
                s.jump = s.jump(section.block, None);
            }
            Action::GoToMention(actor, index) => {
                let Some(doc) = &s.doc else { return self };
                let Some(m) = doc
                    .report
                    .actors
                    .get(actor)
                    .and_then(|a| a.mentions.get(index))
                else {
                    return self;
                };
                let block = doc.block_at(m.range.start);
                let start = m.range.start;
                s.actor = Some(actor);
                s.cursor = Some(index);
                s.jump = s.jump(block, Some(start));
            }
            Action::Step(delta) => {
                let (Some(doc), Some(actor)) = (&s.doc, s.actor) else {
                    return self;
                };
                let n = doc.report.actors.get(actor).map_or(0, |a| a.mentions.len()) as i64;
                if n == 0 {
                    return self;
                }
                let next = match s.cursor {
                    None if delta < 0 => n - 1,
                    None => 0,
                    Some(c) => (c as i64 + delta).rem_euclid(n),
                } as usize;
                return Rc::new(s).reduce(Action::GoToMention(actor, next));
            }
            Action::SetLang(lang) => s.lang = lang,
            Action::SetTheme(theme) => s.theme = theme,
        }
        Rc::new(s)
    }
}
