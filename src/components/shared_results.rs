//! The read-only results of a result link (`#r=<code>`), recomputed from the answers in the code.

use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::effects::dom;
use radar_core::report;

/// Props of [`SharedResults`].
#[derive(Properties, PartialEq, Clone)]
pub struct SharedResultsProps {
    /// The code from the link.
    pub code: AttrValue,
    /// Leaves the shared results for the person's own assessment.
    pub on_leave: Callback<()>,
}

/// The shared results, or what is wrong with the link, with a way to take the assessment.
#[component]
pub fn SharedResults(props: &SharedResultsProps) -> Html {
    let locale = use_locale();
    let screens = texts::all().screens;
    // Recomputed from the answers in the code, for another code or language only.
    let document = use_memo((props.code.clone(), locale.lang), |(code, _)| {
        report::document_for_code(&texts::all(), code)
    });
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let (heading, body) = match &*document {
        Ok(html) => (
            screens.shared_heading(),
            html! {
                <>
                    <p class="results-note shared-note">{ screens.shared_note() }</p>
                    { Html::from_html_unchecked(AttrValue::from(html.clone())) }
                </>
            },
        ),
        Err(why) => (
            screens.shared_error_heading(),
            html! { <p class="notice" data-tone="warning" role="alert">{ why.clone() }</p> },
        ),
    };
    let ready = document.is_ok();
    html! {
        <section class="screen results shared" aria-labelledby="results-heading">
            <h1 id="results-heading" tabindex="-1" data-autofocus="true">{ heading }</h1>
            { body }
            <div class="results-actions">
                if ready {
                    <button type="button" class="button button-secondary" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ screens.print_results() }</button>
                    <button type="button" class="button button-primary" onclick={leave}>{ screens.shared_take_yourself() }</button>
                } else {
                    <button type="button" class="button button-primary" onclick={leave}>{ screens.shared_start() }</button>
                }
            </div>
        </section>
    }
}
