//! One Likert item: the statement as a labelled group of native radio inputs.

use std::cell::Cell;

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::texts;

use crate::components::nav_buttons::nav_buttons;
use crate::components::progress_bar::progress_bar;
use radar_core::flow::{Action, Session};
use radar_core::responses::Answer;
use radar_core::text::substitute;

thread_local! {
    /// An arrow key moved within the radio group: the change it makes is a selection, and only a
    /// deliberate choice (a click, a number key, Enter) answers and moves on.
    static ARROW_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// The question screen for the statement at `position` of `session`'s form.
///
/// A plain view function: markup without state of its own costs less wasm as a function than as a
/// component.
///
/// * `dispatch`: Receives answers and navigation.
/// * `number_keys`: Whether keys 1 to 5 answer (they can be turned off: WCAG 2.1.4).
/// * `on_toggle_keys`: Turns the number keys on or off.
pub fn item_screen(
    session: &Session,
    position: usize,
    dispatch: &Callback<Action>,
    number_keys: bool,
    on_toggle_keys: &Callback<()>,
) -> Html {
    let total = session.sequence.len();
    let answer = session.answer_at(position);
    let from_review = session.from_review;
    let locale = texts::current();
    let ui = locale.ui;
    let bank = locale.bank;
    let item = session.sequence.get(position).copied().unwrap_or(0);
    let Some(item) = bank.items.get(item) else {
        return html! {};
    };

    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" => ARROW_PENDING.set(true),
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
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                if !ARROW_PENDING.get() {
                    dispatch.emit(Action::Answer(position, value));
                }
            })
        };
        let onchange = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                if ARROW_PENDING.replace(false) {
                    dispatch.emit(Action::Select(position, value));
                }
            })
        };
        let autofocus = checked || (answer.is_none() && index == 0);
        html! {
            <label class="likert-option" data-extra={key_hint.is_none().then_some("true")}>
                <input
                    type="radio"
                    // One name for every statement: the screen reuses its radios, and renaming a
                    // checked radio into a group would uncheck the one checked there.
                    name="answer"
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
    let progress = substitute(
        ui.progress_items(),
        &[
            ("n", &(position + 1).to_string()),
            ("total", &total.to_string()),
        ],
    );

    html! {
        // No key: the next statement reuses these elements, which is several times faster than
        // replacing them (removing the focused radio costs the browser milliseconds); the focus
        // still moves, and is announced, as on a new screen (`dom::focus`).
        <section class="screen item-screen">
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
                { if number_keys { ui.keyboard_hint() } else { ui.keyboard_hint_off() } }
                { " " }
                <button type="button" class="link-button" onclick={on_toggle_keys.reform(|_: MouseEvent| ())}>
                    { if number_keys { ui.number_keys_off() } else { ui.number_keys_on() } }
                </button>
            </p>
            { nav_buttons(position > 0, answer.is_some(), from_review, dispatch) }
        </section>
    }
}
