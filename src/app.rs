//! The page: a drop zone, then the analysed document.

use crate::drop_zone::{DropZone, LoadedFile};
use report_core::Report;
use yew::prelude::*;

/// What the page shows.
#[derive(Clone, PartialEq, Default)]
pub enum View {
    #[default]
    /// Nothing loaded yet.
    Empty,
    /// A report is open.
    Loaded(std::rc::Rc<Report>),
}

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

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let _ = props;
    let view = use_state(View::default);
    let error = use_state(|| None::<String>);
    let on_file = {
        let view = view.clone();
        let error = error.clone();
        Callback::from(move |file: LoadedFile| {
            let config = report_core::Config {
                file_name: Some(file.name),
                ..Default::default()
            };
            match report_core::analyze(&file.bytes, &config) {
                Ok(report) => {
                    error.set(None);
                    view.set(View::Loaded(std::rc::Rc::new(report)));
                }
                // The previous document stays open; only the message changes.
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };
    let on_error = {
        let error = error.clone();
        Callback::from(move |message: String| error.set(Some(message)))
    };
    html! {
        <main class="app">
            <header class="app-header">
                <h1>{ "Report Analyzer" }</h1>
                <p class="tagline">{ "Your file is read in this browser and never leaves your computer." }</p>
            </header>
            <DropZone {on_file} {on_error} />
            if let Some(message) = &*error {
                <div class="error" role="alert">{ message }</div>
            }
            if let View::Loaded(report) = &*view {
                <section class="document" data-testid="document">
                    <p class="file-info" data-testid="file-info">
                        <span data-testid="file-name">{ report.source.name.clone().unwrap_or_default() }</span>
                        { " · " }
                        <span data-testid="file-size">{ format!("{} bytes", report.source.bytes) }</span>
                        { " · " }
                        <span>{ &report.source.encoding }</span>
                    </p>
                    <ul role="tree" aria-label="Outline" class="outline" data-testid="outline">
                        { for report.sections().into_iter().map(|s| html! {
                            <li role="treeitem" aria-level={s.level.to_string()} class={format!("level-{}", s.level)}>
                                { s.number.as_deref().map(|n| format!("{n}. ")).unwrap_or_default() }
                                { &s.title }
                            </li>
                        }) }
                    </ul>
                </section>
            }
        </main>
    }
}
