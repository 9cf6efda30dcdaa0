//! The app's side of the host bridge: boot.js keeps a small mediator, `window.leadershipRadarBridge`,
//! between this app and the companion module that talks to an embedding host or an LMS.
//!
//! The app reports its saved record after every change; the bridge answers with commands. Without
//! boot.js (in tests, say) both calls quietly do nothing.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = leadershipRadarBridge, js_name = update)]
    fn bridge_update(record: &str, storage: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = leadershipRadarBridge, js_name = connect)]
    fn bridge_connect(handler: &Closure<dyn FnMut(String, String)>) -> Result<(), JsValue>;
}

/// Something the host (or the LMS) asked of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Continue from this saved record (not yet checked: the app decodes it).
    Restore(String),
    /// Start again from nothing.
    Reset,
    /// A new attempt (an LMS's fresh launch): drop what the browser kept from before, but not an
    /// assessment the person has begun in this page while the bridge was loading.
    Fresh,
    /// The host or the LMS keeps progress now (`host` or `lms`): stop keeping it in the browser.
    External(&'static str),
}

impl Command {
    /// Reads a command from the bridge's two strings; anything unknown is `None`.
    fn parse(kind: &str, value: String) -> Option<Command> {
        match kind {
            "restore" => Some(Command::Restore(value)),
            "reset" => Some(Command::Reset),
            "fresh" => Some(Command::Fresh),
            "storage" => match value.as_str() {
                "host" => Some(Command::External("host")),
                "lms" => Some(Command::External("lms")),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Tells the bridge the saved record and where it is kept (`local`, `session`, `memory`, `host`, `lms`).
pub fn update(record: &str, storage: &str) {
    let _ = bridge_update(record, storage);
}

/// Receives the bridge's commands until the returned handle is dropped.
pub fn connect(
    mut on_command: impl FnMut(Command) + 'static,
) -> Closure<dyn FnMut(String, String)> {
    let handler = Closure::new(move |kind: String, value: String| {
        if let Some(command) = Command::parse(&kind, value) {
            on_command(command);
        }
    });
    let _ = bridge_connect(&handler);
    handler
}
