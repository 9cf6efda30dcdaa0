//! The root component: the flow's one reducer, and the page's layout. Everything else it does has a
//! module of its own: start-up (`start`), the language (`language`), the fragment's pages
//! (`routing`), saving and restoring progress (`persistence`), focus (`focus`), the hand-over from
//! the first-load module to the full one (`hand_over`), the page's frame (`frame`) and mounting
//! (`mount`).

mod focus;
mod frame;
mod hand_over;
mod language;
mod mount;
mod persistence;
mod routing;
mod start;

pub use hand_over::{Arrival, Handed};
pub use mount::{leave, mount};

use yew::prelude::*;

use radar_core::bank::Form;
use radar_core::facts::Elsewhere;
use radar_core::flow::{Opening, Screen, Session};
use radar_core::locale::Lang;
use radar_core::prerender;
use radar_core::record;

use crate::components::intro::intro;
use crate::components::item_screen::item_screen;
use crate::components::notice_banner::notice_banner;
use crate::components::pool_view::PoolView;
use crate::components::rater_view::RaterView;
use crate::components::results::Results;
use crate::components::resume_code::ResumeCode;
use crate::components::resume_entry::{resume_opener, ResumeEntry};
use crate::components::review::Review;
use crate::components::scenario_intro::ScenarioIntro;
use crate::components::scenario_screen::ScenarioScreen;
use crate::components::shared_results::SharedResults;
use crate::components::team_view::TeamView;
use crate::effects::dom;
use crate::effects::storage::{self, Mode, Restored};
use crate::hooks::use_answer_keys::use_answer_keys;
use crate::hooks::use_double_click_guard::use_double_click_guard;
use crate::state::{Change, Model};
use crate::texts;

/// Whether this build is the full module, which renders every screen. The first-load module (the
/// cargo feature `first-load`, which index.html sets) renders only the intro and the statements and
/// hands the page to the full module for the rest (see `hand_over`); as a constant, it lets the
/// compiler drop everything else from the first load.
pub const WHOLE: bool = !cfg!(feature = "first-load");

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The session the first-load module handed over, if it did.
    #[prop_or_default]
    pub handed: Option<Handed>,
}

