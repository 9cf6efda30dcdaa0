//! The results screen: the results document (written by the core), with print, change and
//! start-over actions, the result link, the downloads and "Ask colleagues".

use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::components::ask_colleagues::AskColleagues;
use crate::components::downloads::Downloads;
use crate::components::share_link::ShareLink;
use crate::components::start_over::StartOver;
use crate::effects::dom;
use crate::effects::storage::Store;
use radar_core::flow::{Action, Session};
use radar_core::report;

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

/// The results screen.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let ResultsProps {
        session,
        dispatch,
        store,
    } = props.clone();
    let locale = use_locale();
    let screens = texts::all().screens;
    // Written again for another session or language only.
    let document = use_memo((session.clone(), locale.lang), |(session, _)| {
        AttrValue::from(report::document(&texts::all(), session))
    });
    let change = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Review))
    };

    html! {
        <section class="screen results" aria-labelledby="results-heading">
            <h1 id="results-heading" tabindex="-1" data-autofocus="true">{ screens.results_heading() }</h1>
            <p class="results-note">{ screens.results_read_only_note() }</p>
            { Html::from_html_unchecked((*document).clone()) }
            <div class="results-actions">
                <button type="button" class="button button-primary" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ screens.print_results() }</button>
                <button type="button" class="button button-secondary" onclick={change}>{ screens.change_answers() }</button>
                <ShareLink session={session.clone()} />
                <StartOver {dispatch} />
            </div>
            <Downloads session={session.clone()} />
            <AskColleagues {session} {store} />
        </section>
    }
}
