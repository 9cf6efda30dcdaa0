//! The pre-render's marks: what was done on the build's pre-rendered first screens (index.html,
//! early.js), read as the app replaces them and replayed by its first render.

use std::cell::RefCell;

use web_sys::Element;

use crate::effects::dom;
use radar_core::prerender::{replay, Marks, Replay};

thread_local! {
    /// Read before the app mounts (Yew empties the root as it does), taken by its first render.
    static READ: RefCell<Replay> = RefCell::default();
}

/// Reads what was done on the pre-rendered screens inside `root`, before the app replaces them:
/// only while they are shown (early.js marks `<html>`), since a pre-render hidden again (the page
/// went to a link's screen) is no longer what the person sees.
pub fn read(root: &Element) {
    if root.closest(".prerendered").ok().flatten().is_none() {
        return;
    }
    let Some(prerendered) = root.query_selector("[data-prerender]").ok().flatten() else {
        return;
    };
    let [started, checked, focus] =
        ["data-started", "data-checked", "data-focus"].map(|name| prerendered.get_attribute(name));
    let read = replay(Marks {
        started: started.as_deref(),
        checked: checked.as_deref(),
        answered: prerendered.has_attribute("data-answered"),
        focus: focus.as_deref(),
    });
    READ.with(|cell| *cell.borrow_mut() = read);
}

/// What [`read`] found, once: the app's first render takes it; later mounts (tests) find nothing.
pub fn take() -> Replay {
    READ.with(|cell| cell.take())
}

/// After the app's first render in `#app`: the focus where the person had it, if anywhere, unless
/// they have moved it into the app since. Then early.js is told to stop standing in for the app.
pub fn restore_focus(replay: &Replay) {
    let same = match &replay.focus {
        None => true,
        _ if dom::focus_within("#app") => true,
        Some(focus) => focus.selector("#app").is_some_and(|s| dom::focus(&s)),
    };
    if !same {
        dom::focus_screen_start();
    }
    taken_over();
}

/// Ends early.js's stand-in: Yew may paint its first render a frame before it runs the effects
/// that install the app's own listeners (number keys, the double-click guard), and early.js answers
/// for them in that frame until `<html>` loses its `prerendered` class.
fn taken_over() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().remove_1("prerendered");
    }
}
