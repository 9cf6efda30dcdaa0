//! Progress through the items or scenarios: "12 of 48" and a bar, announced politely.

use yew::prelude::*;

/// Props of [`ProgressBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProgressBarProps {
    /// The step being shown, from 1.
    pub current: usize,
    /// The number of steps.
    pub total: usize,
    /// The visible text, such as "12 of 48".
    pub label: AttrValue,
}

/// A labelled native `<progress>` with a polite live text.
#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let ProgressBarProps {
        current,
        total,
        label,
    } = props.clone();
    html! {
        <div class="progress">
            <p class="progress-text" id="progress-text" aria-live="polite">{ label.clone() }</p>
            <progress max={total.to_string()} value={current.to_string()} aria-labelledby="progress-text"></progress>
        </div>
    }
}
