//! The reader: the repaired text with every mention marked. Long documents are virtualised by
//! block (a spacer before and after, and only the blocks in view ± a margin), so that a 10 MB
//! report scrolls as smoothly as a letter. Document text is always rendered as text nodes.

use crate::doc::{kind_name, nested_in, segments, BlockKind, DocRc, KINDS};
use crate::i18n::Lang;
use crate::state::Jump;
use report_core::Span;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The open document.
    pub doc: DocRc,
    /// The selected actor.
    pub actor: Option<usize>,
    /// Hidden kinds.
    pub hidden: [bool; 5],
    /// The last jump request.
    pub jump: Option<Jump>,
    /// UI language.
    pub lang: Lang,
    /// The section at the top of the view changed.
    pub on_current: Callback<Option<usize>>,
}

/// Documents with more blocks than this are virtualised.
pub const VIRTUAL_FROM: usize = 300;
/// How far beyond the view blocks are rendered, in pixels.
const MARGIN: f64 = 1500.0;

fn estimate(doc: &crate::doc::Doc, width: f64) -> Vec<f64> {
    let per_line = (width / 8.5).max(20.0);
    doc.blocks
        .iter()
        .map(|b| match b.kind {
            BlockKind::Heading(_) if b.span.len() < 200 => 56.0,
            _ => ((b.span.len() as f64 / per_line).ceil() * 25.6 + 16.0).max(40.0),
        })
        .collect()
}

/// The blocks to render for a view `(scroll_top, height)`: `(first, last, top, bottom)`.
fn window(heights: &[f64], view: (f64, f64)) -> (usize, usize, f64, f64) {
    let (top, height) = view;
    let (lo, hi) = (top - MARGIN, top + height + MARGIN);
    let mut y = 0.0;
    let mut first = heights.len();
    let mut before = 0.0;
    for (i, h) in heights.iter().enumerate() {
        if y + h >= lo {
            first = i;
            before = y;
            break;
        }
        y += h;
    }
    let mut last = first;
    while last < heights.len() && y < hi {
        y += heights[last];
        last += 1;
    }
    let after: f64 = heights[last..].iter().sum();
    (first, last, before, after)
}

fn block_at_offset(heights: &[f64], offset: f64) -> usize {
    let mut y = 0.0;
    for (i, h) in heights.iter().enumerate() {
        y += h;
        if y > offset {
            return i;
        }
    }
    heights.len().saturating_sub(1)
}

fn set_height(node: &NodeRef, px: f64) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.style().set_property("height", &format!("{px:.0}px"));
    }
}

/// The first block whose bottom is below `top` (a scroll offset) and how far `top` is below
/// the block's top, by the heights the reader measured: reading them off the DOM in the middle
/// of a render would force a layout of what the render before it changed.
fn first_visible(heights: &[f64], top: f64) -> Option<(usize, f64)> {
    let mut y = 0.0;
    for (i, h) in heights.iter().enumerate() {
        if y + h > top {
            return Some((i, top - y));
        }
        y += h;
    }
    None
}

