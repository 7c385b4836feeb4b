//! The progress bar of a running load.

use crate::state::Busy;
use yew::prelude::*;

/// Props of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The running load.
    pub busy: Busy,
}

/// A `<progress>` bar with the phase in words.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let b = &props.busy;
    html! {
        <div class="ra-progress" role="status" data-testid="progress">
            <progress max="1" value={format!("{:.2}", b.fraction)}></progress>
            <span>{ &b.name }{ " — " }{ b.phase }</span>
        </div>
    }
}
