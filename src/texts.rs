//! The language the page is written in now: the one place that knows it. The core and the content
//! take a language's texts as values; the app keeps the current one here and switches it only
//! between renders (see `app.rs`), each translation parsed once and kept for the page's lifetime.

use std::cell::{Cell, RefCell};

use radar_content::compact::{self, Refused};
use radar_core::bank::Bank;
use radar_core::locale::{Lang, Locale, Texts};
use radar_core::text::UiText;

thread_local! {
    static ACTIVE: Cell<&'static Locale> = const { Cell::new(&radar_content::ENGLISH) };
    static LOADED: RefCell<Vec<&'static Locale>> = const { RefCell::new(Vec::new()) };
}

/// The locale the screens and documents are written in now.
pub fn current() -> &'static Locale {
    ACTIVE.with(Cell::get)
}

/// Makes `locale` the current one.
pub fn activate(locale: &'static Locale) {
    ACTIVE.with(|active| active.set(locale));
}

/// The first screens' strings in the current language.
pub fn ui() -> &'static UiText {
    current().ui
}

/// The bank in the current language.
pub fn bank() -> &'static Bank {
    current().bank
}

/// Every text of the current language, for the full module's screens and documents (English's
/// report texts where a translation was read without them, which the first-load module never shows).
pub fn all() -> Texts {
    radar_content::texts(current())
}

/// A translation parsed earlier on this thread, so switching back and forth parses each file once.
pub fn loaded(lang: Lang) -> Option<&'static Locale> {
    if lang == Lang::En {
        return Some(&radar_content::ENGLISH);
    }
    LOADED.with(|loaded| loaded.borrow().iter().copied().find(|l| l.lang == lang))
}

/// Reads a compact translation's screen texts (not the report's) and keeps it for [`loaded`].
pub fn load_screens(lang: Lang, text: &str) -> Result<&'static Locale, Refused> {
    keep(lang, || compact::read_screens(lang, text))
}

/// Reads a whole compact translation, report texts included, and keeps it for [`loaded`].
pub fn load(lang: Lang, text: &str) -> Result<&'static Locale, Refused> {
    keep(lang, || compact::read(lang, text))
}

fn keep(
    lang: Lang,
    parse: impl FnOnce() -> Result<Locale, Refused>,
) -> Result<&'static Locale, Refused> {
    if let Some(locale) = loaded(lang) {
        return Ok(locale);
    }
    let locale: &'static Locale = Box::leak(Box::new(parse()?));
    LOADED.with(|loaded| loaded.borrow_mut().push(locale));
    Ok(locale)
}
