//! The pool page (`#pool`): for the person trusted to collect colleagues' rater codes. They paste
//! what colleagues sent; for each request with three codes or more the core makes one pooled code,
//! an average that shows nothing of any one colleague, to send to the person who asked. The page
//! shows only counts, never a colleague's answers, and nothing leaves the browser.

use web_sys::HtmlTextAreaElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use radar_core::bank::Form;
use radar_core::group::{Group, MIN_RATERS};
use radar_core::pooled::{Pool, PoolRefusal};
use radar_core::report::explain_code_error;
use radar_core::text::fill;

use crate::effects::{clipboard, raters};
use crate::hooks::use_locale::use_locale;
use crate::texts;

/// Props of [`PoolView`].
#[derive(Properties, PartialEq, Clone)]
pub struct PoolViewProps {
    /// Leaves the pool page for the assessment.
    pub on_leave: Callback<()>,
}

/// The paste area and, once pooled, each request's count and pooled code.
#[component]
pub fn PoolView(props: &PoolViewProps) -> Html {
    let locale = use_locale();
    let all = texts::all();
    let (screens, report) = (all.screens, all.report);
    let codes = use_node_ref();
    let pool = use_state(|| None::<Pool>);
    let copied = use_state(|| None::<usize>);
    let on_submit = {
        let (codes, pool, copied) = (codes.clone(), pool.clone(), copied.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = codes
                .cast::<HtmlTextAreaElement>()
                .map(|area| area.value())
                .unwrap_or_default();
            copied.set(None);
            pool.set(Some(raters::pool(&text)));
        })
    };
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    let group_names = [
        report.group_manager(),
        report.group_peer(),
        report.group_direct_report(),
        report.group_other(),
    ];
    let request = |index: usize, request: &radar_core::pooled::PoolRequest| {
        let form = match request.form {
            Form::Short => screens.pool_form_short(),
            Form::Full => screens.pool_form_full(),
        };
        let count = request.raters.to_string();
        let copy = {
            let (code, copied) = (request.code.clone().unwrap_or_default(), copied.clone());
            Callback::from(move |_: MouseEvent| {
                let (code, copied) = (code.clone(), copied.clone());
                spawn_local(async move {
                    if clipboard::copy(&code).await {
                        copied.set(Some(index));
                    }
                });
            })
        };
        let field = format!("pool-code-{index}");
        html! {
            <section class="card pool-request" data-raters={count.clone()}
                aria-labelledby={format!("pool-request-{index}")}>
                <h2 id={format!("pool-request-{index}")}>{ fill(locale.lang, screens.pool_request(), &[("form", form), ("n", &count)]) }</h2>
                <ul class="compare-group-counts">
                    { for Group::ALL.iter().filter(|g| request.groups[g.index()] > 0).map(|g| html! {
                        <li data-group={g.id()}>{ fill(locale.lang, report.compare_group_count(), &[("group", group_names[g.index()]), ("n", &request.groups[g.index()].to_string())]) }</li>
                    }) }
                </ul>
                { match &request.code {
                    Some(code) => html! {
                        <>
                            <p><label for={field.clone()}>{ screens.pool_code_label() }</label></p>
                            <div class="resume-row">
                                <input id={field} class="resume-code-value pool-code" type="text" readonly=true value={code.clone()} />
                                <button type="button" class="button button-primary" onclick={copy}>{ screens.copy() }</button>
                            </div>
                            <p class="field-status" role="status">{ if *copied == Some(index) { screens.copied() } else { "" } }</p>
                        </>
                    },
                    None => html! {
                        <p class="pool-needed" data-needed={(MIN_RATERS - request.raters.min(MIN_RATERS)).to_string()}>
                            { fill(locale.lang, screens.pool_needed(), &[("min", &MIN_RATERS.to_string()), ("n", &count)]) }
                        </p>
                    },
                } }
            </section>
        }
    };
    let refusals = |pool: &Pool| {
        pool.refused
            .iter()
            .map(|(code, why)| {
                let text = match why {
                    PoolRefusal::NotARaterCode => {
                        fill(locale.lang, report.compare_not_rater(), &[("code", code)])
                    }
                    PoolRefusal::Code(error) => fill(
                        locale.lang,
                        report.team_rejected(),
                        &[("code", code), ("why", explain_code_error(&all, *error))],
                    ),
                };
                html! { <li data-refused="true">{ text }</li> }
            })
            .collect::<Html>()
    };
    html! {
        <section class="screen pool" aria-labelledby="pool-heading">
            <h1 id="pool-heading" tabindex="-1" data-autofocus="true">{ screens.pool_heading() }</h1>
            <p class="lead">{ screens.pool_lead() }</p>
            <form class="team-form" onsubmit={on_submit} novalidate=true>
                <label for="pool-codes">{ screens.pool_codes_label() }</label>
                <p id="pool-codes-hint" class="field-hint">{ screens.pool_codes_hint() }</p>
                <textarea id="pool-codes" ref={codes} rows="6" spellcheck="false" autocomplete="off"
                    aria-describedby="pool-codes-hint" />
                <p><button type="submit" class="button button-primary">{ screens.pool_show() }</button></p>
            </form>
            { match &*pool {
                None => html! {},
                Some(pool) => html! {
                    <div class="pool-results" role="region" aria-label={screens.pool_heading()}>
                        if pool.requests.is_empty() {
                            <p class="notice" data-tone="warning" role="alert">{ screens.pool_none() }</p>
                        }
                        { for pool.requests.iter().enumerate().map(|(i, r)| request(i, r)) }
                        if !pool.refused.is_empty() {
                            <div class="team-problems" role="note"><ul>{ refusals(pool) }</ul></div>
                        }
                    </div>
                },
            } }
            <p><button type="button" class="button button-quiet" onclick={leave}>{ screens.team_leave() }</button></p>
        </section>
    }
}
