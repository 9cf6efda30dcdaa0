//! Saving and restoring the session: localStorage when the browser allows it, memory otherwise.

use crate::core::bank::Bank;
use crate::core::flow::{Screen, Session};
use crate::core::record::{self, RecordError};

/// The localStorage key of the saved record.
pub const KEY: &str = "leadership-radar.session";
const PROBE_KEY: &str = "leadership-radar.probe";

/// Where progress is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// In localStorage: survives reloads.
    Local,
    /// Only in this page's memory: lost on reload.
    Memory,
}

/// A handle on the storage the browser allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    storage: Option<web_sys::Storage>,
}

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// Nothing saved: a fresh start.
    Fresh,
    /// A saved session to continue.
    Resumed(Session),
    /// Something saved that could not be used; it has been removed.
    Discarded(RecordError),
}

impl Store {
    /// Probes localStorage with a write and a removal; any exception means memory mode.
    pub fn open() -> Store {
        // Reading `window.localStorage` itself throws in cross-site iframes with storage blocked.
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .filter(|s| s.set_item(PROBE_KEY, "1").is_ok() && s.remove_item(PROBE_KEY).is_ok());
        Store { storage }
    }

    /// A store that keeps nothing.
    pub fn memory() -> Store {
        Store { storage: None }
    }

    /// Where progress is kept.
    pub fn mode(&self) -> Mode {
        if self.storage.is_some() {
            Mode::Local
        } else {
            Mode::Memory
        }
    }

    /// Reads the saved session; an unreadable record is removed so it cannot fail twice.
    pub fn restore(&self, bank: &Bank) -> Restored {
        let Some(storage) = &self.storage else {
            return Restored::Fresh;
        };
        let Ok(Some(text)) = storage.get_item(KEY) else {
            return Restored::Fresh;
        };
        match record::decode(bank, &text) {
            Ok(session) => Restored::Resumed(session),
            Err(error) => {
                let _ = storage.remove_item(KEY);
                Restored::Discarded(error)
            }
        }
    }

    /// Saves the session (a fresh intro removes the record). Returns false when the write failed.
    pub fn save(&self, session: &Session) -> bool {
        let Some(storage) = &self.storage else {
            return true;
        };
        if session.screen == Screen::Intro && session.answered() == 0 {
            return storage.remove_item(KEY).is_ok();
        }
        storage.set_item(KEY, &record::encode(session)).is_ok()
    }
}
