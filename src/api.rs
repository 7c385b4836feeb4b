//! The JavaScript API: `analyze(textOrBytes, options)` for a developer's own scripts.
//!
//! The analysis runs in a worker of its own (started on the first call, then reused), which
//! answers with the report as JSON text: the documented schema plus `start16`/`end16` beside
//! every byte range (see `report_worker::api`). Options are checked there too, so a typo gives
//! the same message as before the work moved off the main thread.

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::bridge::{default_worker_url, field, start_worker};
    use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{MessageEvent, Worker};

    /// The API's worker and the promises waiting for it.
    struct Calls {
        worker: Worker,
        next: u32,
        waiting: HashMap<u32, (Function, Function)>,
        /// Requests made before the worker said `ready`: a message that arrives while its
        /// module is still loading would find no handler and be lost.
        queue: Option<Vec<Object>>,
    }

    impl Calls {
        fn post(&mut self, msg: Object) {
            match &mut self.queue {
                Some(queue) => queue.push(msg),
                None => {
                    let buffer = Reflect::get(&msg, &"bytes".into()).unwrap_or(JsValue::UNDEFINED);
                    let _ = self
                        .worker
                        .post_message_with_transfer(&msg, &Array::of1(&buffer));
                }
            }
        }
    }

    thread_local! {
        static CALLS: RefCell<Option<Calls>> = const { RefCell::new(None) };
    }

    fn settle(data: JsValue) {
        let id = field(&data, "id").as_f64().unwrap_or(0.0) as u32;
        let kind = field(&data, "type").as_string();
        if kind.as_deref() == Some("ready") {
            CALLS.with(|c| {
                if let Some(calls) = c.borrow_mut().as_mut() {
                    for msg in calls.queue.take().unwrap_or_default() {
                        calls.post(msg);
                    }
                }
            });
            return;
        }
        let Some((resolve, reject)) =
            CALLS.with(|c| c.borrow_mut().as_mut().and_then(|c| c.waiting.remove(&id)))
        else {
            return;
        };
        let _ = match kind.as_deref() {
            Some("api-done") => {
                let json = field(&data, "json").as_string().unwrap_or_default();
                match js_sys::JSON::parse(&json) {
                    Ok(value) => resolve.call1(&JsValue::NULL, &value),
                    Err(e) => reject.call1(&JsValue::NULL, &e),
                }
            }
            _ => {
                let message = field(&data, "message").as_string().unwrap_or_default();
                reject.call1(&JsValue::NULL, &js_sys::Error::new(&message))
            }
        };
    }

    fn start() -> Result<Calls, String> {
        let worker = start_worker(&default_worker_url())?;
        let on_message = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
            settle(e.unchecked_into::<MessageEvent>().data())
        });
        // A worker that cannot load rejects what waits; the next call tries a new one.
        let on_error = Closure::<dyn FnMut(JsValue)>::new(|_e: JsValue| {
            let Some(calls) = CALLS.with(|c| c.borrow_mut().take()) else {
                return;
            };
            calls.worker.terminate();
            let error = js_sys::Error::new("the analysis worker could not be loaded");
            for (_, reject) in calls.waiting.into_values() {
                let _ = reject.call1(&JsValue::NULL, &error);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The handlers live as long as the page.
        on_message.forget();
        on_error.forget();
        Ok(Calls {
            worker,
            next: 1,
            waiting: HashMap::new(),
            queue: Some(Vec::new()),
        })
    }

    fn input_bytes(input: &JsValue) -> Result<Uint8Array, JsError> {
        if let Some(text) = input.as_string() {
            return Ok(Uint8Array::from(text.as_bytes()));
        }
        if let Some(bytes) = input.dyn_ref::<Uint8Array>() {
            // A copy: the caller's array stays theirs, the copy's buffer is transferred.
            return Ok(Uint8Array::new(bytes));
        }
        if let Some(buffer) = input.dyn_ref::<js_sys::ArrayBuffer>() {
            return Ok(Uint8Array::new(&Uint8Array::new(buffer)));
        }
        Err(JsError::new(
            "analyze expects a string, a Uint8Array or an ArrayBuffer",
        ))
    }

    /// Analyses a report for JavaScript.
    ///
    /// `input` is a string (encoded as UTF-8 first, so the result is the same as for the file's
    /// bytes), a `Uint8Array` or an `ArrayBuffer`; `options` is `undefined`, `null` or an
    /// options object (`actors`, `language`, `fileName`). Resolves to the report; a binary
    /// file or a typo in the options rejects with an `Error` whose message says why.
    #[wasm_bindgen]
    pub async fn analyze(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let bytes = input_bytes(&input)?;
        let options = if options.is_undefined() || options.is_null() {
            None
        } else {
            js_sys::JSON::stringify(&options)?.as_string()
        };
        let promise = CALLS.with(|cell| -> Result<Promise, JsValue> {
            let mut cell = cell.borrow_mut();
            if cell.is_none() {
                *cell = Some(start().map_err(|e| js_sys::Error::new(&e))?);
            }
            let Some(calls) = cell.as_mut() else {
                return Err(js_sys::Error::new("no worker").into());
            };
            let id = calls.next;
            calls.next += 1;
            let mut parts = None;
            let promise = Promise::new(&mut |resolve, reject| parts = Some((resolve, reject)));
            if let Some(parts) = parts {
                calls.waiting.insert(id, parts);
            }
            let msg = Object::new();
            Reflect::set(&msg, &"type".into(), &"api".into())?;
            Reflect::set(&msg, &"id".into(), &id.into())?;
            Reflect::set(&msg, &"bytes".into(), &bytes.buffer())?;
            if let Some(options) = options {
                Reflect::set(&msg, &"options".into(), &options.into())?;
            }
            calls.post(msg);
            Ok(promise)
        })?;
        JsFuture::from(promise).await
    }
}

#[cfg(target_arch = "wasm32")]
pub use imp::analyze;
