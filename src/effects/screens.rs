//! The screens the companion module renders into the app's page (results, shared results, team
//! view, rater form), mounted through boot.js so their code stays out of the first load.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::report::describe;
use crate::core::flow::Action;

/// What the person asks of the app from a companion screen. It crosses boot.js by [`Request::name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Back to one's own assessment (from shared results, the team view or a rater form).
    Leave,
    /// Change the answers (from the results).
    Review,
    /// Start over, once confirmed (from the results).
    Restart,
}

impl Request {
    /// The request's name between the two modules.
    pub fn name(self) -> &'static str {
        match self {
            Request::Leave => "leave",
            Request::Review => "review",
            Request::Restart => "restart",
        }
    }

    /// The request of a name from the companion; `None` for any other text.
    pub fn parse(name: &str) -> Option<Request> {
        [Request::Leave, Request::Review, Request::Restart]
            .into_iter()
            .find(|request| request.name() == name)
    }

    /// The request a screen's flow action stands for, if the app should carry it out.
    pub fn of_action(action: Action) -> Option<Request> {
        match action {
            Action::Review => Some(Request::Review),
            Action::Restart => Some(Request::Restart),
            _ => None,
        }
    }

    /// The flow action the app carries out for the request; `None` for leaving.
    pub fn action(self) -> Option<Action> {
        match self {
            Request::Leave => None,
            Request::Review => Some(Action::Review),
            Request::Restart => Some(Action::Restart),
        }
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = leadershipRadarMountScreen)]
    fn mount_screen(
        host: &web_sys::Element,
        kind: &str,
        args: js_sys::Array,
        autofocus: bool,
        listener: &Closure<dyn Fn(String)>,
    ) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarRelocaleScreen)]
    fn relocale_screen(screen: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarUnmountScreen)]
    fn unmount_screen(screen: &JsValue) -> Result<(), JsValue>;
}

/// A screen in the page; dropping it takes the screen out.
pub struct Mounted {
    screen: JsValue,
    // Called by the screen until it is unmounted, which happens before this is dropped.
    _listener: Closure<dyn Fn(String)>,
}

/// Renders the screen `kind` with `args` into `host`, focusing its start if `autofocus`.
/// `on_request` receives what the person asks of the app there. An error is a module that could
/// not be loaded or a request it refused.
pub async fn mount(
    host: &web_sys::Element,
    kind: &str,
    args: &[&str],
    autofocus: bool,
    on_request: impl Fn(Request) + 'static,
) -> Result<Mounted, String> {
    let listener = Closure::<dyn Fn(String)>::new(move |name: String| {
        if let Some(request) = Request::parse(&name) {
            on_request(request);
        }
    });
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    let promise = mount_screen(host, kind, args, autofocus, &listener).map_err(describe)?;
    let screen = JsFuture::from(promise).await.map_err(describe)?;
    Ok(Mounted {
        screen,
        _listener: listener,
    })
}

impl Mounted {
    /// Renders the screen again in the app's language, once the companion has its texts.
    pub fn relocale(&self) {
        let _ = relocale_screen(&self.screen);
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = unmount_screen(&self.screen);
    }
}
