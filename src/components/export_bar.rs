//! Export buttons and the link to the current section.

use crate::doc::DocRc;
use crate::export;
use crate::i18n::Lang;
use yew::prelude::*;

/// Props of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// The open document.
    pub doc: DocRc,
    /// The section the reader shows.
    pub current: Option<usize>,
    /// UI language.
    pub lang: Lang,
}

fn stem(doc: &DocRc) -> String {
    let name = doc
        .report
        .source
        .name
        .clone()
        .unwrap_or_else(|| "report".into());
    match name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s.to_string(),
        _ => name,
    }
}

/// JSON, CSV, Markdown, and `#section-ID`.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let t = props.lang.t();
    let on_json = {
        let doc = props.doc.clone();
        Callback::from(move |_: MouseEvent| {
            export::download(
                &format!("{}.json", stem(&doc)),
                "application/json",
                &export::json(&doc.report),
            )
        })
    };
    let on_csv = {
        let doc = props.doc.clone();
        Callback::from(move |_: MouseEvent| {
            export::download(
                &format!("{}-mentions.csv", stem(&doc)),
                "text/csv",
                &export::csv(&doc),
            )
        })
    };
    let on_md = {
        let doc = props.doc.clone();
        let lang = props.lang;
        Callback::from(move |_: MouseEvent| {
            export::download(
                &format!("{}-briefing.md", stem(&doc)),
                "text/markdown",
                &export::markdown(&doc, lang),
            )
        })
    };
    html! {
        <section class="ra-export" aria-label={t.export} data-testid="export">
            <h2>{ t.export }</h2>
            <button type="button" data-testid="export-json" onclick={on_json}>{ t.export_json }</button>
            <button type="button" data-testid="export-csv" onclick={on_csv}>{ t.export_csv }</button>
            <button type="button" data-testid="export-md" onclick={on_md}>{ t.export_md }</button>
            if let Some(id) = props.current {
                <a href={format!("#section-{id}")} data-testid="section-link">{ t.section_link }</a>
            }
        </section>
    }
}
