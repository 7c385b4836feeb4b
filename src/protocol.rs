//! The messages between the page and the analysis worker.
//!
//! Page → worker: `{type: "analyze", id, name, bytes: ArrayBuffer (transferred), actors?: JSON}`.
//! Worker → page: `{type: "ready"}`, `{type: "progress", id, fraction}`,
//! `{type: "done", id, text: Uint8Array (transferred), report: JSON of the Report without its
//! text}`, or `{type: "error", id, message}`. The text travels as bytes because a 10 MB string
//! inside JSON would have to be escaped, copied and parsed again on the main thread.

use report_core::{ActorList, Config, Report};

/// Runs the analysis the way the worker does; also the page's fallback when no worker starts.
pub fn analyze(bytes: &[u8], name: &str, actors: Option<&str>) -> Result<Report, String> {
    let actors = match actors {
        Some(json) => {
            Some(serde_json::from_str::<ActorList>(json).map_err(|e| format!("actor list: {e}"))?)
        }
        None => None,
    };
    let config = Config {
        file_name: Some(name.to_string()),
        actors,
    };
    report_core::analyze(bytes, &config).map_err(|e| e.to_string())
}

/// Splits a report into its text and the JSON of the rest.
pub fn split(mut report: Report) -> (String, String) {
    let text = std::mem::take(&mut report.text);
    let json = serde_json::to_string(&report).unwrap_or_default();
    (text, json)
}

/// Joins what [`split`] made.
pub fn join(text: String, json: &str) -> Result<Report, String> {
    let mut report: Report = serde_json::from_str(json).map_err(|e| e.to_string())?;
    report.text = text;
    Ok(report)
}

/// The worker's entry point: answers `analyze` messages.
#[cfg(target_arch = "wasm32")]
pub fn worker_main() {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let get =
            |k: &str| Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
        if get("type").as_string().as_deref() != Some("analyze") {
            return;
        }
        let id = get("id");
        let name = get("name").as_string().unwrap_or_default();
        let actors = get("actors").as_string();
        let bytes = Uint8Array::new(&get("bytes")).to_vec();
        let post = |msg: &Object, transfer: Option<&Array>| {
            let _ = match transfer {
                Some(t) => reply_scope.post_message_with_transfer(msg, t),
                None => reply_scope.post_message(msg),
            };
        };
        let msg = |kind: &str| {
            let o = Object::new();
            let _ = Reflect::set(&o, &"type".into(), &kind.into());
            let _ = Reflect::set(&o, &"id".into(), &id);
            o
        };
        let progress = msg("progress");
        let _ = Reflect::set(&progress, &"fraction".into(), &0.5.into());
        post(&progress, None);
        match analyze(&bytes, &name, actors.as_deref()) {
            Ok(report) => {
                let (text, json) = split(report);
                let done = msg("done");
                let array = Uint8Array::from(text.as_bytes());
                let _ = Reflect::set(&done, &"text".into(), &array);
                let _ = Reflect::set(&done, &"report".into(), &json.into());
                post(&done, Some(&Array::of1(&array.buffer())));
            }
            Err(message) => {
                let err = msg("error");
                let _ = Reflect::set(&err, &"message".into(), &message.into());
                post(&err, None);
            }
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"type".into(), &"ready".into());
    let _ = scope.post_message(&ready);
}
