//! The language menu in the header: a native select listing each language in its own name.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::texts;
use radar_core::locale::Lang;

/// A labelled `<select>`; picking a language switches at once, keeping every answer.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `current`: The language asked for (shown selected while its texts load).
/// * `on_change`: Called with the language picked.
pub fn language_switcher(current: Lang, on_change: Callback<Lang>) -> Html {
    let ui = texts::ui();
    let on_change = Callback::from(move |event: Event| {
        let picked = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .and_then(|select| Lang::from_tag(&select.value()));
        if let Some(lang) = picked {
            on_change.emit(lang);
        }
    });
    html! {
        <p class="language">
            <label for="language-select">{ ui.language_label() }</label>
            <select id="language-select" class="language-select" onchange={on_change}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} dir={lang.dir()}
                        selected={lang == current}>
                        { lang.native_name() }
                    </option>
                }) }
            </select>
        </p>
    }
}
