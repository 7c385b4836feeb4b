//! The page's components rendered to HTML natively (Yew's server renderer).
#![cfg(not(target_arch = "wasm32"))]

use report_analyzer_web::app::App;

#[tokio::test]
async fn empty_page_offers_the_drop_zone_with_a_file_input() {
    let html = yew::LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"data-testid="drop-zone""#), "{html}");
    assert!(html.contains(r#"type="file""#), "{html}");
    assert!(html.contains("never leaves your computer"), "{html}");
    assert!(
        !html.contains(r#"role="alert""#),
        "no error on an empty page: {html}"
    );
}
