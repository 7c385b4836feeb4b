//! The page: a drop zone, then the analysed document as outline, reader, actors, statements,
//! matrix and exports.

use crate::bridge::{Analyzer, Job, Outcome};
use crate::components::{
    actor_panel::ActorPanel, drop_zone::DropZone, empty_state::EmptyState, export_bar::ExportBar,
    file_header::FileHeader, matrix::Matrix, outline::Outline, progress::Progress, reader::Reader,
    statements::Statements, toolbar::Toolbar,
};
use crate::doc::DocRc;
use crate::i18n::Lang;
use crate::state::{Action, State, Theme};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The bundled example: an invented council report (no request is made to load it).
pub const SAMPLE: &str = include_str!("sample-report.txt");
/// The example's file name.
pub const SAMPLE_NAME: &str = "voorbeeld-raad-klimaat-water.txt";
/// The panels that render after the document, one task apart (see `App`).
const LAST_STAGE: u8 = 2;
/// Files larger than this are refused unless the host says otherwise.
pub const DEFAULT_MAX_BYTES: f64 = 200.0 * 1024.0 * 1024.0;

/// How a page or an embedding host configures the app. The `<report-analyzer>` custom element
/// maps its attributes onto these (see `docs/embedding.md` once it exists).
#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct AppProps {
    /// UI language: `nl`, `en`, or `None` to follow the browser.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// `light`, `dark` or `auto` (`None` = auto).
    #[prop_or_default]
    pub theme: Option<AttrValue>,
    /// Outline and actors only, for a sidebar.
    #[prop_or_default]
    pub compact: bool,
    /// A same-site report URL to load on start.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// A same-site URL of a custom actor list (JSON) to use for every analysis.
    #[prop_or_default]
    pub actors: Option<AttrValue>,
    /// Called on everything an embedding host may want to hear about.
    #[prop_or_default]
    pub on_event: Callback<AppEvent>,
    /// URL of the analysis worker's loader; by default `analysis-worker_loader.js` beside the
    /// page's module.
    #[prop_or_default]
    pub worker: Option<AttrValue>,
    /// Largest file accepted, in bytes (`None` = 200 MB).
    #[prop_or_default]
    pub max_bytes: Option<f64>,
}

/// What the app tells its host. The custom element turns each into a `CustomEvent`.
#[derive(Clone, Debug, PartialEq)]
pub enum AppEvent {
    /// A report was analysed; the detail is its metadata and counts as JSON.
    ReportLoaded(String),
    /// An actor was selected (its id).
    ActorSelected(String),
    /// A section was selected (its id).
    SectionSelected(usize),
    /// Something went wrong; a message for people.
    Error(String),
}

/// The detail of [`AppEvent::ReportLoaded`]: source, metadata and counts.
pub fn summary_json(report: &report_core::Report) -> String {
    let mentions: usize = report.actors.iter().map(|a| a.mentions.len()).sum();
    serde_json::json!({
        "source": report.source,
        "metadata": report.metadata,
        "counts": {
            "sections": report.sections().len(),
            "actors": report.actors.len(),
            "mentions": mentions,
            "statements": report.statements.len(),
            "diagnostics": report.diagnostics.len(),
        }
    })
    .to_string()
}

/// Everything the loading callbacks share.
#[derive(Clone)]
struct Loader {
    dispatch: UseReducerDispatcher<State>,
    on_event: Callback<AppEvent>,
    request: Rc<RefCell<u32>>,
    lang: Rc<RefCell<Lang>>,
    actors_json: Rc<RefCell<Option<String>>>,
    analyzer: Rc<RefCell<Option<Analyzer>>>,
    worker: Option<String>,
    /// The document of a big report's `Structure` (with its request), until its actors come.
    structure: Rc<RefCell<Option<(u32, DocRc)>>>,
    /// What the user analysed last, to analyse again when their actor list changes.
    last: Rc<RefCell<Option<Source>>>,
    /// The host's actor list (the `actors` attribute), which a removed own list gives way to.
    host_actors: Rc<RefCell<Option<String>>>,
    /// The name and size of the user's own actor list, shown under the drop zone.
    set_list: UseStateSetter<Option<(String, usize)>>,
}

