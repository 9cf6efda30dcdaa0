//! Start-up: what the page starts with, read once. The URL's configuration (and its look: theme and
//! accent), the storage the browser allows and what was saved there, the language asked for, what
//! was done on the pre-rendered first screens, and the notice to show first; or, in the full module
//! after a hand-over, the first-load module's session.

use std::cell::Cell;

use radar_core::bank::Bank;
use radar_core::before_after;
use radar_core::config::{self, Config, Theme};
use radar_core::facts::RETAKE_FRAGMENT;
use radar_core::flow::{Opening, Screen, Session};
use radar_core::locale::Lang;
use radar_core::prerender::Replay;
use radar_core::record::RecordError;
use radar_core::result_code;

use super::hand_over::{Arrival, Handed};
use super::WHOLE;
use crate::components::notice_banner::Notice;
use crate::effects::dom;
use crate::effects::locale as locale_edge;
use crate::effects::prerender;
use crate::effects::storage::{Mode, Restored, Store, BEFORE_NOTE};

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
            // Only the full module opens a check-in reminder's link (boot.js).
            let restored = match WHOLE {
                true => retake(bank, &store, restored),
                false => restored,
            };
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

/// A check-in reminder's link (`#retake=<code>`): the earlier code is kept for the results'
/// "Before and after", and the same form starts afresh, unless a run is under way, which goes on.
/// A code that cannot be read leaves the assessment as it was, with a console warning.
fn retake(bank: &Bank, store: &Store, restored: Restored) -> Restored {
    let hash = dom::hash();
    let Some(text) = hash.strip_prefix(RETAKE_FRAGMENT) else {
        return restored;
    };
    dom::clear_hash();
    let code = before_after::code_of(text);
    let earlier = match result_code::decode_self(bank, code) {
        Ok(earlier) => earlier,
        Err(error) => {
            dom::warn(&format!(
                "Leadership Radar ignored a check-in link: its code is {error}."
            ));
            return restored;
        }
    };
    if let Restored::Resumed(session) = &restored {
        if !matches!(session.screen, Screen::Intro | Screen::Results) {
            store.set_note(BEFORE_NOTE, code);
            return restored;
        }
    }
    store.clear_notes();
    store.set_note(BEFORE_NOTE, code);
    Restored::Resumed(Session::opening(bank, Opening::Form(earlier.form)))
}

fn first_notice(store: &Store, restored: &Restored) -> Option<Notice> {
    match restored {
        _ if store.mode() == Mode::Memory => Some(Notice::StorageUnavailable),
        Restored::Discarded(RecordError::FutureVersion(_)) => Some(Notice::Newer),
        Restored::Discarded(RecordError::OldVersion(_)) => Some(Notice::Outdated),
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
