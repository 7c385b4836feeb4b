//! The file line and the metadata card.

use crate::doc::DocRc;
use crate::i18n::{diagnostic_text, document_kind_label, language_label, Lang};
use report_core::Severity;
use yew::prelude::*;

/// Props of [`FileHeader`].
#[derive(Properties, PartialEq)]
pub struct FileHeaderProps {
    /// The open document.
    pub doc: DocRc,
    /// UI language.
    pub lang: Lang,
}

/// File name, size and encoding, then what the document is, its title, language, addressee,
/// dates, place, reference, session year and signatories.
#[component]
pub fn FileHeader(props: &FileHeaderProps) -> Html {
    let t = props.lang.t();
    let r = &props.doc.report;
    let m = &r.metadata;
    let row = |label: &'static str, value: Option<String>| match value {
        Some(v) if !v.is_empty() => html! { <><dt>{ label }</dt><dd>{ v }</dd></> },
        _ => html! {},
    };
    let reference = m.reference.as_ref().map(|rf| {
        let mut s = rf.dossier.clone();
        if let Some(n) = &rf.number {
            s.push_str(&format!(", nr. {n}"));
        }
        if let Some(title) = &rf.title {
            s.push_str(&format!(" ({title})"));
        }
        s
    });
    let signatories = (!m.signatories.is_empty()).then(|| {
        m.signatories
            .iter()
            .map(|s| match (&s.name, &s.role) {
                (Some(n), Some(r)) => format!("{n} ({r})"),
                (Some(n), None) => n.clone(),
                (None, Some(r)) => r.clone(),
                (None, None) => String::new(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    // What decoding and layout repair had to do to the file (a legacy or mixed encoding, a
    // repaired double encoding): the reader should know the text is not quite the file's.
    let notes = (!r.diagnostics.is_empty()).then(|| {
        html! {
            <ul class="ra-notes" data-testid="diagnostics" aria-label={t.notes}>
                { for r.diagnostics.iter().map(|d| {
                    let warning = d.severity == Severity::Warning;
                    html! {
                        <li class={classes!("ra-note", warning.then_some("ra-note-warning"))}
                            data-code={d.code.clone()} title={d.message.clone()}>
                            // A sign as well as a colour: colour is never the only signal.
                            <span aria-hidden="true">{ if warning { "⚠ " } else { "ℹ " } }</span>
                            { diagnostic_text(props.lang, &d.code, &d.message, &r.source.encoding) }
                        </li>
                    }
                }) }
            </ul>
        }
    });
    html! {
        <section class="ra-file" aria-label={t.title}>
            <p class="ra-file-info" data-testid="file-info">
                <span class="ra-file-name" data-testid="file-name">{ r.source.name.clone().unwrap_or_default() }</span>
                <span data-testid="file-size">{ format!("{} {}", r.source.bytes, t.bytes) }</span>
                <span data-testid="file-encoding">{ t.encoding }{ ": " }{ &r.source.encoding }</span>
            </p>
            { notes }
            <dl class="ra-meta" data-testid="metadata">
                { row(t.document_kind, document_kind_label(props.lang, m.kind).map(str::to_string)) }
                { row(t.title, m.title.clone()) }
                { row(t.document_language, language_label(props.lang, m.language).map(str::to_string)) }
                { row(t.addressee, m.addressee.clone()) }
                { row(t.letter_date, m.letter_date.clone()) }
                { row(t.meeting_dates, (!m.meeting_dates.is_empty()).then(|| m.meeting_dates.join(", "))) }
                { row(t.place, m.place.clone()) }
                { row(t.reference, reference) }
                { row(t.session_year, m.session_year.clone()) }
                { row(t.signatories, signatories) }
            </dl>
        </section>
    }
}
