//! Exports of an open report: the JSON schema (byte for byte what the CLI writes), a CSV of
//! mentions and a Markdown briefing.

use crate::doc::Doc;
use crate::i18n::{kind_label, stance_label, Lang};
use report_core::Report;
use std::fmt::Write;

/// The report as the CLI's `--format json` writes it: pretty JSON and a newline.
pub fn json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).unwrap_or_default();
    s.push('\n');
    s
}

/// One row per mention, exactly as `report-analyzer --format csv` writes it for a file of this
/// name (`report_core::csv`).
pub fn csv(doc: &Doc) -> String {
    let file = doc.report.source.name.as_deref().unwrap_or("");
    report_core::csv::document(file, &doc.report)
}

/// A briefing: metadata, outline with the actors of each section, and who said what.
pub fn markdown(doc: &Doc, lang: Lang) -> String {
    let t = lang.t();
    let r = &doc.report;
    let m = &r.metadata;
    let mut out = String::new();
    let title = m
        .title
        .clone()
        .or_else(|| r.source.name.clone())
        .unwrap_or_else(|| t.briefing.to_string());
    let _ = writeln!(out, "# {} — {title}\n", t.briefing);
    let line = |out: &mut String, label: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let _ = writeln!(out, "- **{label}:** {v}");
        }
    };
    line(&mut out, t.letter_date, m.letter_date.clone());
    line(&mut out, t.meeting_dates, Some(m.meeting_dates.join(", ")));
    line(&mut out, t.place, m.place.clone());
    line(
        &mut out,
        t.reference,
        m.reference.as_ref().map(|r| r.dossier.clone()),
    );
    out.push('\n');
    let _ = writeln!(out, "## {}\n", t.outline);
    for s in &doc.sections {
        let indent = "  ".repeat(s.level.saturating_sub(1) as usize);
        let actors: Vec<&str> = (0..r.actors.len())
            .filter(|&a| doc.counts[a][s.id] > 0)
            .take(8)
            .map(|a| r.actors[a].name.as_str())
            .collect();
        let _ = write!(out, "{indent}- {}", s.label());
        if !actors.is_empty() {
            let _ = write!(out, " — {}", actors.join(", "));
        }
        out.push('\n');
    }
    out.push('\n');
    let _ = writeln!(out, "## {}\n", t.actors);
    for kind in crate::doc::KINDS {
        let list: Vec<String> = r
            .actors
            .iter()
            .filter(|a| a.kind == kind)
            .map(|a| format!("{} ({})", a.name, a.mentions.len()))
            .collect();
        if !list.is_empty() {
            let _ = writeln!(out, "- **{}:** {}", kind_label(lang, kind), list.join(", "));
        }
    }
    out.push('\n');
    let _ = writeln!(out, "## {}\n", t.who_said_what);
    let mut last = usize::MAX;
    for s in &r.statements {
        let sec = s.section.unwrap_or(usize::MAX - 1);
        if sec != last {
            let title = s
                .section
                .and_then(|id| doc.sections.get(id))
                .map(|s| s.label())
                .unwrap_or_else(|| t.unknown_section.to_string());
            let _ = writeln!(out, "\n### {title}\n");
            last = sec;
        }
        let name = r
            .actors
            .iter()
            .find(|a| a.id == s.actor)
            .map(|a| a.name.as_str())
            .unwrap_or(&s.actor);
        let _ = writeln!(
            out,
            "- **{name}** _{}_ ({}): {}",
            s.verb,
            stance_label(lang, s.stance),
            r.slice(s.range)
        );
    }
    out
}

/// Offers `content` as a download, through a Blob and an object URL (no request).
pub fn download(name: &str, mime: &str, content: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(a) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, mime, content);
}
