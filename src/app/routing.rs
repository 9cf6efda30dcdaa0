//! Routing: a result link (`#r=<code>`), a rater link (`#rate=<invite>`), the team view
//! (`#team`) or the pool page (`#pool`) replaces the screen, leaving the person's own progress alone. The grammar is the
//! core's (`radar_core::facts::Elsewhere`), which boot.js shares.

use yew::prelude::*;

use radar_core::facts::Elsewhere;

use crate::effects::dom;

/// What the page's fragment asks for now, outside the person's own assessment.
fn elsewhere() -> Option<Elsewhere> {
    Elsewhere::of_fragment(&dom::hash())
}

/// What the fragment asks for, following its changes.
#[hook]
pub fn use_elsewhere() -> UseStateHandle<Option<Elsewhere>> {
    let shown = use_state(elsewhere);
    {
        let shown = shown.setter();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    shown.set(elsewhere());
                })
            });
            move || drop(listener)
        });
    }
    shown
}

/// Leaves what the fragment asked for, for the person's own assessment.
pub fn leave(shown: &UseStateHandle<Option<Elsewhere>>) -> Callback<()> {
    let shown = shown.clone();
    Callback::from(move |_| {
        dom::clear_hash();
        shown.set(None);
    })
}
