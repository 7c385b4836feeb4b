//! Language and theme switches.

use crate::i18n::Lang;
use crate::state::Theme;
use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// UI language.
    pub lang: Lang,
    /// Colour scheme.
    pub theme: Theme,
    /// Switches language.
    pub on_lang: Callback<Lang>,
    /// Switches theme.
    pub on_theme: Callback<Theme>,
}

/// Two language buttons and a theme button that cycles system → light → dark.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let t = props.lang.t();
    let lang_button = |lang: Lang, label: &'static str| {
        let on_lang = props.on_lang.clone();
        html! {
            <button type="button" aria-pressed={(props.lang == lang).to_string()}
                    lang={lang.tag()} onclick={move |_| on_lang.emit(lang)}>{ label }</button>
        }
    };
    let next = props.theme.next();
    let on_theme = props.on_theme.reform(move |_: MouseEvent| next);
    let theme_name = match props.theme {
        Theme::Auto => t.theme_auto,
        Theme::Light => t.theme_light,
        Theme::Dark => t.theme_dark,
    };
    html! {
        <div class="ra-toolbar">
            <div role="group" aria-label={t.language} class="ra-lang" data-testid="lang-switch">
                { lang_button(Lang::Nl, "NL") }
                { lang_button(Lang::En, "EN") }
            </div>
            <button type="button" class="ra-theme" data-testid="theme-switch" onclick={on_theme}>
                { t.theme }{ ": " }{ theme_name }
            </button>
        </div>
    }
}
