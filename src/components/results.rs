//! The results screen. First the summary: the pattern in one sentence, the radar, the priorities
//! and the actions that keep the result (print, the result link, downloads) or ask
//! colleagues, so all of it is on a phone's first two screens; the person's commitment, once they
//! made one, above it. Then the details the core writes (the plan, with an "I will do this" box on
//! each action, the pattern card, scores, agility, the debrief, caveats, works cited), the change
//! and start-over actions, and "Ask colleagues".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::components::ask_colleagues::AskColleagues;
use crate::components::before_after::BeforeAfterCard;
use crate::components::commitment::Commitment;
use crate::components::downloads::Downloads;
use crate::components::share_link::ShareLink;
use crate::components::start_over::StartOver;
use crate::effects::dom;
use crate::effects::storage::{Store, PLAN_NOTE};
use radar_core::bank::Form;
use radar_core::flow::{Action, Session};
use radar_core::locale::Lang;
use radar_core::priorities::Chosen;
use radar_core::report::{self, plan};

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
    // The actions chosen, kept beside the results ("plan"); at most two.
    let chosen =
        use_state(|| Chosen::parse(texts::bank(), &store.note(PLAN_NOTE).unwrap_or_default()));
    let refused = use_state(|| false);
    // Written again for another session or language only: a choice changes the boxes themselves,
    // so the document is not replaced under the person's hands (nor their focus lost).
    let document = use_memo((session.clone(), locale.lang), {
        let chosen = (*chosen).clone();
        move |(session, _)| report::document_choosing(&texts::all(), session, &chosen)
    });
    // The plan's boxes are the document's (plain markup), so their changes are heard here.
    let on_choice = {
        let (chosen, refused, store) = (chosen.clone(), refused.clone(), store.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let bank = texts::bank();
            let Some(side) = (input.name() == plan::CHOICE)
                .then(|| Chosen::side_of(bank, &input.value()))
                .flatten()
            else {
                return;
            };
            let mut next = (*chosen).clone();
            if next.set(side, input.checked()) {
                store.set_note(PLAN_NOTE, &next.write(bank));
                chosen.set(next);
                refused.set(false);
            } else {
                input.set_checked(false);
                refused.set(true);
            }
        })
    };
    let change = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Review))
    };
    // "Ask colleagues" at the top takes the person to its section, further down.
    let ask = Callback::from(|_: MouseEvent| {
        dom::focus("#ask-heading");
    });
    let committed = !chosen.0.is_empty();
    let commitment = html! { <Commitment chosen={(*chosen).clone()} refused={*refused} /> };

    html! {
        <section class="screen results" aria-labelledby="results-heading">
            <h1 id="results-heading" tabindex="-1" data-autofocus="true">{ screens.results_heading() }</h1>
            <p class="results-note">{ screens.results_read_only_note() }</p>
            // Paper only: which form, when, and a line for a name.
            <p class="print-header">
                <span>{ if session.form == Form::Short { texts::ui().short_form_name() } else { texts::ui().full_form_name() } }</span>
                // The app's English is British ("7 December 2026").
                <span>{ dom::today_in_words(if locale.lang == Lang::En { "en-GB" } else { locale.lang.code() }) }</span>
                <span class="print-name">{ screens.print_name() }</span>
            </p>
            // A choice made is what the person came back for: first.
            if committed { { commitment.clone() } }
            <div class="summary">
                <div class="summary-pattern-area">{ Html::from_html_unchecked(AttrValue::from(document.pattern.clone())) }</div>
                <div class="summary-radar">{ Html::from_html_unchecked(AttrValue::from(document.radar.clone())) }</div>
                <div class="summary-brief">
                    { Html::from_html_unchecked(AttrValue::from(document.priorities.clone())) }
                    <div class="results-actions">
                        <button type="button" class="button button-primary" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ screens.print_results() }</button>
                        <ShareLink session={session.clone()} />
                        <button type="button" class="button button-secondary" onclick={ask}>{ screens.ask_heading() }</button>
                    </div>
                    <Downloads session={session.clone()} chosen={(*chosen).clone()} />
                    if !committed { { commitment } }
                </div>
            </div>
            <div class="results-document" onchange={on_choice}>
                { Html::from_html_unchecked(AttrValue::from(document.details.clone())) }
            </div>
            <div class="results-actions results-actions-end">
                <button type="button" class="button button-secondary" onclick={change}>{ screens.change_answers() }</button>
                if session.form == Form::Short {
                    <StartOver dispatch={dispatch.clone()} form={Some(Form::Full)} />
                }
                <StartOver {dispatch} />
            </div>
            <BeforeAfterCard session={session.clone()} store={store.clone()} />
            <AskColleagues {session} {store} />
        </section>
    }
}
