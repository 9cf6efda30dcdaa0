//! The current language's texts for a full-module screen's component, which renders again when the
//! language changes: the one way a component follows the language.
use yew::prelude::*;

use crate::texts;
use radar_core::locale::{Lang, Locale};

/// The texts to render with, in the full module's screens. The full module's app wraps them in a
/// provider of the active [`Lang`] as a context, so every component that reads its texts here
/// follows a switch of language, even when its own props stay the same.
#[hook]
pub fn use_locale() -> &'static Locale {
    // The value only subscribes; the texts themselves were activated before the context changed.
    let _ = use_context::<Lang>();
    texts::current()
}
