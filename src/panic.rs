//! A safety net: a panic becomes a message on the page (role="alert") instead of a silent,
//! frozen screen.

use std::cell::RefCell;

thread_local! {
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    static MESSAGE: RefCell<&'static str> = const { RefCell::new("Something went wrong in the page; reload it to continue.") };
}

/// Registers an app's root element, where a panic message will be shown.
pub fn register(root: web_sys::Element, message: &'static str) {
    ROOTS.with(|r| r.borrow_mut().push(root));
    MESSAGE.with(|m| *m.borrow_mut() = message);
}

/// Installs the hook (once).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let detail = info.to_string();
            #[cfg(target_arch = "wasm32")]
            web_sys::console::error_1(&detail.clone().into());
            let message = MESSAGE.with(|m| *m.borrow());
            ROOTS.with(|roots| {
                for root in roots.borrow().iter() {
                    if let Some(doc) = root.owner_document() {
                        if let Ok(div) = doc.create_element("div") {
                            let _ = div.set_attribute("role", "alert");
                            let _ = div.set_attribute("class", "ra-error ra-crash");
                            div.set_text_content(Some(&format!("{message} ({detail})")));
                            let _ = root.prepend_with_node_1(&div);
                        }
                    }
                }
            });
        }));
    });
}
