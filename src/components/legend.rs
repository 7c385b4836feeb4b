//! The legend of actor kinds, doubling as show/hide switches.

use crate::doc::{kind_name, KINDS};
use crate::i18n::{kind_label, Lang};
use report_core::ActorKind;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Hidden kinds.
    pub hidden: [bool; 5],
    /// UI language.
    pub lang: Lang,
    /// Show or hide a kind.
    pub on_toggle: Callback<ActorKind>,
}

/// One checkbox per kind, with the kind's colour, icon and underline.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let t = props.lang.t();
    html! {
        <fieldset class="ra-legend" data-testid="legend">
            <legend>{ t.show_kind }</legend>
            { for KINDS.iter().enumerate().map(|(i, kind)| {
                let kind = *kind;
                let on_toggle = props.on_toggle.clone();
                html! {
                    <label class="ra-legend-item">
                        <input type="checkbox" checked={!props.hidden[i]}
                               data-kind={kind_name(kind)}
                               onchange={move |_| on_toggle.emit(kind)} />
                        <mark class="m ra-swatch" data-kind={kind_name(kind)}>{ kind_label(props.lang, kind) }</mark>
                    </label>
                }
            }) }
        </fieldset>
    }
}
