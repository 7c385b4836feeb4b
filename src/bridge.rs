//! The page's side of the analysis worker: starts it on first use, queues requests until it is
//! ready, and falls back to analysing on the main thread when no worker can start (a host page
//! whose policy forbids workers, say). Native builds (the SSR tests) always analyse inline.

use report_core::Report;
use yew::Callback;

/// What comes back from an analysis.
#[derive(Debug)]
pub enum Outcome {
    /// Part of the way (0..=1).
    Progress(u32, f64),
    /// The report.
    Done(u32, Box<Report>),
    /// Decoding failed; a message for people.
    Failed(u32, String),
}

/// A file to analyse.
pub struct Job {
    /// Request id; outcomes carry it.
    pub id: u32,
    /// File name.
    pub name: String,
    /// The bytes (a JS ArrayBuffer in the browser, so that it can be transferred).
    #[cfg(target_arch = "wasm32")]
    pub buffer: js_sys::ArrayBuffer,
    /// The bytes.
    #[cfg(not(target_arch = "wasm32"))]
    pub buffer: Vec<u8>,
    /// A custom actor list as JSON.
    pub actors: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    /// Analyses inline.
    pub struct Analyzer {
        on_outcome: Callback<Outcome>,
    }

    impl Analyzer {
        /// A new analyser reporting to `on_outcome`.
        pub fn new(on_outcome: Callback<Outcome>, _worker_url: Option<String>) -> Analyzer {
            Analyzer { on_outcome }
        }
        /// Analyses a job.
        pub fn submit(&mut self, job: Job) {
            let outcome =
                match crate::protocol::analyze(&job.buffer, &job.name, job.actors.as_deref()) {
                    Ok(r) => Outcome::Done(job.id, Box::new(r)),
                    Err(e) => Outcome::Failed(job.id, e),
                };
            self.on_outcome.emit(outcome);
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

    #[wasm_bindgen(
        inline_js = "export function ra_base_url() { return new URL('../../', import.meta.url).href; }"
    )]
    extern "C" {
        // The directory the page's module was served from: wasm-bindgen puts inline snippets two
        // levels below it (`snippets/<crate>/inline0.js`), and trunk puts the worker beside it.
        fn ra_base_url() -> String;
    }

    enum Mode {
        Starting(Worker, Vec<Job>),
        Ready(Worker),
        Inline,
    }

    struct Shared {
        mode: Mode,
        on_outcome: Callback<Outcome>,
    }

    /// The worker and its queue.
    pub struct Analyzer {
        shared: Rc<RefCell<Shared>>,
        _closures: Vec<Closure<dyn FnMut(JsValue)>>,
    }

    fn run_inline(job: Job, on_outcome: &Callback<Outcome>) {
        let bytes = Uint8Array::new(&job.buffer).to_vec();
        let outcome = match crate::protocol::analyze(&bytes, &job.name, job.actors.as_deref()) {
            Ok(r) => Outcome::Done(job.id, Box::new(r)),
            Err(e) => Outcome::Failed(job.id, e),
        };
        on_outcome.emit(outcome);
    }

    fn post(worker: &Worker, job: Job) {
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"type".into(), &"analyze".into());
        let _ = Reflect::set(&msg, &"id".into(), &job.id.into());
        let _ = Reflect::set(&msg, &"name".into(), &job.name.into());
        let _ = Reflect::set(&msg, &"bytes".into(), &job.buffer);
        if let Some(a) = job.actors {
            let _ = Reflect::set(&msg, &"actors".into(), &a.into());
        }
        let _ = worker.post_message_with_transfer(&msg, &Array::of1(&job.buffer));
    }

    impl Analyzer {
        /// Starts the worker (from `worker_url` or beside the page's module).
        pub fn new(on_outcome: Callback<Outcome>, worker_url: Option<String>) -> Analyzer {
            let url =
                worker_url.unwrap_or_else(|| format!("{}analysis-worker_loader.js", ra_base_url()));
            let opts = WorkerOptions::new();
            opts.set_type(WorkerType::Module);
            let worker = match Worker::new_with_options(&url, &opts) {
                Ok(w) => w,
                Err(_) => {
                    return Analyzer {
                        shared: Rc::new(RefCell::new(Shared {
                            mode: Mode::Inline,
                            on_outcome,
                        })),
                        _closures: Vec::new(),
                    }
                }
            };
            let shared = Rc::new(RefCell::new(Shared {
                mode: Mode::Starting(worker.clone(), Vec::new()),
                on_outcome,
            }));
            let on_message = {
                let shared = shared.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
                    let data = e.unchecked_into::<MessageEvent>().data();
                    let get = |k: &str| {
                        Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
                    };
                    let id = get("id").as_f64().unwrap_or(0.0) as u32;
                    let on_outcome = shared.borrow().on_outcome.clone();
                    match get("type").as_string().as_deref() {
                        Some("ready") => {
                            let mut s = shared.borrow_mut();
                            if let Mode::Starting(w, queue) =
                                std::mem::replace(&mut s.mode, Mode::Inline)
                            {
                                for job in queue {
                                    post(&w, job);
                                }
                                s.mode = Mode::Ready(w);
                            }
                        }
                        Some("progress") => on_outcome.emit(Outcome::Progress(
                            id,
                            get("fraction").as_f64().unwrap_or(0.5),
                        )),
                        Some("done") => {
                            let bytes = Uint8Array::new(&get("text")).to_vec();
                            let json = get("report").as_string().unwrap_or_default();
                            let outcome = String::from_utf8(bytes)
                                .map_err(|e| e.to_string())
                                .and_then(|text| crate::protocol::join(text, &json));
                            on_outcome.emit(match outcome {
                                Ok(r) => Outcome::Done(id, Box::new(r)),
                                Err(e) => Outcome::Failed(id, e),
                            });
                        }
                        Some("error") => on_outcome.emit(Outcome::Failed(
                            id,
                            get("message").as_string().unwrap_or_default(),
                        )),
                        _ => {}
                    }
                })
            };
            // A worker that fails to load: analyse what waits, and everything after, inline.
            let on_error = {
                let shared = shared.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
                    let (queue, on_outcome) = {
                        let mut s = shared.borrow_mut();
                        let old = std::mem::replace(&mut s.mode, Mode::Inline);
                        let queue = match old {
                            Mode::Starting(w, q) => {
                                w.terminate();
                                q
                            }
                            Mode::Ready(w) => {
                                w.terminate();
                                Vec::new()
                            }
                            Mode::Inline => Vec::new(),
                        };
                        (queue, s.on_outcome.clone())
                    };
                    for job in queue {
                        run_inline(job, &on_outcome);
                    }
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            Analyzer {
                shared,
                _closures: vec![on_message, on_error],
            }
        }

        /// Analyses a job in the worker (or inline when there is none).
        pub fn submit(&mut self, job: Job) {
            let mut s = self.shared.borrow_mut();
            match &mut s.mode {
                Mode::Starting(_, queue) => queue.push(job),
                Mode::Ready(w) => post(w, job),
                Mode::Inline => {
                    let on_outcome = s.on_outcome.clone();
                    drop(s);
                    run_inline(job, &on_outcome);
                }
            }
        }
    }

    impl Drop for Analyzer {
        fn drop(&mut self) {
            if let Mode::Ready(w) | Mode::Starting(w, _) = &self.shared.borrow().mode {
                w.terminate();
            }
        }
    }
}

pub use imp::Analyzer;
