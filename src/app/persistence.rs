//! Progress kept where it belongs: saved after every change (in the browser, or by the host or the
//! LMS through the bridge), followed from another tab of the same assessment, and restored, reset
//! or handed to the LMS when the host or the LMS says so.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use radar_core::record;

use super::start::{welcome_back, Start};
use super::WHOLE;
use crate::bridge::{self, Command};
use crate::components::notice_banner::Notice;
use crate::effects::dom;
use crate::effects::storage::{Mode, Store};
use crate::state::{Change, Model};

/// Saves the session after every change and follows what else may change it.
#[hook]
pub fn use_persistence(
    model: &UseReducerHandle<Model>,
    store: &UseStateHandle<Store>,
    notice: &UseStateHandle<Option<Notice>>,
    start: Rc<Start>,
) {
    {
        // Two tabs of the same assessment: the one not in use follows the other's progress, so
        // neither overwrites the other's answers with stale ones. And, in the full module, the host's
        // or the LMS's commands, heard before the first save below reports to them, so none arrives
        // unheard (one effect for both: each effect costs the first load wasm bytes).
        let (dispatcher, notice, browser_store) =
            (model.dispatcher(), notice.setter(), (**store).clone());
        let (store_setter, start) = (store.setter(), start.clone());
        use_effect_with(store.mode(), move |_| {
            let bank = radar_content::bank();
            let other_tab = {
                let (dispatcher, notice, store) =
                    (dispatcher.clone(), notice.clone(), browser_store.clone());
                web_sys::window().map(|window| {
                    gloo::events::EventListener::new(&window, "storage", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                            return;
                        };
                        let (Some(key), Some(value)) = (event.key(), event.new_value()) else {
                            return;
                        };
                        if store.is_record_key(&key) {
                            if let Ok(session) = record::decode(bank, &value) {
                                dispatcher.dispatch(Change::Restore(session));
                                notice.set(Some(Notice::OtherTab));
                            }
                        }
                    })
                })
            };
            // Only the full module runs in a frame or an LMS (boot.js).
            let commands = WHOLE.then(|| {
                bridge::connect(move |command| match command {
                    Command::Restore(text) => match record::decode(bank, &text) {
                        Ok(session) => {
                            notice.set(welcome_back(&session));
                            dispatcher.dispatch(Change::Restore(session));
                        }
                        Err(_) => {
                            dom::warn("Leadership Radar ignored a saved state it could not read.")
                        }
                    },
                    Command::Reset => dispatcher.dispatch(Change::Reset),
                    Command::Fresh => dispatcher.dispatch(Change::Fresh),
                    Command::KeptByLms => {
                        // The LMS keeps progress now: nothing stays behind in the browser, not even
                        // from a save effect of the render under way (the store changes later).
                        start.external.set(true);
                        start.store.forget();
                        store_setter.set(Store::without_storage(Mode::Lms));
                        notice.set(None);
                    }
                })
            });
            move || drop((other_tab, commands))
        });
    }
    {
        let (notice, store) = (notice.clone(), store.clone());
        use_effect_with(
            (model.session.clone(), store.mode()),
            move |(session, mode)| {
                let record = record::encode(session);
                let mut mode = *mode;
                if start.external.get() && !matches!(mode, Mode::Host | Mode::Lms) {
                    // The LMS's own render follows; this one would still save to the browser.
                    return;
                }
                if !store.save(session, &record) {
                    mode = Mode::Memory;
                    store.set(Store::without_storage(mode));
                    notice.set(Some(Notice::StorageUnavailable));
                }
                if WHOLE {
                    bridge::update(&record, mode.name());
                }
            },
        );
    }
}
