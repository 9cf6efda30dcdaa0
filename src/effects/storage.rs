//! Saving and restoring the session: localStorage, else sessionStorage, else memory, as the browser
//! allows and the `storage` parameter asks; or nowhere in the browser when a host or LMS keeps it.

use radar_core::bank::Bank;
use radar_core::config::StorageChoice;
use radar_core::facts::{LANGUAGE_KEY, NUMBER_KEYS_KEY, PROBE_KEY, SESSION_KEY};
use radar_core::flow::{Screen, Session};
use radar_core::record::{self, RecordError};

/// The note that keeps the actions the person chose from their plan.
pub const PLAN_NOTE: &str = "plan";

/// The note that keeps an earlier result code of the person's, for "Before and after".
pub const BEFORE_NOTE: &str = "before";

/// The notes a session may keep beside its record; starting over removes them with it.
pub const NOTES: [&str; 4] = ["invite", "rater-codes", PLAN_NOTE, BEFORE_NOTE];

/// Where progress is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// localStorage: survives closing the browser.
    Local,
    /// sessionStorage: survives reloads of this tab.
    Session,
    /// Only in this page's memory: lost on leaving, so a resume code is offered.
    Memory,
    /// By the embedding host, through `state` messages.
    Host,
    /// By the LMS, as SCORM suspend data.
    Lms,
}

impl Mode {
    const ALL: [Mode; 5] = [
        Mode::Local,
        Mode::Session,
        Mode::Memory,
        Mode::Host,
        Mode::Lms,
    ];

    /// The mode of a [`Mode::name`]; `None` for any other text.
    pub fn parse(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|mode| mode.name() == name)
    }

    /// The mode's name in the host protocol.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Local => "local",
            Mode::Session => "session",
            Mode::Memory => "memory",
            Mode::Host => "host",
            Mode::Lms => "lms",
        }
    }
}

/// A handle on the storage in use.
#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    mode: Mode,
    storage: Option<web_sys::Storage>,
    key: String,
}

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// Nothing saved: a fresh start.
    Fresh,
    /// A saved session to continue.
    Resumed(Session),
    /// Something saved that could not be used; it has been removed, unless it is a newer
    /// version's record ([`RecordError::FutureVersion`]), which is left alone.
    Discarded(RecordError),
}

/// A storage area that accepts a write and a removal. Even reading `window.localStorage` throws in
/// a cross-site iframe with third-party storage blocked, hence no unwrap anywhere.
fn probe(
    area: Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>,
) -> Option<web_sys::Storage> {
    area.ok()
        .flatten()
        .filter(|s| s.set_item(PROBE_KEY, "1").is_ok() && s.remove_item(PROBE_KEY).is_ok())
}

impl Store {
    /// Opens the storage `choice` asks for, falling back to memory where the browser refuses it.
    /// `shared_with` is the allow-list of a host that frames the page and receives its progress:
    /// `storage=host` needs one, and the saved record is then kept under a key of its own, so a
    /// page that frames the app naming itself as parent never sees progress made elsewhere.
    pub fn open(choice: StorageChoice, shared_with: Option<&[String]>) -> Store {
        let key = match shared_with {
            Some(origins) => format!("{SESSION_KEY}@{}", origins.join(" ")),
            None => SESSION_KEY.to_string(),
        };
        let host_ok = shared_with.is_some();
        let window = web_sys::window();
        let local = || window.as_ref().and_then(|w| probe(w.local_storage()));
        let session = || window.as_ref().and_then(|w| probe(w.session_storage()));
        let (mode, storage) = match choice {
            StorageChoice::Auto => match local() {
                Some(s) => (Mode::Local, Some(s)),
                None => match session() {
                    Some(s) => (Mode::Session, Some(s)),
                    None => (Mode::Memory, None),
                },
            },
            StorageChoice::Local => match local() {
                Some(s) => (Mode::Local, Some(s)),
                None => (Mode::Memory, None),
            },
            StorageChoice::Session => match session() {
                Some(s) => (Mode::Session, Some(s)),
                None => (Mode::Memory, None),
            },
            StorageChoice::Host if host_ok => (Mode::Host, None),
            StorageChoice::Host | StorageChoice::Memory => (Mode::Memory, None),
        };
        Store { mode, storage, key }
    }

    /// A store that keeps nothing in the browser: progress lives in memory, or with a host or LMS.
    pub fn without_storage(mode: Mode) -> Store {
        Store {
            mode,
            storage: None,
            key: SESSION_KEY.to_string(),
        }
    }

