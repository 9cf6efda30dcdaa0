//! The page's frame around the screens: the header with the language switcher, the live region's
//! announcement, the privacy lines of the intro and the footer's note.

use yew::prelude::*;

use radar_core::flow::{Screen, Session};
use radar_core::locale::Lang;
use radar_core::text::{fill, substitute, UiText};

use super::WHOLE;
use crate::components::language_switcher::language_switcher;
use crate::effects::storage::Mode;
use crate::texts;

/// The header: the brand and the language switcher showing `wanted`.
pub fn header(ui: &UiText, wanted: Lang, on_language: Callback<Lang>) -> Html {
    html! {
        <header class="site-header">
            <p class="brand">
                <svg class="brand-mark" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                    <polygon points="0,-9 6.4,-6.4 9,0 6.4,6.4 0,9 -6.4,6.4 -9,0 -6.4,-6.4" class="brand-ring" />
                    <polygon points="0,-7 4,-4 6,0 3,3 0,5 -4,4 -5,0 -3,-3" class="brand-shape" />
                </svg>
                <span class="brand-name">{ ui.app_title() }</span>
            </p>
            { language_switcher(wanted, on_language) }
        </header>
    }
}

/// What the one live region, which outlives the screens, says of the screen on show ("Statement 3
/// of 16"), so that every change is announced.
pub fn announcement(ui: &UiText, session: &Session) -> String {
    match session.screen {
        Screen::Item(p) => substitute(
            ui.announce_item(),
            &[
                ("n", &(p + 1).to_string()),
                ("total", &session.sequence.len().to_string()),
            ],
        ),
        // The first-load module hands scenarios over, and has none of their texts.
        Screen::Scenario(s) if WHOLE => {
            let bank = texts::bank();
            let (number, _) = bank.scenario_number(s);
            let title = bank.scenarios.get(s).map_or("", |scenario| scenario.title);
            let t = texts::all();
            fill(
                t.lang,
                t.screens.announce_scenario(),
                &[
                    ("n", &number.to_string()),
                    ("total", &bank.scenario_count().to_string()),
                    ("title", title),
                ],
            )
        }
        _ => String::new(),
    }
}

/// The intro's two privacy lines: who sees the answers, and where progress is kept (`mode`);
/// `shared`: framed by a host allowed to receive progress and scores.
pub fn privacy(ui: &UiText, mode: Mode, shared: bool) -> [&'static str; 2] {
    match mode {
        Mode::Lms => [ui.intro_privacy_lms(), ""],
        Mode::Host => [ui.intro_privacy_host(), ""],
        Mode::Local | Mode::Session | Mode::Memory => [
            if shared {
                ui.intro_privacy_shared()
            } else {
                ui.intro_privacy()
            },
            match mode {
                Mode::Local => ui.storage_local(),
                Mode::Session => ui.storage_session(),
                _ => ui.storage_memory(),
            },
        ],
    }
}

/// The footer's note, which says who receives what.
pub fn footer_note(ui: &UiText, mode: Mode, shared: bool) -> &'static str {
    if shared || mode == Mode::Lms {
        ui.footer_shared()
    } else {
        ui.footer()
    }
}
