//! The analysis Web Worker: receives a file's bytes, runs `report_core::analyze` off the main
//! thread, and posts back the report (see `report_analyzer_web::protocol`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    report_analyzer_web::protocol::worker_main();
}
