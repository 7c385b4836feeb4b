//! The Report Analyzer page: a Yew (CSR) app over `report-core`.
//!
//! `main.rs` mounts [`app::App`] on the page; the analysis runs in a Web Worker
//! (`crates/report-worker`, its messages documented there, the page's side in [`bridge`] and
//! [`protocol`]). Natively the components render to HTML strings for tests (Yew's `ssr`). [`embed`] and [`api`] are what the `<report-analyzer>`
//! element and `analyze()` of `www/report-analyzer.js` call through wasm-bindgen.
#![deny(missing_docs)]

pub mod api;
pub mod app;
pub mod bridge;
pub mod components;
pub mod doc;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod panic;
pub mod protocol;
pub mod state;

/// Kept for hosts that imported the drop zone from its first home.
pub use components::drop_zone;
