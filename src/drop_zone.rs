//! The drop zone: a file input plus drag and drop, reading the file's bytes in the browser.

use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// A file read into memory.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedFile {
    /// The file's name.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Called with the file once it is read.
    pub on_file: Callback<LoadedFile>,
    /// Called with a message when a file cannot be read.
    pub on_error: Callback<String>,
}

fn read(file: File, on_file: Callback<LoadedFile>, on_error: Callback<String>) {
    yew::platform::spawn_local(async move {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                on_file.emit(LoadedFile {
                    name: file.name(),
                    bytes,
                });
            }
            Err(_) => on_error.emit(format!("could not read {}", file.name())),
        }
    });
}

/// Accepts a dropped or chosen file.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let dragging = use_state(|| false);
    let on_change = {
        let (on_file, on_error) = (props.on_file.clone(), props.on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read(file, on_file.clone(), on_error.clone());
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
        let (on_file, on_error) = (props.on_file.clone(), props.on_error.clone());
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|files| files.get(0))
            {
                read(file, on_file.clone(), on_error.clone());
            }
        })
    };
    html! {
        <div
            class={classes!("drop-zone", dragging.then_some("dragging"))}
            data-testid="drop-zone"
            ondragenter={on_drag_over.clone()}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <label>
                <span>{ "Drop a report here, or choose a file" }</span>
                <input type="file" accept=".txt,.md,text/plain" onchange={on_change} />
            </label>
        </div>
    }
}
