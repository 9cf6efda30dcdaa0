//! The page's language: the one asked for, the one whose texts are active (they differ while a
//! translation downloads), and the race between downloads: after two quick switches only the
//! second takes effect. The first screen waits for its translation rather than flashing English.

use std::cell::RefCell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use radar_core::locale::{Lang, Locale};

use super::WHOLE;
use crate::components::notice_banner::Notice;
use crate::effects::dom;
use crate::effects::locale as locale_edge;
use crate::texts;

/// The page's language, as the root component renders it.
pub struct Language {
    /// Asked for (the switcher shows it).
    pub wanted: Lang,
    /// Whose texts are active.
    pub active: Lang,
    /// The first screen's language is in place (or could not be had).
    pub first_shown: bool,
    /// A pick in the switcher, which is remembered once it works.
    pub choose: Callback<Lang>,
}

/// Follows the language asked for: at first `start`, then each pick in the switcher. Its texts
/// are activated (see `crate::texts`) once they are here; a translation that cannot be had leaves
/// the page as it was and says so in `notice`. A pick is remembered where `keeps_preferences`.
#[hook]
pub fn use_language(
    start: Lang,
    keeps_preferences: bool,
    notice: UseStateSetter<Option<Notice>>,
) -> Language {
    let wanted = use_state(|| start);
    let active = use_state(|| Lang::En);
    let first_shown = use_state(|| start == Lang::En);
    // The latest language asked for, read when a download ends; and whether it was picked in the
    // switcher.
    let latest = use_mut_ref(|| (start, false));
    {
        let (active, first_shown) = (active.setter(), first_shown.setter());
        let wanted_setter = wanted.setter();
        let latest = latest.clone();
        use_effect_with(*wanted, move |&lang| {
            let switch_to = {
                let (latest, shown) = (latest.clone(), first_shown.clone());
                move |locale: &'static Locale| {
                    texts::activate(locale);
                    locale_edge::apply(locale.lang);
                    active.set(locale.lang);
                    shown.set(true);
                    if latest.borrow().1 && keeps_preferences {
                        locale_edge::remember(locale.lang);
                    }
                }
            };
            match texts::loaded(lang) {
                Some(locale) => switch_to(locale),
                None => spawn_local(download(
                    lang,
                    latest,
                    switch_to,
                    move || {
                        first_shown.set(true);
                        notice.set(Some(Notice::LanguageUnavailable));
                        texts::current().lang
                    },
                    wanted_setter,
                )),
            }
        });
    }
    let choose = {
        let (wanted, latest) = (wanted.setter(), latest);
        Callback::from(move |lang: Lang| {
            *latest.borrow_mut() = (lang, true);
            wanted.set(lang);
        })
    };
    Language {
        wanted: *wanted,
        active: *active,
        first_shown: *first_shown,
        choose,
    }
}

/// Downloads and reads `lang`'s translation, then switches to it if it is still the latest asked
/// for; if it cannot be had, `failed` says so and gives the language that stays.
async fn download(
    lang: Lang,
    latest: Rc<RefCell<(Lang, bool)>>,
    switch_to: impl FnOnce(&'static Locale),
    failed: impl FnOnce() -> Lang,
    wanted: UseStateSetter<Lang>,
) {
    let loaded = locale_edge::fetch(lang).await.and_then(|text| {
        // The full module's screens write the report's texts too.
        let loaded = if WHOLE {
            texts::load(lang, &text)
        } else {
            texts::load_screens(lang, &text)
        };
        loaded.map_err(|e| e.to_string())
    });
    if latest.borrow().0 != lang {
        // Kept parsed for later; a later choice has taken over.
        return;
    }
    match loaded {
        Ok(locale) => switch_to(locale),
        Err(why) => {
            dom::warn(&format!(
                "Leadership Radar could not load its {} texts: {why}",
                lang.code()
            ));
            let stays = failed();
            latest.borrow_mut().0 = stays;
            wanted.set(stays);
        }
    }
}
