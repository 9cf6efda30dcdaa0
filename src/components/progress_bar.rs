//! Progress through the items or scenarios: "12 of 48" and a bar (the app announces it).

use yew::prelude::*;

/// A labelled native `<progress>` with its visible text.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `current`: The step being shown, from 1.
/// * `total`: The number of steps.
/// * `label`: The visible text, such as "12 of 48".
pub fn progress_bar(current: usize, total: usize, label: String) -> Html {
    html! {
        <div class="progress">
            <p class="progress-text" id="progress-text">{ label }</p>
            <progress max={total.to_string()} value={current.to_string()} aria-labelledby="progress-text"></progress>
        </div>
    }
}
