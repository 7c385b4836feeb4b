//! The page: a drop zone, then the analysed document.

use crate::drop_zone::{DropZone, LoadedFile};
use report_core::Report;
use yew::prelude::*;

/// What the page shows.
#[derive(Clone, PartialEq, Default)]
enum View {
    #[default]
    Empty,
    Loaded(std::rc::Rc<Report>),
}

/// The whole page.
#[component]
pub fn App() -> Html {
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
