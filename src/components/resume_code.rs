//! The resume code panel, shown when the browser keeps nothing: the progress as a short checksummed
//! text to copy, and paste later on the intro of any browser.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;
use crate::texts;

use crate::effects::clipboard;

/// Props of [`ResumeCode`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResumeCodeProps {
    /// The current record.
    pub code: AttrValue,
}

/// A disclosure with the code in a read-only field and a copy button.
#[component]
pub fn ResumeCode(props: &ResumeCodeProps) -> Html {
    use_locale();
    let screens = texts::all().screens;
    // The last code copied, and whether the copy worked: a new answer makes a new code, and
    // "Copied" shows only beside the code it copied (so nothing has to reset it).
    let copied = use_state(|| None::<(AttrValue, bool)>);
    let onclick = {
        let (copied, code) = (copied.clone(), props.code.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, code) = (copied.clone(), code.clone());
            spawn_local(async move {
                let done = clipboard::copy(&code).await;
                copied.set(Some((code, done)));
            });
        })
    };
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(field) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            field.select();
        }
    });
    let status = match &*copied {
        Some((code, true)) if *code == props.code => screens.copied(),
        Some((code, false)) if *code == props.code => screens.copy_failed(),
        _ => "",
    };
    html! {
        <details class="resume-code">
            <summary>{ screens.resume_code_summary() }</summary>
            <p id="resume-code-help" class="field-hint">{ screens.resume_code_help() }</p>
            <div class="resume-row">
                <input id="resume-code" class="resume-code-value" type="text" readonly=true value={props.code.clone()}
                    aria-label={screens.resume_code_label()} aria-describedby="resume-code-help" onfocus={select_all} />
                <button type="button" class="button button-secondary" {onclick}>{ screens.copy() }</button>
            </div>
            <p class="field-status" role="status">{ status }</p>
        </details>
    }
}
