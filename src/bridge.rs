//! The page's side of the analysis worker (`crates/report-worker`): starts it on first use,
//! queues requests until it is ready, and puts the report back together from its messages.
//! The page itself carries no analysis code (that keeps its download small), so when no worker
//! can start (a host page whose policy forbids workers, say) a request fails with a message.
//! Native builds (the SSR tests) analyse inline.

use report_core::Report;
use yew::Callback;

/// What comes back from an analysis.
#[derive(Debug)]
pub enum Outcome {
    /// Part of the way (0..=1).
    Progress(u32, f64),
    /// The report without actors and statements yet (big files only): show the outline.
    Structure(u32, Box<Report>),
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
    use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
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

    /// Where the worker's module is, unless the host says otherwise.
    pub fn default_worker_url() -> String {
        format!("{}analysis-worker_loader.js", ra_base_url())
    }

    /// A module worker at `url`, or why it cannot start.
    pub fn start_worker(url: &str) -> Result<Worker, String> {
        let opts = WorkerOptions::new();
        opts.set_type(WorkerType::Module);
        Worker::new_with_options(url, &opts).map_err(|e| {
            format!(
                "the analysis cannot start: this page needs a Web Worker ({})",
                e.as_string().unwrap_or_else(|| "blocked".into())
            )
        })
    }

