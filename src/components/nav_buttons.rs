//! Back and Next buttons under a question.

use yew::prelude::*;

use crate::texts;
use radar_core::flow::Action;

/// The navigation row.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `can_back`: Whether Back does anything here.
/// * `can_next`: Whether the question is answered so Next may go on.
/// * `from_review`: Opened from the review: the buttons return there.
/// * `dispatch`: Receives `Back` and `Next`.
pub fn nav_buttons(
    can_back: bool,
    can_next: bool,
    from_review: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let ui = texts::ui();
    let back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Back))
    };
    let next = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Next))
    };
    let (back_label, next_label) = if from_review {
        (ui.back_to_review(), ui.save_and_review())
    } else {
        (ui.back(), ui.next())
    };
    html! {
        <div class="nav-buttons">
            <button type="button" class="button button-secondary" onclick={back} disabled={!can_back && !from_review}>{ back_label }</button>
            <button type="button" class="button button-primary" onclick={next} disabled={!can_next}>{ next_label }</button>
        </div>
    }
}
