//! A screen the companion module renders (results, shared results, team view, rater form): its
//! host element, with a heading and a loading line or a "try again" until the module has it.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::core::locale::{self, Lang};

use crate::effects::dom;
use crate::effects::screens::{self, Mounted, Request};

/// Props of [`LazyScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct LazyScreenProps {
    /// The language the texts are in (see [`locale::current`]): a switch renders it again.
    pub lang: Lang,
    /// The screen: `results`, `shared`, `team` or `rate`.
    pub kind: &'static str,
    /// What it needs (see `companion::screens::Screen::from_request`).
    pub args: Rc<Vec<String>>,
    /// The heading shown until the screen is in, if one can be said before.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// Receives what the person asks of the app there.
    pub on_request: Callback<Request>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Loading,
    Ready,
    /// The module could not be loaded (offline, say); the person may try again.
    Failed,
}

/// The host of a companion screen.
#[component]
pub fn LazyScreen(props: &LazyScreenProps) -> Html {
    let locale = locale::current();
    let ui = locale.ui;
    let host = use_node_ref();
    let status = use_state(|| Status::Loading);
    let attempt = use_state(|| 0u32);
    let mounted = use_mut_ref(|| None::<Mounted>);
    {
        let (host, status, mounted) = (host.clone(), status.clone(), mounted.clone());
        let on_request = props.on_request.clone();
        use_effect_with(
            (props.kind, props.args.clone(), *attempt),
            move |(kind, args, _)| {
                let (kind, args) = (*kind, args.clone());
                // Set when this screen is left before the module answered.
                let left = Rc::new(std::cell::Cell::new(false));
                if let Some(element) = host.cast::<web_sys::Element>() {
                    status.set(Status::Loading);
                    let (left, mounted) = (left.clone(), mounted.clone());
                    spawn_local(async move {
                        let args: Vec<&str> = args.iter().map(String::as_str).collect();
                        let on_request = move |request| on_request.emit(request);
                        // The app focused this placeholder's heading if the person came from
                        // another screen; the real screen takes that focus over once it is in.
                        // Decided now: the placeholder may be gone before the screen renders.
                        let autofocus = dom::focus_within("#main");
                        match screens::mount(&element, kind, &args, autofocus, on_request).await {
                            // Dropped at once: the screen is no longer wanted.
                            Ok(_) if left.get() => {}
                            Ok(screen) => {
                                // The language may have changed while the module loaded.
                                screen.relocale();
                                *mounted.borrow_mut() = Some(screen);
                                status.set(Status::Ready);
                            }
                            Err(why) => {
                                web_sys::console::warn_1(
                                    &format!("Leadership Radar: the {kind} screen: {why}").into(),
                                );
                                status.set(Status::Failed);
                            }
                        }
                    });
                }
                move || {
                    left.set(true);
                    mounted.borrow_mut().take();
                }
            },
        );
    }
    {
        let mounted = mounted.clone();
        use_effect_with(props.lang, move |_| {
            if let Some(screen) = &*mounted.borrow() {
                screen.relocale();
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    html! {
        <>
            <div class="lazy-screen" ref={host}></div>
            if *status != Status::Ready {
                <section class="screen" aria-labelledby={props.heading.is_some().then_some("lazy-heading")} aria-busy={(*status == Status::Loading).then_some("true")}>
                    if let Some(heading) = props.heading.clone() {
                        <h1 id="lazy-heading" tabindex="-1" data-autofocus="true">{ heading }</h1>
                    }
                    if *status == Status::Loading {
                        <p class="results-loading">{ ui.results_loading() }</p>
                    } else {
                        <div class="notice" data-tone="warning" role="alert">
                            <p>{ ui.results_failed() }</p>
                            <button type="button" class="button button-secondary" onclick={retry}>{ ui.retry() }</button>
                        </div>
                    }
                </section>
            }
        </>
    }
}
