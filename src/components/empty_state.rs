//! What the page says before a report is open.

use crate::i18n::Lang;
use yew::prelude::*;

/// Props of [`EmptyState`].
#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    /// UI language.
    pub lang: Lang,
    /// Loads the bundled example.
    pub on_example: Callback<()>,
}

/// A welcome: what the page does, that the file stays here, and an example to try.
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let t = props.lang.t();
    let on_click = props.on_example.reform(|_: MouseEvent| ());
    html! {
        <section class="ra-empty" data-testid="empty-state">
            <h2>{ t.empty_title }</h2>
            <p>{ t.empty_body }</p>
            <p class="ra-privacy">{ t.privacy }</p>
            <p class="ra-muted">{ t.actor_list_hint }</p>
            <button type="button" class="ra-primary" data-testid="try-example" onclick={on_click}>
                { t.try_example }
            </button>
        </section>
    }
}
