//! "Before and after" on the results: paste an earlier result code (or link) of one's own to see
//! then and now overlaid with every change of 10 points or more (the core's
//! [`radar_core::before_after`]); the code is kept with the results. And a check-in reminder: an
//! `.ics` file for a date the person picks, whose link retakes the same form with today's code.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::effects::storage::{Store, BEFORE_NOTE};
use crate::effects::{dom, export};
use radar_core::before_after::BeforeAfter;
use radar_core::calendar::{Date, Stamp};
use radar_core::facts::RETAKE_FRAGMENT;
use radar_core::flow::Session;
use radar_core::report::explain_code_error;
use radar_core::result_code;

/// Props of [`BeforeAfterCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct BeforeAfterCardProps {
    /// The finished session (now).
    pub session: Session,
    /// Where the earlier code is kept beside the record.
    pub store: Store,
}

/// The comparison of an earlier code with now, as HTML, or why the code was refused.
fn compare(session: &Session, earlier: &str) -> Result<AttrValue, AttrValue> {
    let texts = texts::all();
    BeforeAfter::new(texts.bank, earlier, session)
        .map(|before| before.document(&texts).into())
        .map_err(|error| explain_code_error(&texts, error).into())
}

/// The earlier code, the comparison, and the check-in reminder.
#[component]
pub fn BeforeAfterCard(props: &BeforeAfterCardProps) -> Html {
    let locale = use_locale();
    let report = texts::all().report;
    let earlier = use_state(|| props.store.note(BEFORE_NOTE).unwrap_or_default());
    let field = use_node_ref();
    let date = use_node_ref();
    let date_error = use_state(|| false);
    // Written again for another code, session or language only.
    let compared = use_memo(
        ((*earlier).clone(), props.session.clone(), locale.lang),
        |(earlier, session, _)| (!earlier.trim().is_empty()).then(|| compare(session, earlier)),
    );
    let on_compare = {
        let (field, earlier, store) = (field.clone(), earlier.clone(), props.store.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = field
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            // Bounded: a code is about 40 characters, a link a few hundred.
            let text: String = text.trim().chars().take(2_000).collect();
            store.set_note(BEFORE_NOTE, &text);
            earlier.set(text);
        })
    };
    let on_reminder = {
        let (date, date_error, session) = (date.clone(), date_error.clone(), props.session.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let now = String::from(js_sys::Date::new_0().to_iso_string());
            let picked = date
                .cast::<HtmlInputElement>()
                .and_then(|input| Date::parse(&input.value()));
            let today = now.get(..10).and_then(Date::parse);
            let (Some(picked), Some(today), Some(made)) = (picked, today, Stamp::parse(&now))
            else {
                date_error.set(true);
                return;
            };
            let code = result_code::encode(texts::bank(), &session);
            if picked <= today || code.is_none() {
                date_error.set(true);
                return;
            }
            let link = format!(
                "{}{RETAKE_FRAGMENT}{}",
                dom::address_without_hash(),
                code.unwrap_or_default()
            );
            date_error.set(export::download_reminder(picked, made, &link).is_err());
        })
    };
    html! {
        <section class="card before-after" aria-labelledby="before-heading">
            <h2 id="before-heading" tabindex="-1">{ report.before_heading() }</h2>
            <p id="before-hint">{ report.before_lead() }</p>
            <form class="before-form" onsubmit={on_compare} novalidate=true>
                <label for="before-code">{ report.before_label() }</label>
                <div class="resume-row">
                    <input id="before-code" ref={field} type="text" spellcheck="false" autocomplete="off"
                        maxlength="2000" aria-describedby="before-hint" value={(*earlier).clone()} />
                    <button type="submit" class="button button-secondary">{ report.before_compare() }</button>
                </div>
            </form>
            { match &*compared {
                None => html! {},
                Some(Ok(document)) => html! {
                    <div class="comparison before-comparison" role="region" aria-label={report.before_heading()}>
                        { Html::from_html_unchecked(document.clone()) }
                    </div>
                },
                Some(Err(why)) => html! { <p class="notice" data-tone="warning" role="alert">{ why.clone() }</p> },
            } }
            <h3 id="reminder-heading">{ report.reminder_heading() }</h3>
            <p id="reminder-hint">{ report.reminder_lead() }</p>
            <form class="reminder-form" onsubmit={on_reminder} novalidate=true>
                <label for="reminder-date">{ report.reminder_date() }</label>
                <div class="resume-row">
                    <input id="reminder-date" ref={date} type="date" aria-describedby="reminder-hint reminder-error"
                        aria-invalid={date_error.then_some("true")} />
                    <button type="submit" class="button button-secondary">{ report.reminder_download() }</button>
                </div>
                <p id="reminder-error" class="field-error" role="alert">{ if *date_error { report.reminder_bad_date() } else { "" } }</p>
            </form>
        </section>
    }
}
