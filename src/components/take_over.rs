//! Where the first-load module ends: it hands the session to the full module, which renders every
//! later screen, and shows a loading line, or a "try again", until the full module has the page.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::Arrival;
use crate::components::notice_banner::Notice;
use crate::core::locale::Lang;
use crate::core::text::UiText;
use crate::effects::{dom, take_over};

/// Props of [`TakeOver`].
#[derive(Properties, PartialEq, Clone)]
pub struct TakeOverProps {
    /// The language the texts are in, which the full module continues in.
    pub lang: Lang,
    /// The session, as its saved record.
    pub record: AttrValue,
    /// The notice on show, which the full module keeps on show.
    pub notice: Option<Notice>,
    /// In the intro's "Have a resume code?", whose form the full module brings: a line in it rather
    /// than a screen, and the full module focuses the form's field.
    #[prop_or_default]
    pub resume: bool,
}

/// Hands the session over, or has `failed` say why it could not.
fn hand_over(props: &TakeOverProps, failed: UseStateSetter<bool>) {
    failed.set(false);
    let props = props.clone();
    spawn_local(async move {
        // The person came here from another screen if the app focused this placeholder (its effect
        // runs after this one, before this task): the full module's screen then takes the focus.
        let arrival = match (props.resume, dom::focus_within("#main")) {
            (true, _) => Arrival::ResumeCode,
            (false, true) => Arrival::ScreenStart,
            (false, false) => Arrival::Browser,
        };
        let notice = props.notice.map_or("", Notice::id);
        let taken = take_over::start(&props.record, props.lang.code(), notice, arrival.id());
        if let Err(why) = taken.await {
            dom::warn(&format!(
                "Leadership Radar could not load the rest of the assessment: {why}"
            ));
            failed.set(true);
        }
    });
}

/// The placeholder of a screen the full module renders.
#[component]
pub fn TakeOver(props: &TakeOverProps) -> Html {
    let ui = UiText::current();
    let failed = use_state(|| false);
    {
        let (props, failed) = (props.clone(), failed.setter());
        use_effect_with((), move |_| hand_over(&props, failed));
    }
    let retry = {
        let (props, failed) = (props.clone(), failed.setter());
        Callback::from(move |_: MouseEvent| hand_over(&props, failed.clone()))
    };
    let busy = (!*failed).then_some("true");
    let state = html! {
        if *failed {
            <div class="notice" data-tone="warning" role="alert">
                <p>{ ui.next_failed() }</p>
                <button type="button" class="button button-secondary" onclick={retry}>{ ui.retry() }</button>
            </div>
        } else {
            <p class="results-loading" tabindex="-1" data-autofocus="true">{ ui.next_loading() }</p>
        }
    };
    if props.resume {
        html! { <div class="resume-form" aria-busy={busy}>{ state }</div> }
    } else {
        html! { <section class="screen" aria-busy={busy}>{ state }</section> }
    }
}
