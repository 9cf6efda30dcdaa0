//! The screens the app shows only now and then, which the companion renders into a host element
//! of the app's page so their code stays out of the first load: results, shared results, the team
//! view and a colleague's rater form (the app's side is `components/lazy_screen.rs`).

use std::cell::Cell;

use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;
use yew::AppHandle;

use crate::components::rater_view::RaterView;
use crate::components::results::Results;
use crate::components::shared_results::SharedResults;
use crate::components::team_view::TeamView;
use crate::core::bank::Bank;
use crate::core::flow::{Action, Session};
use crate::core::locale::{self, Lang};
use crate::core::record;
use crate::effects::dom;
use crate::effects::screens::Request;
use crate::effects::storage::Store;

/// A screen the app asked for, with what it needs.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The person's own finished results, and where notes beside their record are kept.
    Results { session: Session, store: Store },
    /// The read-only results of a result link's code.
    Shared(AttrValue),
    /// The facilitator's team view.
    Team,
    /// A colleague's form from a rater link's invitation.
    Rate(AttrValue),
}

impl Screen {
    /// Reads the app's request: `kind` and its arguments, as `LazyScreen` sends them.
    pub fn from_request(kind: &str, args: &[String]) -> Result<Screen, String> {
        match (kind, args) {
            ("results", [saved, mode, key]) => {
                let session = record::decode(Bank::builtin(), saved)
                    .map_err(|e| format!("the results' record: {e}"))?;
                let store = Store::reopen(mode, key)
                    .ok_or_else(|| format!("unknown storage mode {mode}"))?;
                Ok(Screen::Results { session, store })
            }
            ("shared", [code]) => Ok(Screen::Shared(code.clone().into())),
            ("team", []) => Ok(Screen::Team),
            ("rate", [invite]) => Ok(Screen::Rate(invite.clone().into())),
            _ => Err(format!("no screen {kind} with {} arguments", args.len())),
        }
    }
}

/// Props of [`ScreenRoot`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScreenRootProps {
    /// The screen to show.
    pub screen: Screen,
    /// The language the companion's texts are in.
    pub lang: Lang,
    /// Whether the screen's `[data-autofocus]` takes the focus once it is in: the app says so
    /// when the person arrived from another screen rather than by opening the page.
    pub autofocus: bool,
    /// Receives what the person asks of the app.
    pub notify: Callback<Request>,
}

/// The root of a mounted screen: the language context the components follow, and the screen.
#[component]
pub fn ScreenRoot(props: &ScreenRootProps) -> Html {
    use_effect_with((), {
        let autofocus = props.autofocus;
        move |_| {
            if autofocus {
                dom::focus_screen_start();
            }
        }
    });
    let notify = props.notify.clone();
    let leave = Callback::from(move |()| notify.emit(Request::Leave));
    let screen = match &props.screen {
        Screen::Results { session, store } => {
            let notify = props.notify.clone();
            let dispatch = Callback::from(move |action: Action| {
                if let Some(request) = Request::of_action(action) {
                    notify.emit(request);
                }
            });
            html! { <Results session={session.clone()} {dispatch} store={store.clone()} /> }
        }
        Screen::Shared(code) => html! { <SharedResults code={code.clone()} on_leave={leave} /> },
        Screen::Team => html! { <TeamView on_leave={leave} /> },
        Screen::Rate(invite) => html! { <RaterView invite={invite.clone()} on_leave={leave} /> },
    };
    html! {
        <ContextProvider<Lang> context={props.lang}>{ screen }</ContextProvider<Lang>>
    }
}

thread_local! {
    /// How many Yew roots this module has created.
    static ROOTS_CREATED: Cell<u32> = const { Cell::new(0) };
}

/// Yew numbers the roots of each app from 1 and brands elements with that number to tell whose
/// event is whose. This module is a second copy of Yew whose roots sit inside the app's, so its
/// numbers must not repeat the app's: blank roots are spent until ours are past the app's.
fn skip_the_apps_root_ids(host: &Element) {
    let apps = host
        .closest("#app")
        .ok()
        .flatten()
        .and_then(|app| js_sys::Reflect::get(&app, &JsValue::from_str("__yew_subtree_id")).ok())
        .and_then(|id| id.as_f64())
        .map_or(1, |id| id as u32);
    while ROOTS_CREATED.get() < apps {
        let Some(spare) = host
            .owner_document()
            .and_then(|d| d.create_element("div").ok())
        else {
            return;
        };
        yew::Renderer::<Blank>::with_root(spare).render().destroy();
        ROOTS_CREATED.set(ROOTS_CREATED.get() + 1);
    }
}

#[component]
fn Blank() -> Html {
    html! {}
}

/// A screen in the page.
pub struct Mounted {
    app: AppHandle<ScreenRoot>,
    props: ScreenRootProps,
}

/// Renders `screen` into `host` in the companion's current language, focusing its start if
/// `autofocus`; `notify` receives the person's requests to the app.
pub fn mount(
    host: Element,
    screen: Screen,
    autofocus: bool,
    notify: impl Fn(Request) + 'static,
) -> Mounted {
    skip_the_apps_root_ids(&host);
    let props = ScreenRootProps {
        screen,
        lang: locale::current().lang,
        autofocus,
        notify: Callback::from(notify),
    };
    let app = yew::Renderer::<ScreenRoot>::with_root_and_props(host, props.clone()).render();
    ROOTS_CREATED.set(ROOTS_CREATED.get() + 1);
    Mounted { app, props }
}

impl Mounted {
    /// Renders again in the companion's current language, keeping what the person has typed.
    pub fn relocale(&mut self) {
        let lang = locale::current().lang;
        if lang != self.props.lang {
            self.props.lang = lang;
            self.app.update(self.props.clone());
        }
    }

    /// Takes the screen out of the page.
    pub fn unmount(self) {
        self.app.destroy();
    }
}
