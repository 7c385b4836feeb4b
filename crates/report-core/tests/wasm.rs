//! The core compiled to WebAssembly gives the same results as natively (run under Node by
//! `make test-wasm`; on the native target these run as ordinary tests).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const REPORT: &str = "I. Binnenlandse Zaken\n\n1. Migratie en asiel\n\nNederland stelde dat het kan.\n\nII. Justitie\n\n1. Slachtofferrechten\n\nDe Commissie lichtte het voorstel toe.\n";

#[test]
fn outline_of_a_small_report() {
    let report = report_core::analyze(REPORT.as_bytes(), &report_core::Config::default()).unwrap();
    let titles: Vec<_> = report
        .sections()
        .iter()
        .map(|s| (s.level, s.title.clone()))
        .collect();
    assert_eq!(
        titles,
        vec![
            (1, "Binnenlandse Zaken".to_string()),
            (2, "Migratie en asiel".to_string()),
            (1, "Justitie".to_string()),
            (2, "Slachtofferrechten".to_string()),
        ]
    );
}

#[test]
fn binary_input_is_refused_with_its_offset() {
    let err = report_core::analyze(b"abc\0def", &report_core::Config::default()).unwrap_err();
    assert!(err.to_string().contains("offset 3"), "{err}");
}

#[test]
fn shared_fixture_has_two_parts() {
    let bytes = include_bytes!("../../../../shared/fixtures/jbz-raad-2022-07-verslag.txt");
    let report = report_core::analyze(bytes, &report_core::Config::default()).unwrap();
    let parts: Vec<_> = report.outline.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(parts, ["Binnenlandse Zaken", "Justitie"]);
    assert_eq!(report.outline[0].children.len(), 4);
    assert_eq!(report.outline[1].children.len(), 4);
}
