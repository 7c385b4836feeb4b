//! The worker's message loop (see the crate documentation for the messages).

use crate::{api, outline_parts, skeleton_json, structure, STAGED_FROM};
use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
use report_core::Report;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// A reply under construction.
struct Reply(Object);

impl Reply {
    fn new(kind: &str, id: &JsValue) -> Reply {
        let o = Object::new();
        let _ = Reflect::set(&o, &"type".into(), &kind.into());
        let _ = Reflect::set(&o, &"id".into(), id);
        Reply(o)
    }

    fn set(self, key: &str, value: &JsValue) -> Reply {
        let _ = Reflect::set(&self.0, &key.into(), value);
        self
    }

    /// Posts it, transferring the buffers of `arrays`.
    fn post(self, scope: &DedicatedWorkerGlobalScope, arrays: &[&JsValue]) {
        let transfer = Array::new();
        for a in arrays {
            if let Ok(buffer) = Reflect::get(a, &"buffer".into()) {
                transfer.push(&buffer);
            }
        }
        let _ = scope.post_message_with_transfer(&self.0, &transfer);
    }
}

/// The first half of a report as message fields: text, JSON, packed outline.
struct Structured {
    text: JsValue,
    report: String,
    sections: JsValue,
    labels: String,
}

impl Structured {
    fn of(report: &Report) -> Structured {
        let (sections, labels) = outline_parts(report);
        Structured {
            text: Uint8Array::from(report.text.as_bytes()).into(),
            report: skeleton_json(report),
            sections: Uint32Array::from(&sections[..]).into(),
            labels,
        }
    }

    fn onto(self, reply: Reply) -> Reply {
        reply
            .set("text", &self.text)
            .set("report", &self.report.into())
            .set("sections", &self.sections)
            .set("labels", &self.labels.into())
    }
}

fn progress(scope: &DedicatedWorkerGlobalScope, id: &JsValue, fraction: f64, stage: &str) {
    Reply::new("progress", id)
        .set("fraction", &fraction.into())
        .set("stage", &stage.into())
        .post(scope, &[]);
}

fn analyze(
    scope: &DedicatedWorkerGlobalScope,
    id: &JsValue,
    bytes: &[u8],
    name: &str,
    actors: Option<&str>,
) {
    progress(scope, id, 0.1, "structure");
    let structure = match structure(bytes, name, actors) {
        Ok(s) => s,
        Err(message) => {
            return Reply::new("error", id)
                .set("message", &message.into())
                .post(scope, &[]);
        }
    };
    let staged = bytes.len() >= STAGED_FROM;
    let first = Structured::of(structure.report());
    let first = if staged {
        let arrays = [first.text.clone(), first.sections.clone()];
        first
            .onto(Reply::new("structure", id))
            .post(scope, &[&arrays[0], &arrays[1]]);
        progress(scope, id, 0.4, "actors");
        None
    } else {
        Some(first)
    };
    let report = structure.finish();
    let packed = report_core::packed::pack(&report);
    drop(report);
    let mentions: JsValue = Uint32Array::from(&packed.mentions[..]).into();
    let statements: JsValue = Uint32Array::from(&packed.statements[..]).into();
    let mut done = Reply::new("done", id)
        .set("actors", &json(&packed.actors).into())
        .set("verbs", &json(&packed.verbs).into())
        .set("mentions", &mentions)
        .set("statements", &statements);
    let mut arrays = vec![mentions.clone(), statements.clone()];
    if let Some(first) = first {
        arrays.extend([first.text.clone(), first.sections.clone()]);
        done = first.onto(done);
    }
    done.post(scope, &arrays.iter().collect::<Vec<_>>());
}

/// JSON text; an error becomes `null`, which the page reports as a damaged message.
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// Starts answering messages.
pub fn worker_main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let get =
            |k: &str| Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
        let id = get("id");
        let bytes = Uint8Array::new(&get("bytes")).to_vec();
        match get("type").as_string().as_deref() {
            Some("analyze") => {
                let name = get("name").as_string().unwrap_or_default();
                let actors = get("actors").as_string();
                analyze(&reply_scope, &id, &bytes, &name, actors.as_deref());
            }
            Some("api") => {
                let options = get("options").as_string();
                match api::analyze_json(&bytes, options.as_deref()) {
                    Ok(json) => Reply::new("api-done", &id).set("json", &json.into()),
                    Err(message) => Reply::new("error", &id).set("message", &message.into()),
                }
                .post(&reply_scope, &[]);
            }
            _ => {}
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Requests that arrive meanwhile wait in the event queue; the page queues its own until
    // `ready` anyway.
    let _ = crate::warm_up::run();
    let _ = scope.post_message(&Reply::new("ready", &JsValue::UNDEFINED).0);
}
