//! The results screen: the results document from the companion module, with print, change and start-over actions.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::components::ask_colleagues::AskColleagues;
use crate::components::downloads::Downloads;
use crate::components::share_link::ShareLink;
use crate::components::start_over::StartOver;
use crate::effects::storage::Store;
use crate::effects::{dom, report};
use radar_core::flow::{Action, Session};
use radar_core::record;

/// Props of [`Results`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    /// The finished session.
    pub session: Session,
    /// Receives "change answers" and "start over".
    pub dispatch: Callback<Action>,
    /// Where notes beside the record (the rater link and codes) are kept.
    pub store: Store,
}

/// Where the results document is.
#[derive(Debug, Clone, PartialEq)]
enum Document {
    /// Being rendered by the companion module (normally a few milliseconds: it is prefetched).
    Loading,
    /// Ready to show.
    Ready(AttrValue),
    /// The companion module could not be loaded (offline, say); the person may try again.
    Failed,
}

/// The results screen.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let ResultsProps {
        session,
        dispatch,
        store,
    } = props.clone();
    let locale = use_locale();
    let ui = locale.ui;
    let screens = texts::all().screens;
    let document = use_state(|| Document::Loading);
    let attempt = use_state(|| 0u32);
    {
        let document = document.clone();
        use_effect_with(
            (session.clone(), *attempt, locale.lang),
            move |(session, _, _)| {
                document.set(Document::Loading);
                let record = record::encode(session);
                spawn_local(async move {
                    document.set(match report::render(&record).await {
                        Ok(html) => Document::Ready(AttrValue::from(html)),
                        Err(error) => {
                            web_sys::console::warn_1(
                                &format!("Leadership Radar: results: {error}").into(),
                            );
                            Document::Failed
                        }
                    });
                });
            },
        );
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    let record_text = AttrValue::from(record::encode(&session));
    let ready = matches!(*document, Document::Ready(_));
    let change = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Review))
    };

    html! {
        <section class="screen results" aria-labelledby="results-heading" aria-busy={(*document == Document::Loading).then_some("true")}>
            <h1 id="results-heading" tabindex="-1" data-autofocus="true">{ screens.results_heading() }</h1>
            <p class="results-note">{ screens.results_read_only_note() }</p>
            { match &*document {
                Document::Loading => html! { <p class="results-loading">{ screens.results_loading() }</p> },
                Document::Ready(html) => Html::from_html_unchecked(html.clone()),
                Document::Failed => html! {
                    <div class="notice" data-tone="warning" role="alert">
                        <p>{ screens.results_failed() }</p>
                        <button type="button" class="button button-secondary" onclick={retry}>{ ui.retry() }</button>
                    </div>
                },
            } }
            <div class="results-actions">
                <button type="button" class="button button-primary" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ screens.print_results() }</button>
                <button type="button" class="button button-secondary" onclick={change}>{ screens.change_answers() }</button>
                // Links and files come from the companion module: offered once it has shown the results.
                if ready {
                    <ShareLink record={record_text.clone()} />
                }
                <StartOver {dispatch} />
            </div>
            if ready {
                <Downloads record={record_text.clone()} />
                <AskColleagues record={record_text} {store} />
            }
        </section>
    }
}
