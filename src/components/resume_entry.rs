//! "Have a resume code?": a small form on the intro that continues a session from a pasted code.
//! The full module has the form; the first-load module has only the disclosure's summary, whose
//! opening hands the page over to the full module with the form open.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;
use crate::texts;

use radar_core::flow::Session;
use radar_core::record::{self, RecordError};

/// Props of [`ResumeEntry`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResumeEntryProps {
    /// Receives the session of a valid code.
    pub on_restore: Callback<Session>,
    /// Open from the start: the person opened it in the first-load module.
    #[prop_or_default]
    pub open: bool,
}

/// Why a pasted code was refused: nothing typed, or the reader's reason. Kept as a reason rather
/// than words, so the message follows a switch of language.
#[derive(Clone, PartialEq)]
enum Refusal {
    Empty,
    Record(RecordError),
}

/// Why a pasted code was refused, in the person's words.
fn explain(refusal: &Refusal) -> &'static str {
    let screens = texts::all().screens;
    let Refusal::Record(error) = refusal else {
        return screens.resume_error_empty();
    };
    match error {
        RecordError::Unrecognised => screens.resume_error_unrecognised(),
        RecordError::Damaged => screens.resume_error_damaged(),
        RecordError::OldVersion(_) => screens.resume_error_old(),
        RecordError::FutureVersion(_) => screens.resume_error_future(),
        RecordError::Invalid(_) => screens.resume_error_invalid(),
    }
}

/// A disclosure with a labelled field; a refused code gets a message saying what is wrong.
#[component]
pub fn ResumeEntry(props: &ResumeEntryProps) -> Html {
    let ui = use_locale().ui;
    let screens = texts::all().screens;
    let input = use_node_ref();
    let error = use_state(|| None::<Refusal>);
    let onsubmit = {
        let (input, error, on_restore) = (input.clone(), error.clone(), props.on_restore.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            // Codes pasted from an email may be broken across lines: white space is not part of one.
            let code: String = field.value().split_whitespace().collect();
            let refusal = if code.is_empty() {
                Some(Refusal::Empty)
            } else {
                match record::decode(texts::bank(), &code) {
                    Ok(session) => {
                        on_restore.emit(session);
                        None
                    }
                    Err(why) => Some(Refusal::Record(why)),
                }
            };
            if refusal.is_some() {
                let _ = field.focus();
            }
            error.set(refusal);
        })
    };
    let invalid = error.is_some().then_some("true");
    html! {
        <details class="resume-entry" open={props.open}>
            <summary>{ ui.resume_entry_summary() }</summary>
            <form class="resume-form" {onsubmit} novalidate=true>
                <label for="resume-input">{ screens.resume_entry_label() }</label>
                <p id="resume-hint" class="field-hint">{ screens.resume_entry_hint() }</p>
                <div class="resume-row">
                    <input id="resume-input" ref={input} type="text" autocomplete="off" autocapitalize="off"
                        spellcheck="false" aria-describedby="resume-hint resume-error" aria-invalid={invalid} />
                    <button type="submit" class="button button-secondary">{ screens.resume_entry_submit() }</button>
                </div>
                <p id="resume-error" class="field-error" role="alert">{ error.as_ref().map(explain).unwrap_or_default() }</p>
            </form>
        </details>
    }
}

/// The first-load module's "Have a resume code?": the summary alone, and once opened, `handing_over`
/// (the placeholder that brings the full module, which has the form).
pub fn resume_opener(on_open: Callback<MouseEvent>, handing_over: Html) -> Html {
    // The browser opens and closes it: an `open` set here would race the summary's own toggle.
    html! {
        <details class="resume-entry">
            <summary onclick={on_open}>{ texts::ui().resume_entry_summary() }</summary>
            { handing_over }
        </details>
    }
}