fn find(container: &Element, selector: &str) -> Option<HtmlElement> {
    container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// The document text.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let doc = &props.doc;
    let container = use_node_ref();
    let top_spacer = use_node_ref();
    let bottom_spacer = use_node_ref();
    let tip_ref = use_node_ref();
    let heights: Rc<RefCell<Vec<f64>>> = use_mut_ref(Vec::new);
    let seen = use_mut_ref(|| 0u64);
    let shown = use_mut_ref(|| 0usize);
    let keep = use_mut_ref(|| None::<(usize, f64)>);
    let pending = use_mut_ref(|| None::<Jump>);
    let view = use_state_eq(|| (0.0f64, 900.0f64));
    let tip = use_state_eq(|| None::<usize>);

    // The reader's width as last measured after a render: reading it here would force a layout
    // of everything the render before this one changed, in the middle of rendering.
    let width = use_mut_ref(|| 700.0f64);
    // Heights belong to a layout of blocks, not to one document: a big report's actors come
    // as a new document over the same blocks, and re-estimating the heights the reader has
    // measured would move every block under the reader's fixed scroll offset.
    let key = doc.layout;
    // The same blocks in a new document (their highlights added): keep the paragraph at the
    // top where it is. The browser's own scroll anchoring cannot: when that paragraph's top is
    // above the view it anchors on a text node inside it, which the highlights replace, and
    // it moved the view by a block or so. Where that paragraph is comes from the heights as
    // measured in the old document's DOM; the effect below puts it back once it is rendered.
    let ptr = Rc::as_ptr(&doc.0) as usize;
    if *shown.borrow() != ptr {
        if *seen.borrow() == key {
            *keep.borrow_mut() = first_visible(&heights.borrow(), view.0);
        }
        *shown.borrow_mut() = ptr;
    }
    if *seen.borrow() != key {
        *heights.borrow_mut() = estimate(doc, *width.borrow());
        *seen.borrow_mut() = key;
    }
    let virtualised = doc.blocks.len() > VIRTUAL_FROM;
    let (first, last, before, after) = if virtualised {
        window(&heights.borrow(), *view)
    } else {
        (0, doc.blocks.len(), 0.0, 0.0)
    };

    // A jump: scroll to the estimate now, refine once the block is rendered.
    {
        let container = container.clone();
        let heights = heights.clone();
        let pending = pending.clone();
        let view = view.clone();
        use_effect_with(props.jump, move |jump| {
            if let (Some(j), Some(el)) = (jump, container.cast::<HtmlElement>()) {
                *pending.borrow_mut() = Some(*j);
                let y: f64 = heights.borrow().iter().take(j.block).sum();
                if find(&el, &format!("[data-block=\"{}\"]", j.block)).is_none() {
                    el.set_scroll_top(y as i32);
                    view.set((y, el.client_height() as f64));
                }
            }
        });
    }
    // After every render: measure what is on screen, size the spacers, finish a jump.
    {
        let container = container.clone();
        let heights = heights.clone();
        let pending = pending.clone();
        let keep = keep.clone();
        let width = width.clone();
        let (top_spacer, bottom_spacer) = (top_spacer.clone(), bottom_spacer.clone());
        use_effect(move || {
            set_height(&top_spacer, before);
            set_height(&bottom_spacer, after);
            let Some(el) = container.cast::<HtmlElement>() else {
                return;
            };
            let w = el.client_width() as f64;
            if w > 0.0 {
                *width.borrow_mut() = w;
            }
            // A block's height is the distance to the next one, so that margins count too.
            if let Ok(list) = el.query_selector_all("[data-block]") {
                let mut h = heights.borrow_mut();
                let nodes: Vec<HtmlElement> = (0..list.length())
                    .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()))
                    .collect();
                let end = bottom_spacer.cast::<HtmlElement>().map(|s| s.offset_top());
                for (k, node) in nodes.iter().enumerate() {
                    let idx = node
                        .get_attribute("data-block")
                        .and_then(|v| v.parse::<usize>().ok());
                    let next = nodes.get(k + 1).map(|n| n.offset_top()).or(end);
                    if let (Some(slot), Some(next)) = (idx.and_then(|i| h.get_mut(i)), next) {
                        let measured = (next - node.offset_top()) as f64;
                        if measured > 0.0 {
                            *slot = measured;
                        }
                    }
                }
            }
            let kept = keep.borrow_mut().take();
            if let Some((b, offset)) = kept {
                // Heights count from the top spacer's top (the reader's padding above it).
                let origin = top_spacer
                    .cast::<HtmlElement>()
                    .map_or(0, |s| s.offset_top());
                if let Some(block) = find(&el, &format!("[data-block=\"{b}\"]")) {
                    let want = block.offset_top() - origin + offset.round() as i32;
                    if want != el.scroll_top() {
                        el.set_scroll_top(want);
                    }
                }
            }
            let jump = *pending.borrow();
            if let Some(j) = jump {
                if let Some(block) = find(&el, &format!("[data-block=\"{}\"]", j.block)) {
                    *pending.borrow_mut() = None;
                    el.set_scroll_top(block.offset_top() - 8);
                    if let Some(start) = j.mark_start {
                        // The selected actor's mark: a nested one may start where its outer
                        // one does.
                        let mark = find(&el, &format!("mark.sel[data-start=\"{start}\"]"))
                            .or_else(|| find(&el, &format!("mark[data-start=\"{start}\"]")));
                        if let Some(mark) = mark {
                            let _ = mark.focus();
                        }
                    }
                }
            }
        });
    }

    let on_scroll = {
        let container = container.clone();
        let heights = heights.clone();
        let view = view.clone();
        let doc = doc.clone();
        let on_current = props.on_current.clone();
        Callback::from(move |_: Event| {
            if let Some(el) = container.cast::<HtmlElement>() {
                let top = el.scroll_top() as f64;
                view.set((top, el.client_height() as f64));
                let b = block_at_offset(&heights.borrow(), top + 24.0);
                on_current.emit(doc.blocks.get(b).and_then(|b| b.section));
            }
        })
    };
    let show_tip = {
        let doc = doc.clone();
        let tip = tip.clone();
        let tip_ref = tip_ref.clone();
        let container = container.clone();
        Callback::from(move |e: Event| {
            let mark = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("mark").ok().flatten());
            let Some(mark) = mark else { return };
            let start = mark
                .get_attribute("data-start")
                .and_then(|v| v.parse::<usize>().ok());
            let Some(start) = start else { return };
            // A nested mark may start where its outer one does: the actor tells them apart.
            let id = mark.get_attribute("data-actor").unwrap_or_default();
            let first = doc.marks.partition_point(|m| m.span.start < start);
            let found = doc.marks[first..]
                .iter()
                .take_while(|m| m.span.start == start)
                .position(|m| doc.report.actors.get(m.actor).is_some_and(|a| a.id == id));
            if let Some(i) = found.map(|k| first + k) {
                tip.set(Some(i));
                if let (Some(t), Some(c)) = (
                    tip_ref.cast::<HtmlElement>(),
                    container.cast::<HtmlElement>(),
                ) {
                    let r = mark.get_bounding_client_rect();
                    let cr = c.get_bounding_client_rect();
                    let left = r.left() - cr.left() + c.scroll_left() as f64;
                    let top = r.bottom() - cr.top() + c.scroll_top() as f64 + 4.0;
                    let _ = t.style().set_property("left", &format!("{left:.0}px"));
                    let _ = t.style().set_property("top", &format!("{top:.0}px"));
                }
            }
        })
    };
    let hide_tip = {
        let tip = tip.clone();
        Callback::from(move |_: Event| tip.set(None))
    };

    let mut classes = classes!("ra-reader", props.actor.is_some().then_some("has-sel"));
    for (i, kind) in KINDS.iter().enumerate() {
        if props.hidden[i] {
            classes.push(format!("hide-{}", kind_name(*kind)));
        }
    }
    let tip_text = tip
        .and_then(|i| doc.marks.get(i))
        .and_then(|m| doc.report.actors.get(m.actor))
        .map(describe);
    html! {
        <div class={classes} ref={container} onscroll={on_scroll} tabindex="0"
             data-testid="reader" data-virtual={virtualised.to_string()}
             data-first={first.to_string()} data-last={last.to_string()}
             onmouseover={show_tip.reform(|e: MouseEvent| e.into())} onfocusin={show_tip.reform(|e: FocusEvent| e.into())}
             onmouseout={hide_tip.reform(|e: MouseEvent| e.into())} onfocusout={hide_tip.reform(|e: FocusEvent| e.into())}>
            // The blocks are a keyed list of their own: flattened among the spacers, a change
            // in their number made Yew (which matches unkeyed children from the end) turn the
            // top spacer into a block (a heading's `div` kept the spacer's height) and make a
            // new spacer without its height until the effect below; the browser moved the view
            // to the top in between.
            <div class="ra-spacer" ref={top_spacer} aria-hidden="true"></div>
            <>{ for (first..last).map(|b| render_block(props, b)) }</>
            <div class="ra-spacer" ref={bottom_spacer} aria-hidden="true"></div>
            <div class="ra-tip" role="tooltip" id="ra-tip" ref={tip_ref} hidden={tip_text.is_none()}>
                { tip_text.unwrap_or_default() }
            </div>
        </div>
    }
}

