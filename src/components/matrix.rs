//! The actor × section heat map.

use crate::doc::{kind_name, Doc, DocRc};
use crate::i18n::Lang;
use yew::prelude::*;

/// Props of [`Matrix`].
#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    /// The open document.
    pub doc: DocRc,
    /// Selected actor.
    pub actor: Option<usize>,
    /// UI language.
    pub lang: Lang,
    /// Go to mention `index` of actor `actor`.
    pub on_mention: Callback<(usize, usize)>,
}

/// At most this many columns and rows.
const MAX_COLUMNS: usize = 40;
const MAX_ROWS: usize = 40;
/// Rows added per task in the browser: the full 40 × 40 table took one task of ~50 ms of
/// script and another of ~70 ms of layout on a 10 MB report.
#[cfg(target_arch = "wasm32")]
const ROWS_PER_TASK: usize = 10;
/// Natively (server-side rendering in the tests) there are no later tasks: every row at once.
#[cfg(not(target_arch = "wasm32"))]
const ROWS_PER_TASK: usize = MAX_ROWS;

/// The columns: every section when few, else the deepest level that still fits.
pub fn columns(doc: &Doc) -> Vec<usize> {
    if doc.sections.len() <= MAX_COLUMNS {
        return (0..doc.sections.len()).collect();
    }
    let top: Vec<usize> = doc
        .sections
        .iter()
        .filter(|s| s.parent.is_none())
        .map(|s| s.id)
        .collect();
    top.into_iter().take(MAX_COLUMNS).collect()
}

/// The heat map.
#[component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let t = props.lang.t();
    let doc = &props.doc;
    let cols = columns(doc);
    let actors = &doc.report.actors;
    let all_rows = actors.len().min(MAX_ROWS);
    // The rows rendered so far, for this document: a new one starts again with a few.
    let key = std::rc::Rc::as_ptr(&doc.0) as usize;
    let grown = use_state_eq(|| (key, ROWS_PER_TASK));
    let rows = if grown.0 == key {
        grown.1
    } else {
        ROWS_PER_TASK
    }
    .min(all_rows);
    {
        let grown = grown.clone();
        use_effect_with((key, rows), move |&(key, rows)| {
            if rows < all_rows {
                #[cfg(target_arch = "wasm32")]
                wasm_bindgen_futures::spawn_local(async move {
                    crate::bridge::next_task().await;
                    grown.set((key, rows + ROWS_PER_TASK));
                });
                #[cfg(not(target_arch = "wasm32"))]
                grown.set((key, all_rows));
            }
        });
    }
    let max = (0..all_rows)
        .flat_map(|a| cols.iter().map(move |&c| doc.counts[a][c]))
        .max()
        .unwrap_or(0)
        .max(1);
    html! {
        <section class="ra-matrix" aria-label={t.matrix}>
            <h2>{ t.matrix }</h2>
            <div class="ra-matrix-scroll">
                <table data-testid="actor-matrix">
                    <caption>{ t.matrix_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.actor_col }</th>
                            { for cols.iter().map(|&c| {
                                let s = &doc.sections[c];
                                html! {
                                    <th scope="col" title={s.label()} data-section={c.to_string()}>
                                        { s.number.clone().unwrap_or_else(|| s.title.chars().take(8).collect()) }
                                    </th>
                                }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for (0..rows).map(|a| {
                            let actor = &actors[a];
                            html! {
                                <tr class={classes!((props.actor == Some(a)).then_some("selected"))} data-actor={actor.id.clone()}>
                                    <th scope="row" data-kind={kind_name(actor.kind)}>{ &actor.name }</th>
                                    { for cols.iter().map(|&c| {
                                        let n = doc.counts[a][c];
                                        let level = if n == 0 { 0 } else { 1 + (n * 4 / max).min(4) };
                                        let s = &doc.sections[c];
                                        let range = s.range;
                                        // Mentions are in document order: the first one at or after the section start.
                                        let first = Some(actor.mentions.partition_point(|m| m.range.start < range.start))
                                            .filter(|&i| actor.mentions.get(i).is_some_and(|m| range.contains(m.range)));
                                        let on_mention = props.on_mention.clone();
                                        html! {
                                            <td class={format!("heat-{level}")} data-count={n.to_string()}>
                                                if n > 0 {
                                                    <button type="button" aria-label={format!("{}, {}: {n}", actor.name, s.label())}
                                                            title={format!("{}, {}: {n}", actor.name, s.label())}
                                                            onclick={move |_| if let Some(i) = first { on_mention.emit((a, i)) }}>
                                                        { n }
                                                    </button>
                                                }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if actors.len() > all_rows {
                <p class="ra-muted">{ format!("+{} {}", actors.len() - all_rows, t.more_actors) }</p>
            }
        </section>
    }
}
