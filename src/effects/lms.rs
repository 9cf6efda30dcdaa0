//! The SCORM 1.2 runtime's browser edge: finds the LMS's `API` object and makes the calls the
//! core (`core::scorm`) decides, checking `LMSGetLastError` after each one.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Window;

use radar_core::bank::Bank;
use radar_core::config::LmsChoice;
use radar_core::scorm::{Call, Launch, LmsSession};

/// The ADL sample's limit on frames to climb.
const MAX_HOPS: usize = 7;

/// A connected LMS: its API object and the session's state.
pub struct Lms {
    api: JsValue,
    session: LmsSession,
}

/// `API` on `window`, if it is there and readable: reading a cross-origin frame's property throws,
/// and that step is skipped.
fn api_on(window: &Window) -> Option<JsValue> {
    Reflect::get(window, &"API".into())
        .ok()
        .filter(|api| api.is_object())
}

/// Climbs from `start` through its parents, at most [`MAX_HOPS`] frames.
fn climb(start: Window) -> Option<JsValue> {
    let mut current = start;
    for _ in 0..=MAX_HOPS {
        if let Some(api) = api_on(&current) {
            return Some(api);
        }
        match current.parent() {
            Ok(Some(parent)) if parent != current => current = parent,
            _ => return None,
        }
    }
    None
}

/// The SCORM 1.2 API of the LMS: this window and its parents, then the opener's (a pop-up launch).
fn find_api() -> Option<JsValue> {
    let window = web_sys::window()?;
    climb(window.clone()).or_else(|| {
        let opener = window.opener().ok()?;
        (!opener.is_null() && !opener.is_undefined())
            .then(|| climb(opener.unchecked_into()))
            .flatten()
    })
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

impl Lms {
    /// Looks for an LMS (unless `lms=off`) and initialises it; `None` means standalone.
    pub fn connect(choice: LmsChoice) -> Option<Lms> {
        if choice == LmsChoice::Off {
            return None;
        }
        let Some(api) = find_api() else {
            if choice == LmsChoice::Scorm12 {
                warn("Leadership Radar: lms=scorm12, but no SCORM 1.2 API was found; running standalone.");
            }
            return None;
        };
        let lms = Lms {
            api,
            session: LmsSession::new(now_ms()),
        };
        (lms.call("LMSInitialize", &[""]).as_deref() == Some("true")).then_some(lms)
    }

    /// Reads the launch data and makes the opening calls; returns what the app should do.
    pub fn launch(&mut self, bank: &Bank) -> Launch {
        let entry = self.get("cmi.core.entry");
        let suspend_data = self.get("cmi.suspend_data");
        let status = self.get("cmi.core.lesson_status");
        let (calls, launch) = self.session.launch(bank, &entry, &suspend_data, &status);
        self.run(calls);
        launch
    }

    /// Saves a new record, and finishes when it holds the results.
    pub fn update(&mut self, bank: &Bank, record: &str) {
        let calls = self.session.update(bank, record, now_ms());
        self.run(calls);
    }

    /// The page is going away before the results: suspend. A page kept in the back/forward cache
    /// (`persisted`) may come back, so it only commits.
    pub fn leave(&mut self, persisted: bool) {
        let calls = if persisted {
            self.session.pause(now_ms())
        } else {
            self.session.leave(now_ms())
        };
        self.run(calls);
    }

    fn run(&mut self, calls: Vec<Call>) {
        for call in calls {
            match call {
                Call::Set(element, value) => {
                    self.call("LMSSetValue", &[element, &value]);
                }
                Call::Commit => {
                    self.call("LMSCommit", &[""]);
                }
                Call::Finish => {
                    self.call("LMSFinish", &[""]);
                }
            }
        }
    }

    fn get(&self, element: &str) -> String {
        self.call("LMSGetValue", &[element]).unwrap_or_default()
    }

    /// Calls an API method with string arguments and checks `LMSGetLastError` (except after
    /// `LMSFinish`, after which the API must not be called); `None` when the call threw or is
    /// missing. An LMS error is reported in the console, never to the person.
    fn call(&self, method: &str, args: &[&str]) -> Option<String> {
        let result = self.invoke(method, args);
        if method == "LMSFinish" {
            if result.as_deref() != Some("true") {
                warn("Leadership Radar: the LMS refused LMSFinish.");
            }
        } else {
            let code = self.invoke("LMSGetLastError", &[]).unwrap_or_default();
            if !code.is_empty() && code != "0" {
                let text = self
                    .invoke("LMSGetErrorString", &[&code])
                    .unwrap_or_default();
                warn(&format!(
                    "Leadership Radar: the LMS answered {method}({}) with error {code}: {text}",
                    args.first().copied().unwrap_or_default()
                ));
            }
        }
        result
    }

    fn invoke(&self, method: &str, args: &[&str]) -> Option<String> {
        let function: Function = Reflect::get(&self.api, &method.into())
            .ok()?
            .dyn_into()
            .ok()?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        let value = function.apply(&self.api, &args).ok()?;
        Some(value.as_string().unwrap_or_else(|| {
            // Some runtimes answer with booleans or numbers rather than strings.
            value
                .as_bool()
                .map(|b| b.to_string())
                .or_else(|| value.as_f64().map(|n| n.to_string()))
                .unwrap_or_default()
        }))
    }
}
