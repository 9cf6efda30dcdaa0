//! The focus areas: the lowest-rated poles, with what they may mean.

use yew::prelude::*;

use crate::components::score_table::shown;
use crate::core::bank::Bank;
use crate::core::interpretation::Interpretation;
use crate::core::scoring::Report;
use crate::core::text::UiText;

/// Props of [`FocusAreas`].
#[derive(Properties, PartialEq, Clone)]
pub struct FocusAreasProps {
    /// The scored session.
    pub report: Report,
}

/// The list of focus areas.
#[component]
pub fn FocusAreas(props: &FocusAreasProps) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    let texts = Interpretation::builtin();
    html! {
        <section class="card focus-areas" aria-labelledby="focus-heading">
            <h2 id="focus-heading">{ &ui.focus_heading }</h2>
            <p>{ &ui.focus_lead }</p>
            <ul class="focus-list">
                { for props.report.focus.iter().map(|focus| {
                    let dimension = &bank.dimensions[focus.dimension];
                    let score = props.report.dimensions[focus.dimension].pole(focus.pole);
                    let suggests = texts.action(focus.dimension, focus.pole).map(|a| a.suggests).unwrap_or_default();
                    html! {
                        <li>
                            <strong>{ format!("{} ({}): {}", dimension.pole_name(focus.pole), dimension.name, shown(ui, score)) }</strong>
                            <span>{ suggests }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
