//! The drop zone: drag and drop, a file input, and a box to paste text into.

use crate::i18n::Lang;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Called with a dropped or chosen file.
    pub on_file: Callback<File>,
    /// Called with pasted text.
    pub on_text: Callback<String>,
    /// UI language.
    pub lang: Lang,
    /// Smaller, once a document is open.
    #[prop_or_default]
    pub compact: bool,
}

/// Accepts a dropped, chosen or pasted report.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let t = props.lang.t();
    let dragging = use_state(|| false);
    let paste = use_node_ref();
    let on_change = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let on_file = props.on_file.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|files| files.get(0))
            {
                on_file.emit(file);
            }
        })
    };
    let on_paste = {
        let on_text = props.on_text.clone();
        let paste = paste.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                let text = area.value();
                if !text.trim().is_empty() {
                    on_text.emit(text);
                    area.set_value("");
                }
            }
        })
    };
    html! {
        <div
            class={classes!("ra-drop", dragging.then_some("dragging"), props.compact.then_some("compact"))}
            data-testid="drop-zone"
            ondragenter={on_drag_over.clone()}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <label class="ra-drop-label">
                <span class="ra-drop-icon" aria-hidden="true">{ "⇩" }</span>
                <span>{ t.drop_here }</span>
                <input type="file" accept=".txt,.md,.text,text/plain,.json,application/json" onchange={on_change} />
            </label>
            <details class="ra-paste">
                <summary>{ t.paste_label }</summary>
                <textarea ref={paste} rows="6" aria-label={t.paste_label} />
                <button type="button" onclick={on_paste}>{ t.paste_button }</button>
            </details>
        </div>
    }
}
