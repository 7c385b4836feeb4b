//! The bridge behind the `<report-analyzer>` custom element (`www/report-analyzer.js`).
//!
//! The element owns a shadow root and calls [`mount`] with a container inside it, its attributes
//! as an options object and a listener. Each element gets its own [`App`]; all of them share the
//! one wasm instance the module loaded. Attribute changes reach the mounted app through
//! [`MountHandle::update`], so a report that is open stays open when, say, the theme changes.

use crate::app::{App, AppEvent, AppProps};
use serde::Deserialize;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use yew::{AppHandle, AttrValue, Callback};

/// The element's attributes, as the loader passes them to [`mount`] and [`MountHandle::update`].
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EmbedOptions {
    /// `nl` or `en`; anything else follows the browser.
    pub lang: Option<String>,
    /// `light`, `dark` or `auto`; anything else is `auto`.
    pub theme: Option<String>,
    /// Outline and actors only.
    pub compact: bool,
    /// A same-site report URL, already resolved and checked by the loader.
    pub src: Option<String>,
    /// A same-site actor list URL, already resolved and checked by the loader.
    pub actors: Option<String>,
}

impl EmbedOptions {
    /// The app's props for these options; unknown values fall back to the defaults rather than
    /// failing, as HTML attributes do.
    #[allow(clippy::needless_update)] // Not needless once the app has props without attributes.
    pub fn to_props(&self, on_event: Callback<AppEvent>) -> AppProps {
        let pick = |value: &Option<String>, allowed: &[&'static str]| {
            value
                .as_deref()
                .map(str::trim)
                .and_then(|v| allowed.iter().find(|a| a.eq_ignore_ascii_case(v)))
                .copied()
                .map(AttrValue::Static)
        };
        let url = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(|v| AttrValue::from(v.to_string()))
        };
        // Props the element has no attribute for (the app grows some) keep their defaults.
        AppProps {
            lang: pick(&self.lang, &["nl", "en"]),
            theme: pick(&self.theme, &["light", "dark", "auto"]),
            compact: self.compact,
            src: url(&self.src),
            actors: url(&self.actors),
            on_event,
            ..AppProps::default()
        }
    }
}

/// The DOM event name and `detail` for an app event.
///
/// `report-loaded` carries the metadata and counts the app reports; the others carry an object
/// with one field, so that hosts can add fields later without breaking.
pub fn event_payload(event: &AppEvent) -> (&'static str, Value) {
    match event {
        AppEvent::ReportLoaded(summary) => (
            "report-loaded",
            serde_json::from_str(summary).unwrap_or_else(|_| json!({ "summary": summary })),
        ),
        AppEvent::ActorSelected(id) => ("actor-selected", json!({ "id": id })),
        AppEvent::SectionSelected(id) => ("section-selected", json!({ "id": id })),
        AppEvent::Error(message) => ("error", json!({ "message": message })),
    }
}

/// One mounted app; the loader keeps it and calls [`MountHandle::destroy`] when the element
/// leaves the page.
#[wasm_bindgen]
pub struct MountHandle {
    app: Option<AppHandle<App>>,
    on_event: Callback<AppEvent>,
}

fn parse_options(options: JsValue) -> Result<EmbedOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(EmbedOptions::default());
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

/// Renders the app into `root` (an element inside the custom element's shadow root).
///
/// `listener(type, detail)` is called for every app event; the loader dispatches it as a
/// `CustomEvent` on the element.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    options: JsValue,
    listener: js_sys::Function,
) -> Result<MountHandle, JsError> {
    let options = parse_options(options)?;
    let on_event = Callback::from(move |event: AppEvent| {
        let (kind, detail) = event_payload(&event);
        let detail = serde::Serialize::serialize(
            &detail,
            &serde_wasm_bindgen::Serializer::json_compatible(),
        )
        .unwrap_or(JsValue::NULL);
        // A host listener that throws must not break the app; the browser reports it.
        let _ = listener.call2(&JsValue::NULL, &JsValue::from_str(kind), &detail);
    });
    let app = yew::Renderer::<App>::with_root_and_props(root, options.to_props(on_event.clone()))
        .render();
    Ok(MountHandle {
        app: Some(app),
        on_event,
    })
}

#[wasm_bindgen]
impl MountHandle {
    /// Gives the app new options (after an attribute changed); the app keeps its state.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsError> {
        let options = parse_options(options)?;
        if let Some(app) = &mut self.app {
            app.update(options.to_props(self.on_event.clone()));
        }
        Ok(())
    }

    /// Removes the app from the page. Calling it again does nothing.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    /// Removes the app and frees the handle; the handle cannot be used afterwards.
    pub fn destroy(mut self) {
        self.unmount();
    }

    /// Whether the app is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.app.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_map_onto_props_and_bad_values_fall_back() {
        let options: EmbedOptions = serde_json::from_value(json!({
            "lang": "NL", "theme": "Dark", "compact": true,
            "src": " /verslagen/a.txt ", "actors": ""
        }))
        .unwrap();
        let props = options.to_props(Callback::noop());
        assert_eq!(props.lang.as_deref(), Some("nl"));
        assert_eq!(props.theme.as_deref(), Some("dark"));
        assert!(props.compact);
        assert_eq!(props.src.as_deref(), Some("/verslagen/a.txt"));
        assert_eq!(props.actors, None);

        let odd: EmbedOptions =
            serde_json::from_value(json!({ "lang": "fr", "theme": "sepia" })).unwrap();
        let props = odd.to_props(Callback::noop());
        assert_eq!(
            (props.lang, props.theme, props.compact),
            (None, None, false)
        );
    }

    #[test]
    fn events_become_dom_event_names_and_details() {
        let table = [
            (
                AppEvent::ReportLoaded(r#"{"title":"Verslag","sections":3}"#.into()),
                "report-loaded",
                json!({"title": "Verslag", "sections": 3}),
            ),
            (
                AppEvent::ReportLoaded("not json".into()),
                "report-loaded",
                json!({"summary": "not json"}),
            ),
            (
                AppEvent::ActorSelected("country:nl".into()),
                "actor-selected",
                json!({"id": "country:nl"}),
            ),
            (
                AppEvent::SectionSelected(4),
                "section-selected",
                json!({"id": 4}),
            ),
            (
                AppEvent::Error("not found".into()),
                "error",
                json!({"message": "not found"}),
            ),
        ];
        for (event, name, detail) in table {
            assert_eq!(event_payload(&event), (name, detail), "{event:?}");
        }
    }
}
