//! The hand-over: where the first-load module ends. After the statements, or when the intro's "Have
//! a resume code?" is opened, it hands the page to the full module, with the session (its saved
//! record), the language, the notice on show and where the focus goes ([`Arrival`]); boot.js takes
//! its app out of the page and mounts the full module's, which reads them back ([`Handed`]). Until
//! then a placeholder shows a loading line, or, when the full module could not be downloaded, an
//! alert with "Try again". The first-load module also prefetches the full module once a statement
//! is answered.

use yew::platform::spawn_local;
use yew::prelude::*;

use radar_core::bank::Bank;
use radar_core::flow::{Screen, Session};
use radar_core::locale::Lang;
use radar_core::record;

use super::WHOLE;
use crate::components::notice_banner::Notice;
use crate::effects::{dom, full_module};
use crate::state::Model;
use crate::texts;

/// Where the focus goes as the full module takes the page over from the first-load module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// It stays where the browser has it: the person had not moved.
    Browser,
    /// The new screen's start: the person came from another screen.
    ScreenStart,
    /// The intro's resume-code field, with its disclosure open: the person opened it.
    ResumeCode,
}

impl Arrival {
    /// How boot.js passes it on.
    pub fn id(self) -> &'static str {
        match self {
            Arrival::Browser => "",
            Arrival::ScreenStart => "screen",
            Arrival::ResumeCode => "resume-code",
        }
    }

    /// Reads [`Arrival::id`]; anything else leaves the focus to the browser.
    pub fn from_id(id: &str) -> Arrival {
        match id {
            "screen" => Arrival::ScreenStart,
            "resume-code" => Arrival::ResumeCode,
            _ => Arrival::Browser,
        }
    }
}

/// What the first-load module hands to the full one.
#[derive(Debug, Clone, PartialEq)]
pub struct Handed {
    /// The session, read from its saved record.
    pub session: Session,
    /// The language the page is in.
    pub lang: Lang,
    /// The notice on show.
    pub notice: Option<Notice>,
    /// Where the focus goes.
    pub focus: Arrival,
}

impl Handed {
    /// Reads what boot.js passes on; `None` when the record or the language cannot be read, and the
    /// app then starts as on a page of its own.
    pub fn parse(
        bank: &Bank,
        record: &str,
        lang: &str,
        notice: &str,
        focus: &str,
    ) -> Option<Handed> {
        Some(Handed {
            session: record::decode(bank, record).ok()?,
            lang: Lang::from_tag(lang)?,
            notice: Notice::from_id(notice),
            focus: Arrival::from_id(focus),
        })
    }
}

/// The first-load module prefetches the full module once the person has answered a statement:
/// the rest of the assessment is near, and nothing of it competes with the first statement.
pub fn prefetch_for(screen: Screen) {
    if !WHOLE && matches!(screen, Screen::Item(position) if position > 0) {
        full_module::prefetch();
    }
}

/// The hand-over as the root component renders it.
pub struct HandOver {
    /// The intro's "Have a resume code?" was opened: the full module brings the form.
    pub resume_wanted: bool,
    /// Opens it.
    pub open_resume: Callback<MouseEvent>,
    /// The full module could not be downloaded.
    pub failed: bool,
    /// Tries again.
    pub retry: Callback<MouseEvent>,
}

/// Hands the page over once the first screen shows (`first_shown`: the page's language is in place
/// only then) and the person leaves the first-load module's own screens (`own_screen`: the intro
/// and the statements, with storage that keeps progress), or opens the resume-code form; a new try
/// each time the person moves on. The full module never hands over.
#[hook]
pub fn use_hand_over(
    model: &UseReducerHandle<Model>,
    lang: Lang,
    notice: Option<Notice>,
    own_screen: bool,
    first_shown: bool,
) -> HandOver {
    let resume_wanted = use_state(|| false);
    let failed = use_state(|| false);
    let handing_over = !WHOLE && first_shown && (*resume_wanted || !own_screen);
    let start = {
        let (model, failed) = (model.clone(), failed.setter());
        move || {
            let record = record::encode(&model.session);
            // On the first-load module's own screens, only the resume-code form hands over.
            hand_over(record, lang, notice, own_screen, failed.clone());
        }
    };
    {
        let start = start.clone();
        use_effect_with((handing_over, own_screen), move |&(on, _)| {
            if on {
                start();
            }
        });
    }
    let open_resume = {
        let resume_wanted = resume_wanted.setter();
        Callback::from(move |_: MouseEvent| resume_wanted.set(true))
    };
    HandOver {
        resume_wanted: *resume_wanted,
        open_resume,
        failed: *failed,
        retry: Callback::from(move |_: MouseEvent| start()),
    }
}

/// Has the full module take the page over with the session saved as `record`, in `lang`, with
/// `notice` on show; `resume`: for the intro's resume-code form. `failed` is set when the full
/// module could not be loaded (this module's app is then still in place) and cleared on a new try.
fn hand_over(
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
        let taken = full_module::hand_over(&record, lang.code(), notice, arrival.id());
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