    /// Resolves in a later task of the event loop: heavy steps awaited one after another
    /// become separate tasks, so input and painting can run between them.
    pub async fn next_task() {
        let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::window() {
            Some(window) => {
                let _ = window.set_timeout_with_callback(&resolve);
            }
            None => {
                let _ = resolve.call0(&JsValue::NULL);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    /// A field of a message.
    pub fn field(data: &JsValue, key: &str) -> JsValue {
        Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    enum Mode {
        Starting(Worker, Vec<Job>),
        Ready(Worker),
        Unavailable(String),
    }

    struct Shared {
        mode: Mode,
        on_outcome: Callback<Outcome>,
        /// The report of a `structure` message, waiting for its actors.
        pending: Option<(u32, Report)>,
        /// Messages not yet taken in, in order.
        inbox: std::collections::VecDeque<JsValue>,
        /// Whether a task is taking in messages.
        reading: bool,
    }

    /// The worker and its queue.
    pub struct Analyzer {
        shared: Rc<RefCell<Shared>>,
        _closures: Vec<Closure<dyn FnMut(JsValue)>>,
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

    /// The text and report of a `structure` or small `done` message. The text's copy and the
    /// JSON's parse each take tens of milliseconds for 10 MB: separate tasks.
    async fn report_of(data: &JsValue) -> Result<Report, String> {
        let bytes = Uint8Array::new(&field(data, "text")).to_vec();
        let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
        next_task().await;
        let json = field(data, "report").as_string().unwrap_or_default();
        let labels = field(data, "labels").as_string().unwrap_or_default();
        let sections = Uint32Array::new(&field(data, "sections")).to_vec();
        crate::protocol::report_from_parts(text, &json, &sections, &labels)
    }

    /// The whole report from a `done` message and what came before it.
    async fn finish(
        data: &JsValue,
        id: u32,
        pending: Option<(u32, Report)>,
    ) -> Result<Report, String> {
        let mut report = match pending {
            Some((p, report)) if p == id && field(data, "text").is_undefined() => report,
            _ => report_of(data).await?,
        };
        next_task().await;
        let text = |k: &str| field(data, k).as_string().unwrap_or_default();
        let numbers = |k: &str| Uint32Array::new(&field(data, k)).to_vec();
        let packed = crate::protocol::packed(
            &text("actors"),
            &text("verbs"),
            numbers("mentions"),
            numbers("statements"),
        )?;
        // Copying and parsing the parts, and making a mention of every number, each take
        // tens of milliseconds for 10 MB: separate tasks.
        next_task().await;
        packed.unpack_into(&mut report)?;
        Ok(report)
    }

    fn on_message(shared: Rc<RefCell<Shared>>, data: JsValue) {
        // Rebuilding a big report takes a while: in tasks of its own, after this one, and one
        // message after the other (a `done` must find its `structure` taken in).
        let start = {
            let mut s = shared.borrow_mut();
            s.inbox.push_back(data);
            !std::mem::replace(&mut s.reading, true)
        };
        if start {
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    let next = shared.borrow_mut().inbox.pop_front();
                    let Some(data) = next else { break };
                    next_task().await;
                    take_message(&shared, data).await;
                }
                shared.borrow_mut().reading = false;
            });
        }
    }

    async fn take_message(shared: &Rc<RefCell<Shared>>, data: JsValue) {
        let id = field(&data, "id").as_f64().unwrap_or(0.0) as u32;
        let on_outcome = shared.borrow().on_outcome.clone();
        let outcome = match field(&data, "type").as_string().as_deref() {
            Some("ready") => {
                let mut s = shared.borrow_mut();
                if let Mode::Starting(w, queue) =
                    std::mem::replace(&mut s.mode, Mode::Unavailable(String::new()))
                {
                    for job in queue {
                        post(&w, job);
                    }
                    s.mode = Mode::Ready(w);
                }
                return;
            }
            Some("progress") => {
                Outcome::Progress(id, field(&data, "fraction").as_f64().unwrap_or(0.5))
            }
            Some("structure") => match report_of(&data).await {
                Ok(report) => {
                    next_task().await;
                    // The page gets its own copy; this one waits for the actors.
                    shared.borrow_mut().pending = Some((id, report.clone()));
                    Outcome::Structure(id, Box::new(report))
                }
                Err(e) => Outcome::Failed(id, e),
            },
            Some("done") => {
                let pending = shared.borrow_mut().pending.take();
                match finish(&data, id, pending).await {
                    Ok(report) => Outcome::Done(id, Box::new(report)),
                    Err(e) => Outcome::Failed(id, e),
                }
            }
            Some("error") => {
                Outcome::Failed(id, field(&data, "message").as_string().unwrap_or_default())
            }
            _ => return,
        };
        on_outcome.emit(outcome);
    }

    impl Analyzer {
        /// Starts the worker (from `worker_url` or beside the page's module).
        pub fn new(on_outcome: Callback<Outcome>, worker_url: Option<String>) -> Analyzer {
            let url = worker_url.unwrap_or_else(default_worker_url);
            let worker = match start_worker(&url) {
                Ok(w) => w,
                Err(why) => {
                    return Analyzer {
                        shared: Rc::new(RefCell::new(Shared {
                            mode: Mode::Unavailable(why),
                            on_outcome,
                            pending: None,
                            inbox: Default::default(),
                            reading: false,
                        })),
                        _closures: Vec::new(),
                    }
                }
            };
            let shared = Rc::new(RefCell::new(Shared {
                mode: Mode::Starting(worker.clone(), Vec::new()),
                on_outcome,
                pending: None,
                inbox: Default::default(),
                reading: false,
            }));
            let on_message_closure = {
                let shared = shared.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
                    on_message(shared.clone(), e.unchecked_into::<MessageEvent>().data())
                })
            };
            // A worker that fails to load: what waits, and everything after, fails with a reason.
            let on_error = {
                let shared = shared.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
                    let why = "the analysis worker could not be loaded".to_string();
                    let (queue, on_outcome) = {
                        let mut s = shared.borrow_mut();
                        let old = std::mem::replace(&mut s.mode, Mode::Unavailable(why.clone()));
                        let queue = match old {
                            Mode::Starting(w, q) => {
                                w.terminate();
                                q
                            }
                            Mode::Ready(w) => {
                                w.terminate();
                                Vec::new()
                            }
                            Mode::Unavailable(_) => Vec::new(),
                        };
                        (queue, s.on_outcome.clone())
                    };
                    for job in queue {
                        on_outcome.emit(Outcome::Failed(job.id, why.clone()));
                    }
                })
            };
            worker.set_onmessage(Some(on_message_closure.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            Analyzer {
                shared,
                _closures: vec![on_message_closure, on_error],
            }
        }

        /// Analyses a job in the worker.
        pub fn submit(&mut self, job: Job) {
            let mut s = self.shared.borrow_mut();
            match &mut s.mode {
                Mode::Starting(_, queue) => queue.push(job),
                Mode::Ready(w) => post(w, job),
                Mode::Unavailable(why) => {
                    let outcome = Outcome::Failed(job.id, why.clone());
                    let on_outcome = s.on_outcome.clone();
                    drop(s);
                    on_outcome.emit(outcome);
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

/// In the browser, resolves in a later task of the event loop ([`next_task`]); natively (the
/// SSR tests), at once.
pub async fn later() {
    #[cfg(target_arch = "wasm32")]
    imp::next_task().await;
}

/// The output of a future that never waits (natively, [`later`] does not).
#[cfg(not(target_arch = "wasm32"))]
pub fn now<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}
#[cfg(target_arch = "wasm32")]
pub use imp::{default_worker_url, field, next_task, start_worker};
