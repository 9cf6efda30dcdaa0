//! Where the first-load module ends: it hands the session to the full module, which renders every
//! later screen, and shows a loading line, or a "try again", until the full module has the page.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::Arrival;
use crate::components::notice_banner::Notice;
use crate::effects::{dom, take_over};
use crate::texts;
use radar_core::locale::Lang;

/// Has the full module take the page over with the session saved as `record`, in `lang`, with
/// `notice` on show; `resume`: for the intro's resume-code form. `failed` is set when the full
/// module could not be loaded (this module's app is then still in place) and cleared on a new try.
pub fn hand_over(
    record: String,
    lang: Lang,
    notice: Option<Notice>,
    resume: bool,
    failed: UseStateSetter<bool>,
) {
    failed.set(false);
    spawn_local(async move {
        // The person came here from another screen if the app focused the placeholder (its effect
        // runs before this task): the full module's screen then takes the focus.
        let arrival = match (resume, dom::focus_within("#main")) {
            (true, _) => Arrival::ResumeCode,
            (false, true) => Arrival::ScreenStart,
            (false, false) => Arrival::Browser,
        };
        let notice = notice.map_or("", Notice::id);
        let taken = take_over::start(&record, lang.code(), notice, arrival.id());
        if let Err(why) = taken.await {
            dom::warn(&format!(
                "Leadership Radar could not load the rest of the assessment: {why}"
            ));
            failed.set(true);
        }
    });
}

/// The placeholder while the full module loads: a screen of its own, or, for the resume-code form
/// (`resume`), a line in the intro's disclosure; after a failed download, an alert with "Try
/// again" (`on_retry`).
///
/// A plain view function: the app holds the state, which costs less wasm than a component.
pub fn placeholder(failed: bool, resume: bool, on_retry: Callback<MouseEvent>) -> Html {
    let ui = texts::ui();
    let busy = (!failed).then_some("true");
    let state = html! {
        if failed {
            <div class="notice" data-tone="warning" role="alert">
                <p>{ ui.next_failed() }</p>
                <button type="button" class="button button-secondary" onclick={on_retry}>{ ui.retry() }</button>
            </div>
        } else {
            <p class="results-loading" tabindex="-1" data-autofocus="true">{ ui.next_loading() }</p>
        }
    };
    if resume {
        html! { <div class="resume-form" aria-busy={busy}>{ state }</div> }
    } else {
        html! { <section class="screen" aria-busy={busy}>{ state }</section> }
    }
}
