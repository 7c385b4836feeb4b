//! The outline as an ARIA tree: collapsible, keyboard-driven (roving tabindex), following the
//! reader's position.

use crate::doc::DocRc;
use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Props of [`Outline`].
#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    /// The open document.
    pub doc: DocRc,
    /// The section the reader shows.
    pub current: Option<usize>,
    /// The selected actor: sections without it are dimmed.
    pub actor: Option<usize>,
    /// UI language.
    pub lang: Lang,
    /// A section was chosen.
    pub on_select: Callback<usize>,
}

/// Outlines with more sections than this start collapsed below the top level.
const OPEN_LIMIT: usize = 200;

/// At most this many top-level sections are rendered at first (more on request, or as the
/// reader reaches them): a 10 MB report can have a thousand, and rendering them all on every
/// update took most of the page's longest task.
const ROOTS_SHOWN: usize = 150;

/// The top-level sections.
fn roots(doc: &crate::doc::Doc) -> Vec<usize> {
    doc.sections
        .iter()
        .filter(|s| s.parent.is_none())
        .map(|s| s.id)
        .collect()
}

/// The top-level section that holds section `id`.
fn root_of(doc: &crate::doc::Doc, mut id: usize) -> usize {
    while let Some(p) = doc.sections.get(id).and_then(|s| s.parent) {
        id = p;
    }
    id
}