    /// The store the app has open in mode `mode` (by [`Mode::name`]) under `key`, for the
    /// full module's screens; `None` for a mode it does not know.
    pub fn reopen(mode: &str, key: &str) -> Option<Store> {
        let mode = Mode::parse(mode)?;
        let storage = match mode {
            Mode::Local => area(false),
            Mode::Session => area(true),
            Mode::Memory | Mode::Host | Mode::Lms => None,
        };
        Some(Store {
            mode,
            storage,
            key: key.to_string(),
        })
    }

    /// The key the record is saved under.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Whether a `storage` event from another tab is about this store's record.
    pub fn is_record_key(&self, key: &str) -> bool {
        self.mode == Mode::Local && key == self.key
    }

    /// Where progress is kept.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Reads the saved session; an unreadable record is removed so it cannot fail twice, but a
    /// newer version's record is left where it is.
    pub fn restore(&self, bank: &Bank) -> Restored {
        let Some(storage) = &self.storage else {
            return Restored::Fresh;
        };
        let Ok(Some(text)) = storage.get_item(&self.key) else {
            return Restored::Fresh;
        };
        match record::decode(bank, &text) {
            Ok(session) => Restored::Resumed(session),
            Err(error) => {
                if !matches!(error, RecordError::FutureVersion(_)) {
                    let _ = storage.remove_item(&self.key);
                }
                Restored::Discarded(error)
            }
        }
    }

    /// Removes the saved record (when a host or the LMS takes over keeping it).
    pub fn forget(&self) {
        if let Some(storage) = &self.storage {
            let _ = storage.remove_item(&self.key);
        }
    }

    /// A note kept beside the record (a rater link, the rater codes received), if any.
    pub fn note(&self, name: &str) -> Option<String> {
        self.storage
            .as_ref()?
            .get_item(&format!("{}.{name}", self.key))
            .ok()
            .flatten()
    }

    /// Removes every note kept beside the record (a new run from a check-in reminder's link).
    pub fn clear_notes(&self) {
        if let Some(storage) = &self.storage {
            for note in NOTES {
                let _ = storage.remove_item(&format!("{}.{note}", self.key));
            }
        }
    }

    /// Keeps a note beside the record; nothing happens where the browser keeps nothing.
    pub fn set_note(&self, name: &str, value: &str) {
        if let Some(storage) = &self.storage {
            let _ = storage.set_item(&format!("{}.{name}", self.key), value);
        }
    }

    /// Saves the session's `record` (a fresh intro removes it, and its notes). Returns false when
    /// the write failed. A newer version's record, and its notes, are never saved over or removed.
    pub fn save(&self, session: &Session, record: &str) -> bool {
        let Some(storage) = &self.storage else {
            return true;
        };
        if let Ok(Some(saved)) = storage.get_item(&self.key) {
            if record::is_newer(&saved) {
                return true;
            }
        }
        if session.screen == Screen::Intro && session.answered() == 0 {
            for note in NOTES {
                let _ = storage.remove_item(&format!("{}.{note}", self.key));
            }
            return storage.remove_item(&self.key).is_ok();
        }
        storage.set_item(&self.key, record).is_ok()
    }
}

/// sessionStorage or localStorage, when reading it does not throw. No probe: a refused read or
/// write just fails, and these small notes do without.
fn area(tab_only: bool) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    let area = if tab_only {
        window.session_storage()
    } else {
        window.local_storage()
    };
    area.ok().flatten()
}

/// A value kept for this tab only (sessionStorage), when the browser allows it: a colleague's
/// answers survive a reload but not the closing of the tab.
pub fn tab_note(key: &str) -> Option<String> {
    area(true)?.get_item(key).ok().flatten()
}

/// Keeps (or, with `None`, removes) a value for this tab only; quietly nothing where refused.
pub fn set_tab_note(key: &str, value: Option<&str>) {
    if let Some(storage) = area(true) {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// A preference of this browser's (localStorage), where the browser allows it.
fn preference(key: &str) -> Option<String> {
    area(false)?.get_item(key).ok().flatten()
}

/// Remembers a preference of this browser's; quietly nothing where refused.
fn set_preference(key: &str, value: &str) {
    if let Some(storage) = area(false) {
        let _ = storage.set_item(key, value);
    }
}

/// Whether keys 1 to 5 answer, a preference of this browser's (on unless turned off: WCAG 2.1.4).
pub fn number_keys() -> bool {
    preference(NUMBER_KEYS_KEY).as_deref() != Some("off")
}

/// Remembers whether keys 1 to 5 answer, where the browser allows it.
pub fn set_number_keys(on: bool) {
    set_preference(NUMBER_KEYS_KEY, if on { "on" } else { "off" });
}

/// The language picked earlier in the menu, as its code (boot.js reads the same key).
pub fn language() -> Option<String> {
    preference(LANGUAGE_KEY)
}

/// Remembers a language picked in the menu, where the browser allows it.
pub fn set_language(code: &str) {
    set_preference(LANGUAGE_KEY, code);
}