/// "Name — role (kind)" for titles and the tooltip.
pub fn describe(actor: &report_core::Actor) -> String {
    match &actor.role {
        Some(role) => format!("{} — {role}", actor.name),
        None => format!("{} ({})", actor.name, kind_name(actor.kind)),
    }
}

fn render_text(props: &ReaderProps, span: Span, marks: std::ops::Range<usize>) -> Html {
    let doc = &props.doc;
    segments(span, &doc.marks, marks)
        .into_iter()
        .map(|seg| match seg.mark {
            None => html! { { doc.slice(seg.span).to_string() } },
            Some(i) => {
                let m = doc.marks[i];
                let actor = &doc.report.actors[m.actor];
                let selected = props.actor == Some(m.actor);
                // A mention inside this one (the committee in its chair's apposition) is a
                // mark inside this mark.
                let inner = nested_in(&doc.marks, i);
                html! {
                    <mark data-actor={actor.id.clone()} data-kind={kind_name(actor.kind)}
                          data-start={m.span.start.to_string()}
                          class={classes!("m", selected.then_some("sel"))}
                          title={describe(actor)} aria-describedby="ra-tip"
                          tabindex={if selected { "0" } else { "-1" }}>
                        { render_text(props, seg.span, inner) }
                    </mark>
                }
            }
        })
        .collect()
}