/// The whole assessment, or its first part in the first-load module (see [`WHOLE`]).
#[component]
pub fn App(props: &AppProps) -> Html {
    // One memo for all that is read once (each hook costs the first load wasm bytes).
    let start = use_memo((), |_| {
        start::start(radar_content::bank(), props.handed.as_ref())
    });
    let notice = use_state(|| start.notice);
    let language = language::use_language(
        start.lang,
        start.store.mode() == Mode::Local,
        notice.setter(),
    );
    let opening = match (start.config.intro, start.config.form) {
        (true, _) => Opening::Intro,
        (false, form) => Opening::Form(form.unwrap_or(Form::Short)),
    };
    let model = use_reducer(|| {
        let bank = radar_content::bank();
        Model {
            session: match &start.restored {
                Restored::Resumed(session) => session.clone(),
                Restored::Fresh => prerender::session(bank, opening, &start.replay.actions),
                Restored::Discarded(_) => Session::opening(bank, opening),
            },
            opening,
            restored: matches!(start.restored, Restored::Resumed(_)),
        }
    });
    let store = use_state(|| start.store.clone());
    let elsewhere = routing::use_elsewhere();
    persistence::use_persistence(&model, &store, &notice, start.clone());
    focus::use_screen_focus(model.session.screen, (*elsewhere).clone(), start.clone());
    use_double_click_guard();

    let dispatch = {
        let model = model.clone();
        Callback::from(move |action| model.dispatch(Change::Flow(action)))
    };
    let session = &model.session;
    // Keys 1 to 5 answer the item on screen, unless turned off (WCAG 2.1.4), and never elsewhere,
    // nor before the first screen shows (it may wait for its translation).
    let number_keys = use_state(storage::number_keys);
    let on_toggle_keys = {
        let number_keys = number_keys.clone();
        Callback::from(move |_| {
            let on = !*number_keys;
            storage::set_number_keys(on);
            number_keys.set(on);
        })
    };
    let item_position = match (session.screen, elsewhere.is_some()) {
        (Screen::Item(position), false) if *number_keys && language.first_shown => Some(position),
        _ => None,
    };
    use_answer_keys(item_position, dispatch.clone());

    let mode = store.mode();
    // The first-load module keeps no resume code: without storage, the full module takes over.
    let first_part = WHOLE || mode != Mode::Memory;
    let own_screen = first_part
        && elsewhere.is_none()
        && matches!(session.screen, Screen::Intro | Screen::Item(_));
    let hand_over = hand_over::use_hand_over(
        &model,
        language.active,
        *notice,
        own_screen,
        language.first_shown,
    );

    let ui = texts::ui();
    let header = frame::header(ui, language.wanted, language.choose);
    if !language.first_shown {
        return html! {
            <>
                { header }
                <main id="main" class="site-main" tabindex="-1" aria-busy="true"></main>
            </>
        };
    }
    let on_leave = routing::leave(&elsewhere);
    let screen = match (&*elsewhere, session.screen) {
        (None, Screen::Intro) if first_part => {
            let resume = if WHOLE {
                let on_restore = {
                    let (model, notice) = (model.clone(), notice.clone());
                    Callback::from(move |session: Session| {
                        notice.set(start::welcome_back(&session));
                        model.dispatch(Change::Restore(session));
                    })
                };
                let open = start.focus == Arrival::ResumeCode;
                html! { <ResumeEntry {on_restore} {open} /> }
            } else {
                let loading = html! {
                    if hand_over.resume_wanted {
                        { hand_over::placeholder(hand_over.failed, true, hand_over.retry.clone()) }
                    }
                };
                resume_opener(hand_over.open_resume, loading)
            };
            let privacy = frame::privacy(ui, mode, start.shared);
            intro(start.config.form, privacy, &dispatch, resume)
        }
        (None, Screen::Item(position)) if first_part => {
            item_screen(session, position, &dispatch, *number_keys, &on_toggle_keys)
        }
        // Everything else is the full module's: the first-load module hands the session over.
        _ if !WHOLE => hand_over::placeholder(hand_over.failed, false, hand_over.retry),
        (Some(Elsewhere::Shared(code)), _) => {
            html! { <SharedResults code={AttrValue::from(code.clone())} {on_leave} /> }
        }
        (Some(Elsewhere::Team), _) => html! { <TeamView {on_leave} /> },
        (Some(Elsewhere::Pool), _) => html! { <PoolView {on_leave} /> },
        (Some(Elsewhere::Rate(invite)), _) => {
            html! { <RaterView invite={AttrValue::from(invite.clone())} {on_leave} /> }
        }
        (None, Screen::ScenarioIntro) => {
            html! { <ScenarioIntro form={session.form} dispatch={dispatch.clone()} /> }
        }
        (None, Screen::Scenario(index)) => {
            let pick = session
                .responses
                .picks
                .get(index)
                .copied()
                .unwrap_or_default();
            let from_review = session.from_review;
            html! { <ScenarioScreen {index} {pick} {from_review} dispatch={dispatch.clone()} /> }
        }
        (None, Screen::Review) => {
            html! { <Review session={session.clone()} dispatch={dispatch.clone()} /> }
        }
        (None, Screen::Results) => html! {
            <Results session={session.clone()} dispatch={dispatch.clone()} store={(*store).clone()} />
        },
        // Not reached: the whole app renders these above.
        (None, Screen::Intro | Screen::Item(_)) => Html::default(),
    };
    let content = if WHOLE {
        // The full module's components follow the language through this one context.
        html! {
            <ContextProvider<Lang> context={language.active}>
                { screen }
                if mode == Mode::Memory && session.screen != Screen::Intro && elsewhere.is_none() {
                    <ResumeCode code={record::encode(session)} />
                }
            </ContextProvider<Lang>>
        }
    } else {
        screen
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| {
            notice.set(None);
            // The dismissed button disappears; keep keyboard users in the main content.
            dom::focus("#main");
        })
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ ui.skip_to_content() }</a>
            { header }
            <p class="visually-hidden" aria-live="polite">{ frame::announcement(ui, session) }</p>
            <main id="main" class="site-main" tabindex="-1">
                { notice_banner(if elsewhere.is_some() { None } else { *notice }, on_dismiss) }
                { content }
            </main>
            <footer class="site-footer">
                <p>{ frame::footer_note(ui, mode, start.shared) }</p>
                if elsewhere.is_none() {
                    <p><a href="#team">{ ui.team_link() }</a></p>
                }
            </footer>
        </>
    }
}
