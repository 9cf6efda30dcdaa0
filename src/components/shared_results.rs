//! The read-only results of a result link (`#r=<code>`), recomputed from the answers in the code.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::effects::dom;
use crate::effects::report::{self, SharedError};

/// Props of [`SharedResults`].
#[derive(Properties, PartialEq, Clone)]
pub struct SharedResultsProps {
    /// The code from the link.
    pub code: AttrValue,
    /// Leaves the shared results for the person's own assessment.
    pub on_leave: Callback<()>,
}

/// Where the shared document is.
#[derive(Debug, Clone, PartialEq)]
enum Document {
    Loading,
    Ready(AttrValue),
    Refused(AttrValue),
    Unavailable,
}

/// The shared results, or what is wrong with the link, with a way to take the assessment.
#[component]
pub fn SharedResults(props: &SharedResultsProps) -> Html {
    let locale = use_locale();
    let ui = locale.ui;
    let screens = texts::all().screens;
    let document = use_state(|| Document::Loading);
    let attempt = use_state(|| 0u32);
    {
        let document = document.clone();
        use_effect_with(
            (props.code.clone(), *attempt, locale.lang),
            move |(code, _, _)| {
                document.set(Document::Loading);
                let code = code.clone();
                spawn_local(async move {
                    document.set(match report::render_shared(&code).await {
                        Ok(html) => Document::Ready(html.into()),
                        Err(SharedError::Refused(why)) => Document::Refused(why.into()),
                        Err(SharedError::Unavailable) => Document::Unavailable,
                    });
                });
            },
        );
    }
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    let (heading, body) = match &*document {
        Document::Loading => (
            screens.shared_heading(),
            html! { <p class="results-loading">{ screens.shared_loading() }</p> },
        ),
        Document::Ready(html) => (
            screens.shared_heading(),
            html! {
                <>
                    <p class="results-note shared-note">{ screens.shared_note() }</p>
                    { Html::from_html_unchecked(html.clone()) }
                </>
            },
        ),
        Document::Refused(why) => (
            screens.shared_error_heading(),
            html! { <p class="notice" data-tone="warning" role="alert">{ why.clone() }</p> },
        ),
        Document::Unavailable => (
            screens.shared_heading(),
            html! {
                <div class="notice" data-tone="warning" role="alert">
                    <p>{ screens.results_failed() }</p>
                    <button type="button" class="button button-secondary" onclick={retry}>{ ui.retry() }</button>
                </div>
            },
        ),
    };
    let ready = matches!(*document, Document::Ready(_));
    html! {
        <section class="screen results shared" aria-labelledby="results-heading" aria-busy={(*document == Document::Loading).then_some("true")}>
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
