//! Mounts the Report Analyzer page into `#report-analyzer-app` when the page has one. Embedding
//! hosts load the same module and mount the app themselves, so main must not take over `<body>`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("report-analyzer-app"))
    {
        report_analyzer_web::panic::install();
        yew::Renderer::<report_analyzer_web::app::App>::with_root(root).render();
    }
}
