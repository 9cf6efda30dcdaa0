//! Back and Next buttons under a question.

use yew::prelude::*;

use crate::core::flow::Action;
use crate::core::text::UiText;

/// Props of [`NavButtons`].
#[derive(Properties, PartialEq, Clone)]
pub struct NavButtonsProps {
    /// Whether Back does anything here.
    pub can_back: bool,
    /// Whether the question is answered so Next may go on.
    pub can_next: bool,
    /// Opened from the review: the buttons return there.
    pub from_review: bool,
    /// Receives `Back` and `Next`.
    pub dispatch: Callback<Action>,
}

/// The navigation row.
#[component]
pub fn NavButtons(props: &NavButtonsProps) -> Html {
    let NavButtonsProps {
        can_back,
        can_next,
        from_review,
        dispatch,
    } = props.clone();
    let ui = UiText::builtin();
    let back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Back))
    };
    let next = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Next));
    let (back_label, next_label) = if from_review {
        (&ui.back_to_review, &ui.save_and_review)
    } else {
        (&ui.back, &ui.next)
    };
    html! {
        <div class="nav-buttons">
            <button type="button" class="button button-secondary" onclick={back} disabled={!can_back && !from_review}>{ back_label }</button>
            <button type="button" class="button button-primary" onclick={next} disabled={!can_next}>{ next_label }</button>
        </div>
    }
}
