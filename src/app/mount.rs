//! Putting the app into the page, and taking it out again before the full module takes the page
//! over (boot.js calls `leave` through the first-load module's export).

use std::cell::RefCell;

use super::hand_over::Handed;
use super::{App, AppProps};
use crate::effects::prerender;

thread_local! {
    /// Takes the mounted app out of the page (see [`leave`]).
    static UNMOUNT: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Mounts the app into `#app` (falling back to `<body>`), taking over from the pre-rendered first
/// screens there: Yew empties the root as it mounts, in the same task, so no frame shows neither.
pub fn mount(handed: Option<Handed>) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let props = AppProps { handed };
    let app = match root {
        Some(root) => {
            prerender::read(&root);
            yew::Renderer::<App>::with_root_and_props(root, props).render()
        }
        None => yew::Renderer::<App>::with_props(props).render(),
    };
    UNMOUNT.with(|cell| *cell.borrow_mut() = Some(Box::new(move || app.destroy())));
}

/// Takes the app out of the page, with its listeners, before the full module takes it over.
pub fn leave() {
    if let Some(unmount) = UNMOUNT.with(|cell| cell.borrow_mut().take()) {
        unmount();
    }
}
