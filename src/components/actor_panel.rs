//! The actors, grouped by kind, with a filter, and the selected actor's details.

use crate::components::legend::Legend;
use crate::doc::{kind_name, DocRc, KINDS};
use crate::i18n::{kind_label, stance_label, Lang};
use report_core::markdown::speakers;
use report_core::ActorKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// At most this many statements are listed for the selected actor.
const STATEMENT_CAP: usize = 200;

/// Props of [`ActorPanel`].
#[derive(Properties, PartialEq)]
pub struct ActorPanelProps {
    /// The open document.
    pub doc: DocRc,
    /// Selected actor.
    pub actor: Option<usize>,
    /// The mention last visited.
    pub cursor: Option<usize>,
    /// Hidden kinds.
    pub hidden: [bool; 5],
    /// Filter text.
    pub filter: String,
    /// UI language.
    pub lang: Lang,
    /// Select or clear an actor.
    pub on_select: Callback<Option<usize>>,
    /// Show or hide a kind.
    pub on_toggle: Callback<ActorKind>,
    /// New filter text.
    pub on_filter: Callback<String>,
    /// Next (+1) or previous (-1) mention.
    pub on_step: Callback<i64>,
    /// Go to a section.
    pub on_section: Callback<usize>,
}

/// Case-insensitive match on name, id and aliases.
pub fn matches(actor: &report_core::Actor, filter: &str) -> bool {
    let f = filter.trim().to_lowercase();
    f.is_empty()
        || actor.name.to_lowercase().contains(&f)
        || actor.id.to_lowercase().contains(&f)
        || actor.aliases.iter().any(|a| a.to_lowercase().contains(&f))
}

/// The actor panel.
#[component]
pub fn ActorPanel(props: &ActorPanelProps) -> Html {
    let t = props.lang.t();
    let doc = &props.doc;
    let actors = &doc.report.actors;
    let on_input = props.on_filter.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let group = |kind: ActorKind| -> Html {
        let list: Vec<usize> = (0..actors.len())
            .filter(|&i| actors[i].kind == kind && matches(&actors[i], &props.filter))
            .collect();
        if list.is_empty() {
            return html! {};
        }
        html! {
            <section class="ra-actor-group" data-kind={kind_name(kind)}>
                <h3>{ kind_label(props.lang, kind) }</h3>
                <ul>
                    { for list.into_iter().map(|i| {
                        let a = &actors[i];
                        let selected = props.actor == Some(i);
                        let on_select = props.on_select.clone();
                        html! {
                            <li>
                                <button type="button" class={classes!("ra-actor", selected.then_some("selected"))}
                                        data-testid="actor" data-actor={a.id.clone()} data-kind={kind_name(a.kind)}
                                        aria-pressed={selected.to_string()}
                                        onclick={move |_| on_select.emit(Some(i))}>
                                    <mark class="m ra-swatch" data-kind={kind_name(a.kind)} aria-hidden="true"></mark>
                                    <span class="ra-actor-name">{ &a.name }</span>
                                    <span class="ra-count" title={t.mentions}>{ a.mentions.len() }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    };
    let detail = props.actor.and_then(|i| actors.get(i).map(|a| (i, a))).map(|(_, a)| {
        // Capped like the statements panel: a big report gives one actor thousands.
        let mut all = doc.report.statements.iter().filter(|s| s.actor == a.id);
        let statements: Vec<&report_core::Statement> = all.by_ref().take(STATEMENT_CAP).collect();
        let hidden = all.count();
        let on_prev = props.on_step.reform(|_: MouseEvent| -1);
        let on_next = props.on_step.reform(|_: MouseEvent| 1);
        let on_clear = props.on_select.reform(|_: MouseEvent| None);
        let position = props
            .cursor
            .map(|c| format!("{} / {}", c + 1, a.mentions.len()))
            .unwrap_or_else(|| format!("{} {}", a.mentions.len(), t.mentions));
        html! {
            <section class="ra-actor-detail" data-testid="actor-detail" data-actor={a.id.clone()} aria-live="polite">
                <h3>{ &a.name }</h3>
                if let Some(role) = &a.role { <p class="ra-role">{ role }</p> }
                if !a.aliases.is_empty() { <p class="ra-aliases">{ a.aliases.join(", ") }</p> }
                <div class="ra-stepper">
                    <button type="button" onclick={on_prev} data-testid="prev-mention">{ "← " }{ t.prev_mention }</button>
                    <span class="ra-position">{ position }</span>
                    <button type="button" onclick={on_next} data-testid="next-mention">{ t.next_mention }{ " →" }</button>
                </div>
                <button type="button" class="ra-link" onclick={on_clear}>{ t.clear_selection }</button>
                <h4>{ t.statements_of }</h4>
                if statements.is_empty() {
                    <p class="ra-muted">{ t.no_statements }</p>
                } else {
                    <ul class="ra-actor-statements">
                        // One item per sentence, with the verbs the actor has in it.
                        { for statements.chunk_by(|a, b| a.range == b.range).map(|sentence| {
                            let s = sentence[0];
                            let section = s.section.and_then(|id| doc.sections.get(id));
                            let on_section = props.on_section.clone();
                            let id = s.section;
                            let said = speakers(sentence);
                            let verbs: Vec<&str> = said.iter().flat_map(|e| e.verbs.iter().copied()).collect();
                            let stances: Vec<report_core::Stance> = said.iter().flat_map(|e| e.marked_stances()).collect();
                            html! {
                                <li>
                                    if let Some(sec) = section {
                                        <button type="button" class="ra-link" onclick={move |_| if let Some(id) = id { on_section.emit(id) }}>
                                            { sec.label() }
                                        </button>
                                    }
                                    { " " }<em class="ra-verb">{ verbs.join(", ") }</em>{ " " }
                                    if stances.is_empty() {
                                        { stance_badge(props.lang, report_core::Stance::Neutral) }
                                    } else {
                                        { for stances.into_iter().map(|st| stance_badge(props.lang, st)) }
                                    }
                                    <q>{ doc.report.slice(s.range) }</q>
                                </li>
                            }
                        }) }
                    </ul>
                    if hidden > 0 {
                        <p class="ra-muted">{ format!("+{hidden}") }</p>
                    }
                }
            </section>
        }
    });
    html! {
        <section class="ra-actors" aria-label={t.actors} data-testid="actor-panel">
            <h2>{ t.actors }</h2>
            <Legend hidden={props.hidden} lang={props.lang} on_toggle={props.on_toggle.clone()} />
            <input type="search" class="ra-filter" placeholder={t.filter_actors} aria-label={t.filter_actors}
                   value={props.filter.clone()} oninput={on_input} data-testid="actor-filter" />
            { detail.unwrap_or_default() }
            if actors.is_empty() {
                <p class="ra-muted">{ t.no_actors }</p>
            }
            { for KINDS.iter().map(|k| group(*k)) }
        </section>
    }
}

/// A statement's stance as a labelled badge; the label, not only its colour, tells it.
pub fn stance_badge(lang: Lang, stance: report_core::Stance) -> Html {
    html! {
        <span class={classes!("ra-stance", format!("stance-{}", stance_class(stance)))}>
            { stance_label(lang, stance) }
        </span>
    }
}

/// The CSS name of a stance.
pub fn stance_class(stance: report_core::Stance) -> &'static str {
    match stance {
        report_core::Stance::Support => "support",
        report_core::Stance::Oppose => "oppose",
        report_core::Stance::Reservation => "reservation",
        report_core::Stance::Neutral => "neutral",
    }
}
