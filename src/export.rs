//! Exports of an open report: the JSON schema (byte for byte what the CLI writes), a CSV of
//! mentions and a Markdown briefing, each what the CLI writes for the same file.

use crate::doc::Doc;
use crate::i18n::Lang;
use report_core::Report;

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

/// The briefing the CLI's `--format markdown` writes for a file of this name
/// (`report_core::markdown`), with its own words in the page's language.
pub fn markdown(doc: &Doc, lang: Lang) -> String {
    let file = doc.report.source.name.as_deref().unwrap_or("");
    let labels = match lang {
        Lang::Nl => report_core::markdown::Labels::NL,
        Lang::En => report_core::markdown::Labels::EN,
    };
    report_core::markdown::briefing(file, &doc.report, &labels)
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
        // Revoked later, not right after `click`: the browser starts the download after the
        // handler returns, and a URL revoked before then gives no file (Firefox and Safari
        // always; headless Chromium now and then, which made the end-to-end exports flaky).
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                revoke.unchecked_ref(),
                10_000,
            );
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, mime, content);
}
