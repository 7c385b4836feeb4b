//! The Report Analyzer page: a Yew (CSR) app.

mod app;
mod drop_zone;

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<app::App>::new().render();
}
