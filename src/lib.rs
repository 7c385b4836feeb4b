//! The Report Analyzer page: a Yew (CSR) app over `report-core`.
//!
//! `main.rs` mounts [`app::App`] on the page; natively the components render to HTML strings
//! for tests (Yew's `ssr`).

pub mod app;
pub mod drop_zone;
