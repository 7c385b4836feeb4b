//! Any bytes through the whole pipeline: `analyze` must return, and what it returns must keep the
//! model's invariants (the same checks the property tests use).
#![no_main]

#[path = "../../crates/report-core/tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = report_core::analyze(data, &report_core::Config::default()) {
        if let Err(broken) = invariants::check(&report, data.len()) {
            panic!("invariant broken: {broken}");
        }
    }
});
