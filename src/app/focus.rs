//! Focus follows the screen: back from an edit, to the row just changed in the review; otherwise to
//! the new screen's start, as into or out of shared results. The first render leaves the focus to
//! the browser, unless the person had it on the pre-rendered screens or the first-load module handed
//! the page over.

use yew::prelude::*;

use std::rc::Rc;

use radar_core::facts::Elsewhere;
use radar_core::flow::Screen;

use super::hand_over::{self, Arrival};
use super::start::Start;
use super::WHOLE;
use crate::effects::{dom, prerender};

/// Moves the focus when `screen` or `elsewhere` changes; where it goes first is `start`'s (the
/// hand-over's arrival, or the pre-rendered screens' focus).
#[hook]
pub fn use_screen_focus(screen: Screen, elsewhere: Option<Elsewhere>, start: Rc<Start>) {
    let previous = use_mut_ref(|| None::<(Screen, Option<Elsewhere>)>);
    use_effect_with((screen, elsewhere), move |now| {
        let (screen, elsewhere) = now.clone();
        let came_from = previous.borrow_mut().replace(now.clone());
        let edited_row = match &came_from {
            Some((_, was)) if *was != elsewhere => None,
            Some((Screen::Item(p), _)) if WHOLE && screen == Screen::Review => {
                Some(format!("[data-review-item='{p}']"))
            }
            Some((Screen::Scenario(s), _)) if WHOLE && screen == Screen::Review => {
                Some(format!("[data-review-scenario='{s}']"))
            }
            _ => None,
        };
        match (came_from, edited_row) {
            (None, _) if start.focus == Arrival::ResumeCode => {
                dom::focus("#resume-input");
            }
            (None, _) if start.focus == Arrival::ScreenStart => dom::focus_screen_start(),
            (None, _) => prerender::restore_focus(&start.replay),
            (Some(_), Some(row)) if dom::focus(&row) => {}
            (Some(_), _) => dom::focus_screen_start(),
        }
        // In this effect rather than one of its own: each costs the first load wasm bytes.
        hand_over::prefetch_for(screen);
    });
}
