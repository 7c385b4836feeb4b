//! The Report Analyzer page: a Yew (CSR) app over `report-core`.
//!
//! `main.rs` mounts [`app::App`] on the page; natively the components render to HTML strings
//! for tests (Yew's `ssr`). [`embed`] and [`api`] are what the `<report-analyzer>` element and
//! `analyze()` of `www/report-analyzer.js` call through wasm-bindgen.

pub mod api;
pub mod app;
pub mod drop_zone;
pub mod embed;