/// Where a report came from, to read it again.
#[derive(Clone)]
enum Source {
    /// A chosen or dropped file (read again from the disk: no copy is kept).
    File(web_sys::File),
    /// Pasted text or the example: name and text.
    Text(String, String),
}

impl Loader {
    fn fail(&self, message: String) {
        self.on_event.emit(AppEvent::Error(message.clone()));
        self.dispatch.dispatch(Action::Failed(message));
    }

    fn outcome(&self, outcome: Outcome) {
        let t = self.lang.borrow().t();
        let current = *self.request.borrow();
        match outcome {
            Outcome::Progress(id, f) if id == current => self
                .dispatch
                .dispatch(Action::Progress(0.3 + 0.5 * f, t.analysing)),
            Outcome::Structure(id, report) if id == current => {
                if report.text.trim().is_empty() {
                    return self.fail(t.err_empty.to_string());
                }
                // A big file: the outline and the text now, the actors when they are found.
                let phase = t.finding_actors;
                let structure = self.structure.clone();
                self.show(
                    id,
                    async move { DocRc::new(*report) },
                    move |doc| {
                        *structure.borrow_mut() = Some((id, doc.clone()));
                        Action::Structure(doc, phase)
                    },
                    None,
                );
            }
            Outcome::Done(id, report) if id == current => {
                if report.text.trim().is_empty() {
                    return self.fail(t.err_empty.to_string());
                }
                let summary = summary_json(&report);
                // The actors of the report on screen: its blocks stay, and so does the
                // reader's place. Its mentions are sorted in a task of their own.
                match self.structure.borrow_mut().take() {
                    Some((sid, shown)) if sid == id => self.show(
                        id,
                        async move {
                            let marks = crate::doc::marks(&report);
                            crate::bridge::later().await;
                            DocRc::with_marks(&shown, *report, marks)
                        },
                        Action::Completed,
                        Some(summary),
                    ),
                    _ => self.show(
                        id,
                        async move { DocRc::new(*report) },
                        Action::Loaded,
                        Some(summary),
                    ),
                }
            }
            Outcome::Failed(id, message) if id == current => {
                self.fail(format!("{}: {message}", t.err_read))
            }
            _ => {}
        }
    }

    /// Indexes a report (`index`, which may wait for later tasks between its steps) and shows
    /// it; in the browser the indexing and the rendering run as separate tasks, so that neither
    /// blocks input for their sum.
    fn show(
        &self,
        id: u32,
        index: impl std::future::Future<Output = DocRc> + 'static,
        action: impl FnOnce(DocRc) -> Action + 'static,
        loaded: Option<String>,
    ) {
        let this = self.clone();
        let finish = move |doc: DocRc| {
            if *this.request.borrow() != id {
                return;
            }
            this.dispatch.dispatch(action(doc));
            if let Some(summary) = loaded {
                this.on_event.emit(AppEvent::ReportLoaded(summary));
            }
        };
        #[cfg(target_arch = "wasm32")]
        wasm_bindgen_futures::spawn_local(async move {
            crate::bridge::next_task().await;
            let doc = index.await;
            crate::bridge::next_task().await;
            finish(doc);
        });
        #[cfg(not(target_arch = "wasm32"))]
        finish(crate::bridge::now(index));
    }

