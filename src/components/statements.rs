//! Who said what: per agenda item, each sentence with its speakers, their verbs and stances.

use crate::components::actor_panel::stance_badge;
use crate::doc::{kind_name, DocRc};
use crate::i18n::Lang;
use report_core::markdown::speakers;
use yew::prelude::*;

/// Props of [`Statements`].
#[derive(Properties, PartialEq)]
pub struct StatementsProps {
    /// The open document.
    pub doc: DocRc,
    /// Only this actor's statements, when set.
    pub actor: Option<usize>,
    /// UI language.
    pub lang: Lang,
    /// Select an actor.
    pub on_actor: Callback<Option<usize>>,
    /// Go to a section.
    pub on_section: Callback<usize>,
}

/// How many statements render at first, and how many more each "show more" adds: a 10 MB report
/// has tens of thousands, and rendering them all at once blocked the main thread for a minute;
/// 200 still cost a third of the page's longest task when a big report arrived.
const PAGE: usize = 60;

/// Statements grouped by section, in document order.
#[component]
pub fn Statements(props: &StatementsProps) -> Html {
    let limit = use_state(|| PAGE);
    let t = props.lang.t();
    let doc = &props.doc;
    let report = &doc.report;
    let only = props
        .actor
        .and_then(|a| report.actors.get(a))
        .map(|a| a.id.as_str());
    let mut groups: Vec<(Option<usize>, Vec<&report_core::Statement>)> = Vec::new();
    let mut matching = report
        .statements
        .iter()
        .filter(|s| only.is_none_or(|id| s.actor == id));
    for s in matching.by_ref().take(*limit) {
        match groups.last_mut() {
            Some((sec, list)) if *sec == s.section => list.push(s),
            _ => groups.push((s.section, vec![s])),
        }
    }
    let hidden = matching.count();
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE))
    };
    let actor_index = |id: &str| report.actors.iter().position(|a| a.id == id);
    html! {
        <section class="ra-statements" aria-label={t.who_said_what} data-testid="statements">
            <h2>{ t.who_said_what }</h2>
            if groups.is_empty() {
                <p class="ra-muted">{ t.no_statements }</p>
            }
            { for groups.into_iter().map(|(section, list)| {
                let title = section
                    .and_then(|id| doc.sections.get(id))
                    .map(|s| s.label())
                    .unwrap_or_else(|| t.unknown_section.to_string());
                let on_section = props.on_section.clone();
                html! {
                    <article class="ra-statement-group">
                        <h3>
                            <button type="button" class="ra-link"
                                    onclick={move |_| if let Some(id) = section { on_section.emit(id) }}>{ title }</button>
                        </h3>
                        <ul>
                            // One item per sentence, however many actors speak in it.
                            { for list.chunk_by(|a, b| a.range == b.range).map(|sentence| {
                                let ids: Vec<&str> = sentence.iter().map(|s| s.actor.as_str()).collect();
                                let mut ids_once: Vec<&str> = Vec::new();
                                for id in ids {
                                    if !ids_once.contains(&id) {
                                        ids_once.push(id);
                                    }
                                }
                                let entries = speakers(sentence);
                                let last = entries.len().saturating_sub(1);
                                html! {
                                    <li class="ra-statement" data-actors={ids_once.join(" ")}>
                                        { for entries.into_iter().enumerate().map(|(k, entry)| {
                                            let stances = entry.marked_stances();
                                            html! {
                                                <span class="ra-speakers">
                                                    { for entry.actors.iter().enumerate().map(|(j, id)| {
                                                        let idx = actor_index(id);
                                                        let actor = idx.and_then(|i| report.actors.get(i));
                                                        let name = actor.map(|a| a.name.clone()).unwrap_or_else(|| id.to_string());
                                                        let kind = actor.map(|a| kind_name(a.kind)).unwrap_or("role");
                                                        let on_actor = props.on_actor.clone();
                                                        html! {
                                                            <>
                                                                if j > 0 { { ", " } }
                                                                <button type="button" class="ra-who" data-kind={kind}
                                                                        data-actor={id.to_string()}
                                                                        onclick={move |_| on_actor.emit(idx)}>{ name }</button>
                                                            </>
                                                        }
                                                    }) }
                                                    { " " }<em class="ra-verb">{ entry.verbs.join(", ") }</em>{ " " }
                                                    if stances.is_empty() {
                                                        { stance_badge(props.lang, report_core::Stance::Neutral) }
                                                    } else {
                                                        { for stances.into_iter().map(|s| stance_badge(props.lang, s)) }
                                                    }
                                                    if k < last { { "; " } }
                                                </span>
                                            }
                                        }) }
                                        <q>{ report.slice(sentence[0].range) }</q>
                                    </li>
                                }
                            }) }
                        </ul>
                    </article>
                }
            }) }
            if hidden > 0 {
                <p>
                    <button type="button" class="ra-show-more" onclick={show_more}>
                        { format!("{} ({hidden})", t.show_more) }
                    </button>
                </p>
            }
        </section>
    }
}
