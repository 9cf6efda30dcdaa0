//! The root component: owns the flow reducer, restores and saves progress, and picks the screen.

use yew::prelude::*;

use crate::components::intro::intro;
use crate::components::item_screen::ItemScreen;
use crate::components::notice_banner::{notice_banner, Notice};
use crate::components::results::Results;
use crate::components::review::review;
use crate::components::scenario_intro::scenario_intro;
use crate::components::scenario_screen::scenario_screen;
use crate::core::bank::Bank;
use crate::core::flow::{Screen, Session};
use crate::core::record::RecordError;
use crate::core::text::{fill, UiText};
use crate::effects::storage::{Mode, Restored, Store};
use crate::effects::{dom, report};
use crate::hooks::use_answer_keys::use_answer_keys;
use crate::hooks::use_double_click_guard::use_double_click_guard;
use crate::state::Model;

/// Mounts the app into `#app` (falling back to `<body>`).
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

fn first_notice(store: &Store, restored: &Restored) -> Option<Notice> {
    match restored {
        _ if store.mode() == Mode::Memory => Some(Notice::StorageUnavailable),
        Restored::Discarded(RecordError::OldVersion(_) | RecordError::FutureVersion(_)) => {
            Some(Notice::Outdated)
        }
        Restored::Discarded(_) => Some(Notice::Corrupt),
        Restored::Resumed(session)
            if !matches!(session.screen, Screen::Intro | Screen::Results) =>
        {
            Some(Notice::Restored)
        }
        Restored::Resumed(_) | Restored::Fresh => None,
    }
}

/// The whole assessment.
#[component]
pub fn App() -> Html {
    let bank = Bank::builtin();
    let ui = UiText::builtin();
    let boot = use_memo((), |_| {
        let store = Store::open();
        let restored = store.restore(bank);
        (store, restored)
    });
    let model = use_reducer(|| Model {
        session: match &boot.1 {
            Restored::Resumed(session) => session.clone(),
            Restored::Fresh | Restored::Discarded(_) => Session::new(bank),
        },
    });
    let notice = use_state(|| first_notice(&boot.0, &boot.1));

    {
        let store = boot.0.clone();
        let notice = notice.clone();
        use_effect_with(model.session.clone(), move |session| {
            if !store.save(session) {
                notice.set(Some(Notice::StorageUnavailable));
            }
        });
    }
    {
        // Focus follows the screen: back from an edit, to the row just changed in the review;
        // otherwise to the new screen's start. The first render is skipped so opening the page
        // does not steal focus from the browser.
        let previous = use_mut_ref(|| None::<Screen>);
        use_effect_with(model.session.screen, move |&screen| {
            let came_from = previous.borrow_mut().replace(screen);
            let edited_row = match (came_from, screen) {
                (Some(Screen::Item(p)), Screen::Review) => {
                    Some(format!("[data-review-item='{p}']"))
                }
                (Some(Screen::Scenario(s)), Screen::Review) => {
                    Some(format!("[data-review-scenario='{s}']"))
                }
                _ => None,
            };
            match (came_from, edited_row) {
                (None, _) => {}
                (Some(_), Some(row)) if dom::focus(&row) => {}
                (Some(_), _) => dom::focus_screen_start(),
            }
        });
    }
    use_double_click_guard();
    // Results are near from the scenario bridge on: fetch the report module while the person reads.
    use_effect_with(model.session.screen, |screen| {
        if matches!(
            screen,
            Screen::ScenarioIntro | Screen::Scenario(_) | Screen::Review | Screen::Results
        ) {
            report::prefetch();
        }
    });

    let dispatch = {
        let model = model.clone();
        Callback::from(move |action| model.dispatch(action))
    };
    let session = &model.session;
    let item_position = match session.screen {
        Screen::Item(position) => Some(position),
        _ => None,
    };
    use_answer_keys(item_position, dispatch.clone());

    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| {
            notice.set(None);
            // The dismissed button disappears; keep keyboard users in the main content.
            dom::focus("#main");
        })
    };
    // One live region that outlives the screens, so "3 of 16" is announced on every change.
    let announcement = match session.screen {
        Screen::Item(p) => fill(
            ui.announce_item,
            &[
                ("n", &(p + 1).to_string()),
                ("total", &session.sequence.len().to_string()),
            ],
        ),
        Screen::Scenario(s) => {
            let (number, _) = bank.scenario_number(s);
            let title = bank.scenarios.get(s).map_or("", |scenario| scenario.title);
            fill(
                ui.announce_scenario,
                &[
                    ("n", &number.to_string()),
                    ("total", &bank.scenario_count().to_string()),
                    ("title", title),
                ],
            )
        }
        _ => String::new(),
    };
    let screen = match session.screen {
        Screen::Intro => intro(&dispatch),
        Screen::Item(position) => html! {
            <ItemScreen
                {position}
                total={session.sequence.len()}
                item={session.sequence.get(position).copied().unwrap_or(0)}
                answer={session.answer_at(position)}
                from_review={session.from_review}
                dispatch={dispatch.clone()}
            />
        },
        Screen::ScenarioIntro => scenario_intro(session.form, &dispatch),
        Screen::Scenario(index) => {
            let pick = session
                .responses
                .picks
                .get(index)
                .copied()
                .unwrap_or_default();
            scenario_screen(index, pick, session.from_review, &dispatch)
        }
        Screen::Review => review(session, &dispatch),
        Screen::Results => {
            html! { <Results session={session.clone()} dispatch={dispatch.clone()} /> }
        }
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ &ui.skip_to_content }</a>
            <header class="site-header">
                <p class="brand">
                    <svg class="brand-mark" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                        <polygon points="0,-9 6.4,-6.4 9,0 6.4,6.4 0,9 -6.4,6.4 -9,0 -6.4,-6.4" class="brand-ring" />
                        <polygon points="0,-7 4,-4 6,0 3,3 0,5 -4,4 -5,0 -3,-3" class="brand-shape" />
                    </svg>
                    <span class="brand-name">{ &ui.app_title }</span>
                </p>
            </header>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
            <main id="main" class="site-main" tabindex="-1">
                { notice_banner(*notice, on_dismiss) }
                { screen }
            </main>
            <footer class="site-footer"><p>{ &ui.footer }</p></footer>
        </>
    }
}
