//! The analysis Web Worker: receives a file's bytes, runs the core off the main thread, and
//! posts back the report (messages in `report_worker`'s documentation).

fn main() {
    #[cfg(target_arch = "wasm32")]
    report_worker::worker_main();
}