    /// Starts an analysis; the newest request wins.
    #[cfg(target_arch = "wasm32")]
    fn submit(&self, name: String, buffer: js_sys::ArrayBuffer) {
        self.submit_job(name, buffer)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn submit(&self, name: String, buffer: Vec<u8>) {
        self.submit_job(name, buffer)
    }

    fn submit_job(
        &self,
        name: String,
        #[cfg(target_arch = "wasm32")] buffer: js_sys::ArrayBuffer,
        #[cfg(not(target_arch = "wasm32"))] buffer: Vec<u8>,
    ) {
        let t = self.lang.borrow().t();
        let id = {
            let mut r = self.request.borrow_mut();
            *r += 1;
            *r
        };
        *self.structure.borrow_mut() = None;
        self.dispatch
            .dispatch(Action::Loading(name.clone(), t.analysing));
        self.dispatch.dispatch(Action::Progress(0.3, t.analysing));
        let job = Job {
            id,
            name,
            buffer,
            actors: self.actors_json.borrow().clone(),
        };
        self.ensure_analyzer();
        if let Some(a) = self.analyzer.borrow_mut().as_mut() {
            a.submit(job);
        }
    }

    /// Starts the worker; done on mount, so that its files load with the page and not after.
    fn ensure_analyzer(&self) {
        let mut slot = self.analyzer.borrow_mut();
        if slot.is_none() {
            let me = self.clone();
            *slot = Some(Analyzer::new(
                Callback::from(move |o| me.outcome(o)),
                self.worker.clone(),
            ));
        }
    }

    /// Uses the user's own actor list (`None`: the built-in actors only, or the host's list),
    /// and analyses the report on screen again with it.
    fn use_actor_list(&self, list: Option<(String, String, usize)>) {
        match list {
            Some((name, json, count)) => {
                *self.actors_json.borrow_mut() = Some(json);
                self.set_list.set(Some((name, count)));
            }
            None => {
                *self.actors_json.borrow_mut() = self.host_actors.borrow().clone();
                self.set_list.set(None);
            }
        }
        let last = self.last.borrow().clone();
        let t = self.lang.borrow().t();
        match last {
            Some(Source::File(file)) => read_file(self, file, t),
            Some(Source::Text(name, text)) => self.submit_text(&name, &text),
            None => {}
        }
    }

    fn submit_text(&self, name: &str, text: &str) {
        *self.last.borrow_mut() = Some(Source::Text(name.to_string(), text.to_string()));
        #[cfg(target_arch = "wasm32")]
        self.submit(
            name.to_string(),
            js_sys::Uint8Array::from(text.as_bytes()).buffer(),
        );
        #[cfg(not(target_arch = "wasm32"))]
        self.submit(name.to_string(), text.as_bytes().to_vec());
    }
}

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| State {
        lang: props
            .lang
            .as_deref()
            .map(Lang::from_tag)
            .unwrap_or_else(Lang::from_browser),
        theme: Theme::parse(props.theme.as_deref()),
        ..Default::default()
    });
    let t = state.lang.t();
    let root = use_node_ref();
    let actor_list = use_state(|| None::<(String, usize)>);
    let lang_ref = use_mut_ref(|| state.lang);
    *lang_ref.borrow_mut() = state.lang;
    let loader = {
        let request = use_mut_ref(|| 0u32);
        let actors_json = use_mut_ref(|| None::<String>);
        let analyzer = use_mut_ref(|| None::<Analyzer>);
        let structure = use_mut_ref(|| None::<(u32, DocRc)>);
        let last = use_mut_ref(|| None::<Source>);
        let host_actors = use_mut_ref(|| None::<String>);
        Loader {
            dispatch: state.dispatcher(),
            on_event: props.on_event.clone(),
            request,
            lang: lang_ref.clone(),
            actors_json,
            analyzer,
            worker: props.worker.as_ref().map(|w| w.to_string()),
            structure,
            last,
            host_actors,
            set_list: actor_list.setter(),
        }
    };

    // The host may change language and theme at any time.
    {
        let dispatch = state.dispatcher();
        use_effect_with(
            (props.lang.clone(), props.theme.clone()),
            move |(lang, theme)| {
                if let Some(lang) = lang {
                    dispatch.dispatch(Action::SetLang(Lang::from_tag(lang)));
                }
                dispatch.dispatch(Action::SetTheme(Theme::parse(theme.as_deref())));
            },
        );
    }
    // On start: the panic net, the actor list and the report a host asked for.
    {
        let loader = loader.clone();
        let root = root.clone();
        use_effect_with(
            (props.src.clone(), props.actors.clone()),
            move |(src, actors)| {
                crate::panic::install();
                loader.ensure_analyzer();
                if let Some(el) = root.cast::<web_sys::Element>() {
                    crate::panic::register(el, loader.lang.borrow().t().err_crash);
                }
                let analyzer = loader.analyzer.clone();
                #[cfg(target_arch = "wasm32")]
                start(loader, src.clone(), actors.clone());
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (loader, src, actors);
                // Unmounted (an embedding host removed the element): stop the worker.
                move || drop(analyzer.borrow_mut().take())
            },
        );
    }
    // `#section-ID` in the address opens that section, now and whenever it changes.
    #[cfg(target_arch = "wasm32")]
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.doc.clone(), move |doc| {
            let go = {
                let dispatch = dispatch.clone();
                let n = doc.as_ref().map_or(0, |d| d.sections.len());
                move || {
                    let hash = web_sys::window()
                        .and_then(|w| w.location().hash().ok())
                        .unwrap_or_default();
                    if let Some(id) = hash
                        .strip_prefix("#section-")
                        .and_then(|v| v.parse::<usize>().ok())
                    {
                        if id < n {
                            dispatch.dispatch(Action::GoToSection(id));
                        }
                    }
                }
            };
            go();
            let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(go);
            let window = web_sys::window();
            if let Some(w) = &window {
                use wasm_bindgen::JsCast;
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = window {
                    use wasm_bindgen::JsCast;
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }

    let max_bytes = props.max_bytes.unwrap_or(DEFAULT_MAX_BYTES);
    let on_file = {
        let loader = loader.clone();
        Callback::from(move |file: web_sys::File| {
            let t = loader.lang.borrow().t();
            let size = file.size();
            if size > max_bytes {
                return loader.fail(format!(
                    "{} ({:.1} MB > {:.0} MB)",
                    t.err_too_large,
                    size / 1048576.0,
                    max_bytes / 1048576.0
                ));
            }
            if size == 0.0 {
                loader.fail(t.err_empty.to_string());
            } else {
                read_file(&loader, file, t);
            }
        })
    };
    let on_text = {
        let loader = loader.clone();
        Callback::from(move |text: String| loader.submit_text("pasted.txt", &text))
    };
    let on_example = {
        let loader = loader.clone();
        Callback::from(move |()| loader.submit_text(SAMPLE_NAME, SAMPLE))
    };
    let dispatch = state.dispatcher();
    let on_lang = {
        let d = dispatch.clone();
        Callback::from(move |l| d.dispatch(Action::SetLang(l)))
    };
    let on_theme = {
        let d = dispatch.clone();
        Callback::from(move |th| d.dispatch(Action::SetTheme(th)))
    };
    let on_dismiss = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Dismiss))
    };
    let on_section = {
        let d = dispatch.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |id: usize| {
            d.dispatch(Action::GoToSection(id));
            on_event.emit(AppEvent::SectionSelected(id));
        })
    };
    let on_actor = {
        let d = dispatch.clone();
        let on_event = props.on_event.clone();
        let doc = state.doc.clone();
        let selected = state.actor;
        Callback::from(move |a: Option<usize>| {
            d.dispatch(Action::SelectActor(a));
            if let (Some(i), Some(doc)) = (a, &doc) {
                if selected != Some(i) {
                    if let Some(actor) = doc.report.actors.get(i) {
                        on_event.emit(AppEvent::ActorSelected(actor.id.clone()));
                    }
                }
            }
        })
    };
    let on_current = {
        let d = dispatch.clone();
        Callback::from(move |c| d.dispatch(Action::Current(c)))
    };
    let on_toggle = {
        let d = dispatch.clone();
        Callback::from(move |k| d.dispatch(Action::ToggleKind(k)))
    };
    let on_filter = {
        let d = dispatch.clone();
        Callback::from(move |f| d.dispatch(Action::Filter(f)))
    };
    let on_step = {
        let d = dispatch.clone();
        Callback::from(move |s| d.dispatch(Action::Step(s)))
    };
    let on_mention = {
        let d = dispatch.clone();
        Callback::from(move |(a, i)| d.dispatch(Action::GoToMention(a, i)))
    };

    // The panels below the reader render after the outline and the text, each in a task of its
    // own (statements, then the matrix and exports), so that a big report shows its outline
    // sooner and no single task blocks the page for long. The stage belongs to one document: a
    // new one (the actors of a big report, say) starts again from none, in the very render
    // that shows it, rather than rendering every panel for it once before an effect resets them.
    let doc_key = state.doc.as_ref().map_or(0, |d| Rc::as_ptr(&d.0) as usize);
    let later = use_state_eq(|| (0usize, 0u8));
    let shown = use_mut_ref(|| 0usize);
    *shown.borrow_mut() = doc_key;
    {
        let later = later.clone();
        use_effect_with(doc_key, move |&key| {
            #[cfg(target_arch = "wasm32")]
            wasm_bindgen_futures::spawn_local(async move {
                for stage in 1..=LAST_STAGE {
                    crate::bridge::next_task().await;
                    // A newer document has its own stages.
                    if *shown.borrow() != key {
                        break;
                    }
                    later.set((key, stage));
                }
            });
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = shown;
                later.set((key, LAST_STAGE));
            }
        });
    }
    let later = if later.0 == doc_key { later.1 } else { 0 };
    let lang = state.lang;
    let compact = props.compact;
    html! {
        <div class={classes!("ra-app", format!("theme-{}", state.theme.name()), compact.then_some("compact"))}
             lang={lang.tag()} ref={root} data-testid="app">
            <header class="ra-header">
                <div class="ra-brand">
                    <h1>{ t.app_title }</h1>
                    <p class="ra-tagline">{ t.tagline }</p>
                </div>
                <Toolbar {lang} theme={state.theme} {on_lang} {on_theme} />
            </header>
            <DropZone {on_file} {on_text} {lang} compact={state.doc.is_some()} />
            if let Some((name, count)) = &*actor_list {
                <p class="ra-actor-list" role="status" data-testid="actor-list">
                    { format!("{}: {name} ({count} {})", t.actor_list, t.actors.to_lowercase()) }
                    { " " }
                    <button type="button" class="ra-link" data-testid="actor-list-remove"
                            onclick={let loader = loader.clone(); move |_| loader.use_actor_list(None)}>
                        { t.remove }
                    </button>
                </p>
            }
            if let Some(busy) = &state.busy {
                <Progress busy={busy.clone()} />
            }
            if let Some(message) = &state.error {
                <div class="ra-error" role="alert" data-testid="error">
                    <span>{ message }</span>
                    <button type="button" class="ra-link" onclick={on_dismiss}>{ t.dismiss }</button>
                </div>
            }
            if let Some(doc) = &state.doc {
                <FileHeader doc={doc.clone()} {lang} />
                <div class="ra-main">
                    <nav class="ra-outline-panel" aria-label={t.outline}>
                        <h2>{ t.outline }</h2>
                        <Outline doc={doc.clone()} current={state.current} actor={state.actor} {lang}
                                 on_select={on_section.clone()} />
                    </nav>
                    if !compact {
                        <section class="ra-reader-panel" aria-label={t.reader}>
                            <h2 class="ra-sr">{ t.reader }</h2>
                            <Reader doc={doc.clone()} actor={state.actor} hidden={state.hidden}
                                    jump={state.jump} {lang} {on_current} />
                        </section>
                    }
                    <ActorPanel doc={doc.clone()} actor={state.actor} cursor={state.cursor}
                                hidden={state.hidden} filter={state.filter.clone()} {lang}
                                on_select={on_actor.clone()} {on_toggle} {on_filter} {on_step}
                                on_section={on_section.clone()} />
                </div>
                if !compact && later >= 1 {
                    <Statements doc={doc.clone()} actor={state.actor} {lang} on_actor={on_actor.clone()}
                                on_section={on_section.clone()} />
                }
                if !compact && later >= 2 {
                    <Matrix doc={doc.clone()} actor={state.actor} {lang} {on_mention} />
                    <ExportBar doc={doc.clone()} current={state.current} {lang} />
                }
            } else if state.busy.is_none() {
                <EmptyState {lang} {on_example} />
            }
        </div>
    }
}

