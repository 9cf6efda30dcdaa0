//! The language menu in the header: a native select listing each language in its own name.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::locale::{self, Lang};

/// Properties of [`LanguageSwitcher`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitcherProps {
    /// The language the texts are in (see [`locale::current`]): a switch renders it again.
    pub lang: Lang,
    /// The language asked for (shown selected while its texts load).
    pub current: Lang,
    /// Called with the language picked.
    pub on_change: Callback<Lang>,
}

/// A labelled `<select>`; picking a language switches at once, keeping every answer.
#[component]
pub fn LanguageSwitcher(props: &LanguageSwitcherProps) -> Html {
    let ui = locale::current().ui;
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let picked = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .and_then(|select| Lang::from_tag(&select.value()));
            if let Some(lang) = picked {
                on_change.emit(lang);
            }
        })
    };
    html! {
        <p class="language">
            <label for="language-select">{ ui.language_label() }</label>
            <select id="language-select" class="language-select" onchange={on_change}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} dir={lang.dir()}
                        selected={lang == props.current}>
                        { lang.native_name() }
                    </option>
                }) }
            </select>
        </p>
    }
}
