//! "Ask colleagues" on the results: choose who collects the codes (someone trusted pools them, the
//! default, or the person), make a rater link, then paste what comes back (the pooled code, or the
//! colleagues' rater codes) and see others' average beside one's own scores (from three on).

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use crate::components::qr_code::QrCode;
use crate::effects::raters;
use crate::effects::storage::Store;
use crate::effects::{clipboard, dom};
use radar_core::flow::Session;
use radar_core::team::{self, MAX_TEXT};

/// Props of [`AskColleagues`].
#[derive(Properties, PartialEq, Clone)]
pub struct AskColleaguesProps {
    /// The finished session.
    pub session: Session,
    /// Where the rater link and the codes received are kept beside the record.
    pub store: Store,
}

/// The comparison, once codes were compared.
#[derive(Debug, Clone, PartialEq)]
enum Compared {
    Not,
    Ready(AttrValue),
    /// The invitation kept with the results could not be read: why, in words.
    Refused(AttrValue),
}

/// The rater codes as kept and read: their first [`MAX_TEXT`] bytes (an old note of megabytes is
/// cut on reading, so a results load never scans it whole).
fn bounded(text: String) -> String {
    match team::capped(&text) {
        (_, false) => text,
        (head, true) => head.to_string(),
    }
}

/// The rater link, the codes received and the comparison.
#[component]
pub fn AskColleagues(props: &AskColleaguesProps) -> Html {
    let locale = use_locale();
    let screens = texts::all().screens;
    let invite = use_state(|| props.store.note("invite"));
    let name_error = use_state(|| None::<String>);
    // Pooled unless the person chooses to collect the codes themselves: only pooling keeps
    // colleagues anonymous from someone who could add codes of their own.
    let pooled = use_state(|| true);
    let pool_copied = use_state(|| false);
    let copied = use_state(|| false);
    let compared = use_state(|| Compared::Not);
    let name = use_node_ref();
    let codes = use_node_ref();
    let saved_codes = use_memo((), {
        let store = props.store.clone();
        move |_| bounded(store.note("rater-codes").unwrap_or_default())
    });

    let compare = {
        let (session, invite, compared, store) = (
            props.session.clone(),
            invite.clone(),
            compared.clone(),
            props.store.clone(),
        );
        Callback::from(move |text: String| {
            let Some(invite) = (*invite).clone() else {
                return;
            };
            let text = bounded(text);
            store.set_note("rater-codes", &text);
            compared.set(match raters::comparison(&session, &invite, &text) {
                Ok(html) => Compared::Ready(html.into()),
                Err(why) => Compared::Refused(why.into()),
            });
        })
    };
    {
        // Codes pasted on an earlier visit are compared again at once, and again in a new language.
        let (compare, store) = (compare.clone(), props.store.clone());
        use_effect_with(locale.lang, move |_| {
            let saved = bounded(store.note("rater-codes").unwrap_or_default());
            if !saved.trim().is_empty() {
                compare.emit(saved);
            }
        });
    }
    let make_link = {
        let (session, invite, name_error, name, store, pooled) = (
            props.session.clone(),
            invite.clone(),
            name_error.clone(),
            name.clone(),
            props.store.clone(),
            pooled.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = name
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            match raters::make_invite(&session, &typed, *pooled) {
                Ok(token) => {
                    store.set_note("invite", &token);
                    name_error.set(None);
                    invite.set(Some(token));
                }
                Err(why) => name_error.set(Some(why)),
            }
        })
    };
    let link = invite
        .as_ref()
        .map(|token| format!("{}#rate={token}", dom::address_without_hash()));
    // Whether the link made asks colleagues to send their codes to a pool.
    let link_pooled = invite
        .as_ref()
        .and_then(|token| raters::invite_details(token).ok())
        .is_some_and(|details| details.pooled);
    let pool_link = format!(
        "{}{}",
        dom::address_without_hash(),
        radar_core::facts::POOL_FRAGMENT
    );
    let copy_pool_link = {
        let (pool_link, pool_copied) = (pool_link.clone(), pool_copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (pool_link, pool_copied) = (pool_link.clone(), pool_copied.clone());
            spawn_local(async move { pool_copied.set(clipboard::copy(&pool_link).await) });
        })
    };
    let mode = |value: bool, label: &'static str, hint: &'static str| {
        let checked = *pooled == value;
        let pooled = pooled.clone();
        let onchange = Callback::from(move |_: Event| pooled.set(value));
        let id = if value {
            "ask-mode-pooled"
        } else {
            "ask-mode-direct"
        };
        html! {
            <label class="choice">
                <input type="radio" name="ask-mode" value={id} {checked}
                    aria-describedby={format!("{id}-hint")} {onchange} />
                <span>{ label }</span>
                <span id={format!("{id}-hint")} class="field-hint choice-hint">{ hint }</span>
            </label>
        }
    };
    let copy_link = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, copied) = (link.clone().unwrap_or_default(), copied.clone());
            spawn_local(async move { copied.set(clipboard::copy(&link).await) });
        })
    };
    let on_compare = {
        let (codes, compare) = (codes.clone(), compare.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = codes
                .cast::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            compare.emit(text);
        })
    };
    html! {
        <section class="card ask-colleagues" aria-labelledby="ask-heading">
            <h2 id="ask-heading" tabindex="-1">{ screens.ask_heading() }</h2>
            <p>{ screens.ask_lead() }</p>
            if let Some(link) = link {
                <p class="ask-link-label"><label for="ask-link">{ screens.ask_link_label() }</label></p>
                <div class="resume-row">
                    <input id="ask-link" class="resume-code-value" type="text" readonly=true value={link.clone()} />
                    <button type="button" class="button button-secondary" onclick={copy_link}>{ screens.ask_copy_link() }</button>
                </div>
                <p class="field-status" role="status">{ if *copied { screens.ask_link_copied() } else { "" } }</p>
                <QrCode link={link} label={screens.ask_qr()} />
                if link_pooled {
                    <p class="ask-pool-link-label"><label for="ask-pool-link">{ screens.ask_pool_link_label() }</label></p>
                    <div class="resume-row">
                        <input id="ask-pool-link" class="resume-code-value" type="text" readonly=true value={pool_link} />
                        <button type="button" class="button button-secondary" onclick={copy_pool_link}>{ screens.ask_copy_link() }</button>
                    </div>
                    <p class="field-status" role="status">{ if *pool_copied { screens.ask_link_copied() } else { "" } }</p>
                }
                <form class="ask-codes" onsubmit={on_compare} novalidate=true>
                    <label for="ask-codes">{ if link_pooled { screens.ask_codes_label_pooled() } else { screens.ask_codes_label() } }</label>
                    <p id="ask-codes-hint" class="field-hint">{ if link_pooled { screens.ask_codes_hint_pooled() } else { screens.ask_codes_hint() } }</p>
                    <textarea id="ask-codes" ref={codes} rows="4" spellcheck="false" autocomplete="off"
                        maxlength={MAX_TEXT.to_string()}
                        aria-describedby="ask-codes-hint" defaultvalue={(*saved_codes).clone()} />
                    <p><button type="submit" class="button button-primary">{ screens.ask_compare() }</button></p>
                </form>
                { match &*compared {
                    Compared::Not => html! {},
                    Compared::Ready(html) => html! {
                        <div class="comparison" role="region" aria-label={screens.ask_comparison_label()}>
                            { Html::from_html_unchecked(html.clone()) }
                        </div>
                    },
                    Compared::Refused(why) => html! { <p class="notice" data-tone="warning" role="alert">{ why.clone() }</p> },
                } }
            } else {
                <form class="ask-form" onsubmit={make_link} novalidate=true>
                    <fieldset class="choice-group ask-mode">
                        <legend>{ screens.ask_mode_legend() }</legend>
                        { mode(true, screens.ask_mode_pooled(), screens.ask_mode_pooled_hint()) }
                        { mode(false, screens.ask_mode_direct(), screens.ask_mode_direct_hint()) }
                    </fieldset>
                    <label for="ask-name">{ screens.ask_name_label() }</label>
                    <p id="ask-name-hint" class="field-hint">{ screens.ask_name_hint() }</p>
                    <div class="resume-row">
                        <input id="ask-name" ref={name} type="text" autocomplete="given-name" maxlength="40"
                            aria-describedby="ask-name-hint ask-name-error"
                            aria-invalid={name_error.is_some().then_some("true")} />
                        <button type="submit" class="button button-secondary">{ screens.ask_make_link() }</button>
                    </div>
                    <p id="ask-name-error" class="field-error" role="alert">{ (*name_error).clone().unwrap_or_default() }</p>
                </form>
            }
        </section>
    }
}