/// Loads the host's actor list, then its report.
#[cfg(target_arch = "wasm32")]
fn start(loader: Loader, src: Option<AttrValue>, actors: Option<AttrValue>) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    async fn fetch(url: &str) -> Result<web_sys::Response, String> {
        let window = web_sys::window().ok_or("no window")?;
        let resp = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(|e| format!("{url}: {e:?}"))?;
        let resp: web_sys::Response = resp.unchecked_into();
        if !resp.ok() {
            return Err(format!("{url}: HTTP {}", resp.status()));
        }
        Ok(resp)
    }
    if src.is_none() && actors.is_none() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let t = loader.lang.borrow().t();
        if let Some(url) = actors {
            let text = match fetch(&url).await {
                Ok(resp) => match resp.text() {
                    Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
                    Err(_) => None,
                },
                Err(e) => return loader.fail(format!("{}: {e}", t.err_actors)),
            };
            match text.map(|s| serde_json::from_str::<report_core::ActorList>(&s).map(|_| s)) {
                Some(Ok(json)) => {
                    *loader.host_actors.borrow_mut() = Some(json.clone());
                    *loader.actors_json.borrow_mut() = Some(json);
                }
                Some(Err(e)) => return loader.fail(format!("{}: {e}", t.err_actors)),
                None => return loader.fail(t.err_actors.to_string()),
            }
        }
        if let Some(url) = src {
            let name = url
                .split(['?', '#'])
                .next()
                .and_then(|p| p.rsplit('/').next())
                .filter(|n| !n.is_empty())
                .unwrap_or("report.txt")
                .to_string();
            loader
                .dispatch
                .dispatch(Action::Loading(name.clone(), t.reading));
            let buffer = match fetch(&url).await {
                Ok(resp) => match resp.array_buffer() {
                    Ok(p) => JsFuture::from(p).await.ok(),
                    Err(_) => None,
                },
                Err(e) => return loader.fail(format!("{}: {e}", t.err_fetch)),
            };
            match buffer {
                Some(b) => loader.submit(name, b.unchecked_into()),
                None => loader.fail(t.err_fetch.to_string()),
            }
        }
    });
}