fn render_block(props: &ReaderProps, b: usize) -> Html {
    let doc = &props.doc;
    let block = &doc.blocks[b];
    let dim = props.actor.is_some_and(|a| {
        block.section.is_some_and(|s| {
            doc.counts
                .get(a)
                .and_then(|r| r.get(s))
                .copied()
                .unwrap_or(0)
                == 0
        })
    });
    let class = classes!("ra-block", dim.then_some("dim"));
    let marks = block.marks.clone();
    match block.kind {
        BlockKind::Heading(s) => {
            let section = &doc.sections[s];
            let h = Span::new(
                section.heading.start.max(block.span.start),
                section
                    .heading
                    .end
                    .min(block.span.end)
                    .max(section.heading.start.max(block.span.start)),
            );
            let text = doc.slice(Span::new(h.end, block.span.end));
            let rest_start = block.span.end - text.trim_start().len();
            let tag = format!("h{}", (section.level + 2).min(6));
            html! {
                <div key={b} class={class} data-block={b.to_string()} data-section={s.to_string()}>
                    <@{tag} id={format!("section-{s}")} class="ra-h">{ render_text(props, h, marks.clone()) }</@>
                    if rest_start < block.span.end {
                        <p>{ render_text(props, Span::new(rest_start, block.span.end), marks) }</p>
                    }
                </div>
            }
        }
        BlockKind::List => {
            let mut pos = block.span.start;
            let items: Html = doc
                .slice(block.span)
                .split('\n')
                .map(|line| {
                    let span = Span::new(pos, pos + line.len());
                    pos += line.len() + 1;
                    html! { <li>{ render_text(props, span, marks.clone()) }</li> }
                })
                .collect();
            html! { <ul key={b} class={class} data-block={b.to_string()}>{ items }</ul> }
        }
        BlockKind::Paragraph => html! {
            <p key={b} class={class} data-block={b.to_string()}>{ render_text(props, block.span, marks) }</p>
        },
    }
}
