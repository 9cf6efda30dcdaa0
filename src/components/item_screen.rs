//! One Likert item: the statement as a labelled group of native radio inputs.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::core::locale::{self, Lang};

use crate::components::nav_buttons::nav_buttons;
use crate::components::progress_bar::progress_bar;
use crate::core::flow::Action;
use crate::core::responses::Answer;
use crate::core::text::fill;

/// Props of [`ItemScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct ItemScreenProps {
    /// The language the texts are in (see [`locale::current`]): a switch renders it again.
    pub lang: Lang,
    /// Position in the form's sequence (from 0).
    pub position: usize,
    /// Items in the form.
    pub total: usize,
    /// Index of the item in the bank.
    pub item: usize,
    /// The current answer, if any.
    pub answer: Option<Answer>,
    /// Opened from the review.
    pub from_review: bool,
    /// Receives answers and navigation.
    pub dispatch: Callback<Action>,
    /// Whether keys 1 to 5 answer (they can be turned off: WCAG 2.1.4).
    pub number_keys: bool,
    /// Turns the number keys on or off.
    pub on_toggle_keys: Callback<()>,
}

/// The question screen.
#[component]
pub fn ItemScreen(props: &ItemScreenProps) -> Html {
    let ItemScreenProps {
        position,
        total,
        item,
        answer,
        from_review,
        dispatch,
        ..
    } = props.clone();
    let locale = locale::current();
    let ui = locale.ui;
    let bank = locale.bank;
    let Some(item) = bank.items.get(item) else {
        return html! {};
    };
    // Arrow keys inside a radio group select as they move; only a deliberate choice moves on.
    let arrow_pending = use_memo((), |_| Rc::new(Cell::new(false)));

    let onkeydown = {
        let arrow_pending = arrow_pending.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" => arrow_pending.set(true),
            "Enter" => {
                event.prevent_default();
                dispatch.emit(Action::Next);
            }
            _ => {}
        })
    };
    let option = |value: Answer, label: &str, key_hint: Option<u8>, index: usize| {
        let checked = answer == Some(value);
        let onclick = {
            let arrow_pending = arrow_pending.clone();
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                if !arrow_pending.get() {
                    dispatch.emit(Action::Answer(position, value));
                }
            })
        };
        let onchange = {
            let arrow_pending = arrow_pending.clone();
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                if arrow_pending.replace(false) {
                    dispatch.emit(Action::Select(position, value));
                }
            })
        };
        let autofocus = checked || (answer.is_none() && index == 0);
        html! {
            <label class="likert-option" data-extra={key_hint.is_none().then_some("true")}>
                <input
                    type="radio"
                    name={format!("item-{position}")}
                    value={match value { Answer::Scale(v) => v.to_string(), Answer::NoOpportunity => "n".to_string() }}
                    {checked}
                    {onclick}
                    {onchange}
                    data-autofocus={autofocus.then_some("true")}
                />
                if let Some(key) = key_hint {
                    <span class="likert-key" aria-hidden="true">{ key }</span>
                }
                <span class="likert-label">{ label.to_string() }</span>
            </label>
        }
    };
    let scale_labels = [
        ui.scale_1(),
        ui.scale_2(),
        ui.scale_3(),
        ui.scale_4(),
        ui.scale_5(),
    ];
    let progress = fill(
        ui.progress_items(),
        &[
            ("n", &(position + 1).to_string()),
            ("total", &total.to_string()),
        ],
    );

    html! {
        <section class="screen item-screen" key={format!("item-{position}")}>
            { progress_bar(position + 1, total, progress) }
            <p class="stem" id="stem">{ ui.stem() }</p>
            <fieldset class="likert" {onkeydown} aria-describedby="stem">
                <legend class="statement"><h1 class="statement-text">{ item.text }</h1></legend>
                <div class="likert-scale">
                    { for (1..=5u8).map(|v| option(Answer::Scale(v), scale_labels[usize::from(v - 1)], Some(v), usize::from(v - 1))) }
                </div>
                if item.no_opportunity {
                    <div class="likert-extra">
                        { option(Answer::NoOpportunity, ui.no_opportunity(), None, 5) }
                        <p class="hint">{ ui.no_opportunity_hint() }</p>
                    </div>
                }
            </fieldset>
            <p class="hint keyboard-hint">
                { if props.number_keys { ui.keyboard_hint() } else { ui.keyboard_hint_off() } }
                { " " }
                <button type="button" class="link-button" onclick={props.on_toggle_keys.reform(|_: MouseEvent| ())}>
                    { if props.number_keys { ui.number_keys_off() } else { ui.number_keys_on() } }
                </button>
            </p>
            { nav_buttons(position > 0, answer.is_some(), from_review, &dispatch) }
        </section>
    }
}