/// Reads a chosen or dropped file and hands it to the analysis.
#[cfg(target_arch = "wasm32")]
fn read_file(loader: &Loader, file: web_sys::File, t: &'static crate::i18n::Strings) {
    let name = file.name();
    // A JSON file is an actor list (the format of `report-analyzer --actors`), not a report.
    if name.to_ascii_lowercase().ends_with(".json") {
        let loader = loader.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text.map(|s| serde_json::from_str::<report_core::ActorList>(&s).map(|l| (s, l))) {
                Some(Ok((json, list))) => {
                    loader.use_actor_list(Some((name, json, list.actors.len())))
                }
                Some(Err(e)) => loader.fail(format!("{}: {name}: {e}", t.err_actors)),
                None => loader.fail(format!("{}: {name}", t.err_actors)),
            }
        });
        return;
    }
    *loader.last.borrow_mut() = Some(Source::File(file.clone()));
    loader
        .dispatch
        .dispatch(Action::Loading(name.clone(), t.reading));
    let loader = loader.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                use wasm_bindgen::JsCast;
                loader.submit(name, buffer.unchecked_into())
            }
            Err(_) => loader.fail(format!("{}: {name}", t.err_read)),
        }
    });
}

/// Natively there are no files to read (the SSR tests never choose one).
#[cfg(not(target_arch = "wasm32"))]
fn read_file(loader: &Loader, file: web_sys::File, _t: &'static crate::i18n::Strings) {
    *loader.last.borrow_mut() = Some(Source::File(file));
}