/// The sections visible under `roots` with `expanded`, in order.
pub fn visible(doc: &crate::doc::Doc, roots: &[usize], expanded: &[bool]) -> Vec<usize> {
    fn walk(doc: &crate::doc::Doc, ids: &[usize], expanded: &[bool], out: &mut Vec<usize>) {
        for &id in ids {
            out.push(id);
            if expanded.get(id).copied().unwrap_or(false) {
                walk(doc, &doc.sections[id].children, expanded, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(doc, roots, expanded, &mut out);
    out
}

/// The outline tree.
#[component]
pub fn Outline(props: &OutlineProps) -> Html {
    let doc = &props.doc;
    let t = props.lang.t();
    let n = doc.sections.len();
    let expanded = {
        let open = n <= OPEN_LIMIT;
        use_state_eq(move || vec![open; n])
    };
    // A new document brings a new tree.
    {
        let expanded = expanded.clone();
        use_effect_with(doc.clone(), move |doc| {
            expanded.set(vec![doc.sections.len() <= OPEN_LIMIT; doc.sections.len()]);
        });
    }
    // Top-level sections rendered beyond ROOTS_SHOWN.
    let more = use_state_eq(|| 0usize);
    {
        let more = more.clone();
        use_effect_with(doc.clone(), move |_| more.set(0));
    }
    let focus = use_state_eq(|| None::<usize>);
    let tree = use_node_ref();
    let keyboard = use_mut_ref(|| false);
    // Move DOM focus only when the keyboard moved the roving tabindex.
    {
        let tree = tree.clone();
        let keyboard = keyboard.clone();
        use_effect_with(*focus, move |focus| {
            if std::mem::take(&mut *keyboard.borrow_mut()) {
                if let (Some(id), Some(el)) = (focus, tree.cast::<HtmlElement>()) {
                    if let Ok(Some(item)) = el.query_selector(&format!("[data-section=\"{id}\"]")) {
                        if let Ok(item) = item.dyn_into::<HtmlElement>() {
                            let _ = item.focus();
                        }
                    }
                }
            }
        });
    }
    // The current section's ancestors open as the reader moves, and the tree's window and tab
    // stop follow the reader again.
    {
        let expanded = expanded.clone();
        let doc = doc.clone();
        let focus = focus.clone();
        use_effect_with(props.current, move |current| {
            focus.set(None);
            if let Some(mut id) = *current {
                let mut open = (*expanded).clone();
                let mut changed = false;
                while let Some(p) = doc.sections.get(id).and_then(|s| s.parent) {
                    if !open.get(p).copied().unwrap_or(true) {
                        open[p] = true;
                        changed = true;
                    }
                    id = p;
                }
                if changed {
                    expanded.set(open);
                }
            }
        });
    }
    let exp: &Vec<bool> = &expanded;
    let all_roots = roots(doc);
    // A window of top-level sections around the keyboard focus (else the reader's section):
    // from the start while that is near it, else centred on it, so that following the reader
    // through a long report re-renders a window and not everything before it.
    let anchor = focus
        .or(props.current)
        .and_then(|id| all_roots.binary_search(&root_of(doc, id)).ok())
        .unwrap_or(0);
    let start = anchor.saturating_sub(ROOTS_SHOWN / 2);
    let end = (start + ROOTS_SHOWN + *more)
        .max(anchor + 1)
        .min(all_roots.len());
    let hidden = all_roots.len() - end;
    let rendered = &all_roots[start..end];
    let order = visible(doc, rendered, exp);
    let tab_stop = focus
        .filter(|f| order.contains(f))
        .or(props.current.filter(|c| order.contains(c)))
        .or(order.first().copied());

    let on_key = {
        let doc = doc.clone();
        let expanded = expanded.clone();
        let focus = focus.clone();
        let keyboard = keyboard.clone();
        let on_select = props.on_select.clone();
        let order = order.clone();
        let next_root = all_roots.get(end).copied();
        let previous_root = start.checked_sub(1).and_then(|p| all_roots.get(p).copied());
        let first_root = all_roots.first().copied();
        // The last item the tree shows: the last section, down through its open subsections.
        let mut last_visible = all_roots.last().copied();
        while let Some(id) = last_visible {
            match doc.sections[id].children.last() {
                Some(&child) if expanded.get(id).copied().unwrap_or(false) => {
                    last_visible = Some(child)
                }
                _ => break,
            }
        }
        Callback::from(move |e: KeyboardEvent| {
            let Some(cur) = tab_stop else { return };
            let pos = order.iter().position(|x| *x == cur).unwrap_or(0);
            let has_children = !doc.sections[cur].children.is_empty();
            let is_open = expanded.get(cur).copied().unwrap_or(false);
            let mut target = None;
            match e.key().as_str() {
                "ArrowDown" => {
                    // Past the last rendered item: the next top-level section, rendered now.
                    target = order.get(pos + 1).copied().or(next_root);
                }
                "ArrowUp" => {
                    target = pos
                        .checked_sub(1)
                        .and_then(|p| order.get(p).copied())
                        .or(previous_root)
                }
                "Home" => target = first_root,
                "End" => target = last_visible,
                "ArrowRight" if has_children && !is_open => {
                    let mut v = (*expanded).clone();
                    v[cur] = true;
                    expanded.set(v);
                }
                "ArrowRight" if has_children => {
                    target = doc.sections[cur].children.first().copied()
                }
                "ArrowLeft" if has_children && is_open => {
                    let mut v = (*expanded).clone();
                    v[cur] = false;
                    expanded.set(v);
                }
                "ArrowLeft" => target = doc.sections[cur].parent,
                "Enter" | " " => on_select.emit(cur),
                _ => return,
            }
            e.prevent_default();
            if let Some(t) = target {
                *keyboard.borrow_mut() = true;
                focus.set(Some(t));
            }
        })
    };

    let item = |id: usize| -> Html { render_item(props, id, exp, tab_stop, &expanded, &focus, t) };
    let on_earlier = {
        let focus = focus.clone();
        let earlier = all_roots
            .get(start.saturating_sub(ROOTS_SHOWN / 2))
            .copied();
        Callback::from(move |_: MouseEvent| focus.set(earlier))
    };
    let on_more = {
        let more = more.clone();
        Callback::from(move |_: MouseEvent| more.set(*more + ROOTS_SHOWN))
    };
    html! {
        <>
            if start > 0 {
                <button type="button" class="ra-show-more" data-testid="outline-earlier" onclick={on_earlier}>
                    { format!("{} ({start})", t.show_earlier) }
                </button>
            }
            <ul role="tree" aria-label={t.outline} class="ra-tree" data-testid="outline" ref={tree} onkeydown={on_key}>
                { for rendered.iter().copied().map(item) }
            </ul>
            if hidden > 0 {
                <button type="button" class="ra-show-more" data-testid="outline-more" onclick={on_more}>
                    { format!("{} ({hidden})", t.show_more) }
                </button>
            }
        </>
    }
}

fn render_item(
    props: &OutlineProps,
    id: usize,
    exp: &[bool],
    tab_stop: Option<usize>,
    expanded: &UseStateHandle<Vec<bool>>,
    focus: &UseStateHandle<Option<usize>>,
    t: &'static crate::i18n::Strings,
) -> Html {
    let doc = &props.doc;
    let s = &doc.sections[id];
    let has_children = !s.children.is_empty();
    let open = exp.get(id).copied().unwrap_or(false);
    let current = props.current == Some(id);
    let dim = props.actor.is_some_and(|a| {
        doc.counts
            .get(a)
            .and_then(|r| r.get(id))
            .copied()
            .unwrap_or(0)
            == 0
    });
    let on_click = {
        let on_select = props.on_select.clone();
        let focus = focus.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            focus.set(Some(id));
            on_select.emit(id);
        })
    };
    let on_twisty = {
        let expanded = expanded.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            let mut v = (*expanded).clone();
            if let Some(x) = v.get_mut(id) {
                *x = !*x;
            }
            expanded.set(v);
        })
    };
    let count = doc.actors_per_section.get(id).copied().unwrap_or(0);
    html! {
        <li role="treeitem"
            data-section={id.to_string()}
            aria-level={s.level.to_string()}
            aria-expanded={has_children.then(|| open.to_string())}
            aria-selected={current.to_string()}
            aria-current={current.then_some("location")}
            tabindex={if tab_stop == Some(id) { "0" } else { "-1" }}
            class={classes!("ra-ti", dim.then_some("dim"), current.then_some("current"))}>
            <div class="ra-ti-row" onclick={on_click}>
                if has_children {
                    <span class={classes!("ra-twisty", open.then_some("open"))} aria-hidden="true" onclick={on_twisty}>{ "▸" }</span>
                } else {
                    <span class="ra-twisty-none" aria-hidden="true"></span>
                }
                if let Some(n) = &s.number { <span class="ra-ti-num">{ format!("{n}. ") }</span> }
                <span class="ra-ti-title">{ &s.title }</span>
                if count > 0 {
                    <span class="ra-badge" title={format!("{count} {}", t.actors_in_section)}>
                        { count }<span class="ra-sr">{ " " }{ t.actors_in_section }</span>
                    </span>
                }
            </div>
            if has_children && open {
                <ul role="group">
                    { for s.children.iter().map(|c| render_item(props, *c, exp, tab_stop, expanded, focus, t)) }
                </ul>
            }
        </li>
    }
}
