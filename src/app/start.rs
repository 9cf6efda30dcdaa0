//! Start-up: what the page starts with, read once. The URL's configuration (and its look: theme and
//! accent), the storage the browser allows and what was saved there, the language asked for, what
//! was done on the pre-rendered first screens, and the notice to show first; or, in the full module
//! after a hand-over, the first-load module's session.

use std::cell::Cell;

use radar_core::bank::Bank;
use radar_core::config::{self, Config, Theme};
use radar_core::flow::{Screen, Session};
use radar_core::locale::Lang;
use radar_core::prerender::Replay;
use radar_core::record::RecordError;

use super::hand_over::{Arrival, Handed};
use super::WHOLE;
use crate::components::notice_banner::Notice;
use crate::effects::dom;
use crate::effects::locale as locale_edge;
use crate::effects::prerender;
use crate::effects::storage::{Mode, Restored, Store};

/// What the page starts with.
pub struct Start {
    /// The URL's configuration.
    pub config: Config,
    /// Framed by a host that is allowed to receive progress and scores.
    pub shared: bool,
    /// The storage the browser allows (as the `storage` parameter asks).
    pub store: Store,
    /// What was saved there, or the session handed over.
    pub restored: Restored,
    /// The language asked for by the URL, an earlier choice or the browser.
    pub lang: Lang,
    /// What was done on the pre-rendered first screens before the app arrived.
    pub replay: Replay,
    /// Set the moment the LMS takes over keeping progress.
    pub external: Cell<bool>,
    /// The notice to show first.
    pub notice: Option<Notice>,
    /// Where the first render puts the focus, when the first-load module handed the page over.
    pub focus: Arrival,
}

/// Reads what the page starts with, and puts the URL's look in place.
pub fn start(bank: &Bank, handed: Option<&Handed>) -> Start {
    // The first-load module runs only on a page of its own (boot.js).
    let (config, warnings) = if WHOLE {
        config::parse(&dom::query())
    } else {
        config::parse_own_page(&dom::query())
    };
    // The first-load module has already warned about these, if it handed the session over.
    for warning in warnings.iter().filter(|_| handed.is_none()) {
        dom::warn(&format!(
            "Leadership Radar ignored the URL parameter {}=\"{}\": expected {}.",
            warning.parameter, warning.value, warning.expected
        ));
    }
    let theme = match config.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let accent = config.accent.as_deref();
    dom::apply_look(theme, accent.map(|a| (a, config::accent_ink(a))));
    let shared = !config.parent_origins.is_empty() && dom::framed();
    let store = Store::open(config.storage, shared.then_some(&config.parent_origins[..]));
    let (restored, lang, notice) = match handed {
        // The session goes on, as it was in the first-load module.
        Some(handed) => {
            let restored = Restored::Resumed(handed.session.clone());
            let notice = match store.mode() {
                Mode::Memory => Some(Notice::StorageUnavailable),
                _ => handed.notice,
            };
            (restored, handed.lang, notice)
        }
        None => {
            let restored = store.restore(bank);
            let notice = first_notice(&store, &restored);
            let lang = Lang::negotiate(config.lang, &locale_edge::preferred());
            (restored, lang, notice)
        }
    };
    Start {
        config,
        shared,
        store,
        restored,
        lang,
        replay: prerender::take(),
        external: Cell::new(false),
        notice,
        focus: handed.map_or(Arrival::Browser, |handed| handed.focus),
    }
}

fn first_notice(store: &Store, restored: &Restored) -> Option<Notice> {
    match restored {
        _ if store.mode() == Mode::Memory => Some(Notice::StorageUnavailable),
        Restored::Discarded(RecordError::OldVersion(_) | RecordError::FutureVersion(_)) => {
            Some(Notice::Outdated)
        }
        Restored::Discarded(_) => Some(Notice::Corrupt),
        Restored::Resumed(session) => welcome_back(session),
        Restored::Fresh => None,
    }
}

/// "Welcome back" for a session picked up mid-way; none on the intro or the results, which speak
/// for themselves.
pub fn welcome_back(session: &Session) -> Option<Notice> {
    (!matches!(session.screen, Screen::Intro | Screen::Results)).then_some(Notice::Restored)
}
