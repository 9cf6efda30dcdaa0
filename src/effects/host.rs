//! The host bridge's browser edge: posts the protocol's messages to the parent window, obeys the
//! trusted host's commands, sizes the iframe with a ResizeObserver, and speaks H5P's resizer protocol.
//! What to send where, and what to obey, is decided by `core::protocol`.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, PageTransitionEvent, ResizeObserver, Window};

use super::lms::Lms;
use crate::bridge;
use crate::texts;
use radar_core::config::{self, Config};
use radar_core::protocol::{
    self, accept, private_targets, Command, Field, Outgoing, Progress, Received, Scores,
};
use radar_core::record;
use radar_core::scorm::Launch;

/// Starts the host edge for a page whose query string is `query`: finds an LMS, listens to the
/// host, and reports the app's progress to both (through [`bridge`]).
pub fn start(query: &str) {
    // The app has already warned about invalid parameters; the host edge reads the same ones quietly.
    let (config, _) = config::parse(query);
    let lms = Lms::connect(config.lms);
    let host = Rc::new(RefCell::new(Host::new(config, lms)));
    Host::listen(&host);
}

/// The bridge between the app and its embedding host.
pub struct Host {
    config: Config,
    /// The parent window, when the page is framed.
    parent: Option<Window>,
    /// The parent's origin as far as the browser tells, or as learnt from a trusted message.
    parent_hint: Option<String>,
    lms: Option<Lms>,
    ready_sent: bool,
    last_height: u32,
    last_record: String,
    last_storage: String,
    last_progress: Option<Progress>,
    /// A trusted host has sent `init`.
    host_initialised: bool,
    completed_sent: bool,
    observer: Option<ResizeObserver>,
}

/// A command for the app, sent once no borrow of the host edge is held (the app may answer at once).
type AppCommand = bridge::Command;

fn send_to_app(commands: Vec<AppCommand>) {
    for command in commands {
        bridge::command(command);
    }
}

/// The document's height in whole CSS pixels: the root's box, which grows and shrinks with the
/// content (unlike `scrollHeight`, which never falls below the frame's own height).
fn content_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0, |root| {
            root.get_bounding_client_rect().height().ceil().max(0.0) as u32
        })
}

/// The parent's origin according to the browser: `location.ancestorOrigins` where supported,
/// else the referrer (empty under `referrerpolicy="no-referrer"`).
fn parent_origin_hint(window: &Window) -> Option<String> {
    let location = window.location();
    let ancestors = Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors
        .filter(|a| a.is_object())
        .and_then(|a| Reflect::get(&a, &0.into()).ok())
        .and_then(|o| o.as_string());
    first.or_else(|| {
        let referrer = window.document()?.referrer();
        protocol::origin_of(&referrer).map(str::to_string)
    })
}

/// A string property of a message's data, if it is a string of at most `max` UTF-16 units: the
/// length is checked in JavaScript, so a huge value from any window is never copied into wasm.
fn text(data: &JsValue, name: &str, max: u32) -> Option<String> {
    let value = Reflect::get(data, &name.into()).ok()?;
    let text = value.dyn_ref::<js_sys::JsString>()?;
    (text.length() <= max).then(|| String::from(text))
}

fn field<'a>(data: &JsValue, name: &str, text: &'a Option<String>) -> Field<'a> {
    match (text, Reflect::get(data, &name.into())) {
        (Some(t), _) => Field::Text(t),
        (None, Ok(v)) if v.is_undefined() => Field::Absent,
        (None, Ok(v)) => v.as_f64().map_or(Field::Other, Field::Number),
        (None, Err(_)) => Field::Absent,
    }
}

impl Host {
    /// A bridge for this page's configuration and LMS (if one was found).
    pub fn new(config: Config, lms: Option<Lms>) -> Host {
        let window = web_sys::window();
        let parent = window.as_ref().and_then(|w| match w.parent() {
            Ok(Some(parent)) if &parent != w => Some(parent),
            _ => None,
        });
        let parent_hint = match (&window, &parent) {
            (Some(window), Some(_)) => parent_origin_hint(window),
            _ => None,
        };
        Host {
            config,
            parent,
            parent_hint,
            lms,
            ready_sent: false,
            last_height: 0,
            last_record: String::new(),
            last_storage: String::new(),
            last_progress: None,
            host_initialised: false,
            completed_sent: false,
            observer: None,
        }
    }

    /// Launches the LMS session, then listens to the host and to the app.
    pub fn listen(this: &Rc<RefCell<Host>>) {
        let commands = this.borrow_mut().launch_lms();
        send_to_app(commands);
        let Some(window) = web_sys::window() else {
            return;
        };
        {
            let this = this.clone();
            let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let commands = this.borrow_mut().on_message(&event);
                send_to_app(commands);
            });
            let _ = window
                .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
            on_message.forget();
        }
        if this.borrow().lms.is_some() {
            let this = this.clone();
            let on_leave = Closure::<dyn FnMut(PageTransitionEvent)>::new(
                move |event: PageTransitionEvent| {
                    // An LMS may close the frame inside one of our own calls: then the session
                    // is already being finished.
                    if let Ok(mut host) = this.try_borrow_mut() {
                        if let Some(lms) = &mut host.lms {
                            lms.leave(event.persisted());
                        }
                    }
                },
            );
            let _ = window
                .add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
            on_leave.forget();
        }
        let weak = Rc::downgrade(this);
        bridge::listen(move |record, storage| {
            if let Some(this) = weak.upgrade() {
                if let Ok(mut host) = this.try_borrow_mut() {
                    host.on_update(&this, record, storage);
                }
            }
        });
    }

    fn launch_lms(&mut self) -> Vec<AppCommand> {
        let Some(lms) = &mut self.lms else {
            return Vec::new();
        };
        let mut commands = vec![AppCommand::KeptByLms];
        match lms.launch(texts::bank()) {
            Launch::Resume(record) => commands.push(AppCommand::Restore(record)),
            Launch::Fresh => commands.push(AppCommand::Fresh),
        }
        commands
    }

    /// The app saved a record: tell the host and the LMS what changed.
    fn on_update(&mut self, this: &Rc<RefCell<Host>>, record: &str, storage: &str) {
        let bank = texts::bank();
        if !self.ready_sent {
            self.ready_sent = true;
            let (storage, lms) = match self.lms {
                Some(_) => ("lms", "scorm12"),
                None => (storage, "none"),
            };
            self.send(&Outgoing::Ready { storage, lms });
            self.observe_size(this);
            self.post_h5p("hello", None);
            self.report_size();
        }
        if record == self.last_record && storage == self.last_storage {
            return;
        }
        self.last_record = record.to_string();
        self.last_storage = storage.to_string();
        let Ok(session) = record::decode(bank, record) else {
            return;
        };
        // Moving between screens changes the record but not the progress: report changes only.
        let progress = Progress::of(bank, &session);
        if self.last_progress != Some(progress) {
            self.last_progress = Some(progress);
            self.send(&Outgoing::Progress(progress));
        }
        // Not before the host's `init` or a first answer: a fresh intro's state would overwrite
        // whatever the host keeps before it had the chance to send it.
        if storage == "host" && (self.host_initialised || progress.answered > 0) {
            self.send(&Outgoing::State(record));
        }
        match Scores::of(bank, &session) {
            Some(scores) if !self.completed_sent => {
                self.completed_sent = true;
                self.send(&Outgoing::Completed(&scores));
            }
            Some(_) => {}
            None => self.completed_sent = false,
        }
        // Only records the app made after taking the LMS as its storage: one the browser kept from
        // before (another learner's, on a shared computer) must never reach the LMS.
        if let (Some(lms), "lms") = (&mut self.lms, storage) {
            lms.update(bank, record);
        }
    }

    fn on_message(&mut self, event: &MessageEvent) -> Vec<AppCommand> {
        let Some(parent) = &self.parent else {
            return Vec::new();
        };
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(parent));
        let data = event.data();
        if !data.is_object() {
            return Vec::new();
        }
        if !from_parent {
            // Only the parent may speak to the app; `accept` would refuse it anyway.
            return Vec::new();
        }
        if text(&data, "context", 8).as_deref() == Some("h5p") {
            self.on_h5p(text(&data, "action", 32).as_deref());
            return Vec::new();
        }
        let origin = event.origin();
        // A longer state is refused by `accept`; one unit more is enough to know.
        let state_limit = protocol::MAX_STATE_LEN as u32 + 1;
        let (source, version, kind, state) = (
            text(&data, "source", 32),
            None::<String>,
            text(&data, "type", 32),
            text(&data, "state", state_limit),
        );
        let message = Received {
            origin: &origin,
            from_parent,
            source: field(&data, "source", &source),
            version: field(&data, "v", &version),
            kind: field(&data, "type", &kind),
            state: field(&data, "state", &state),
        };
        let Ok(command) = accept(&message, &self.config.parent_origins) else {
            return Vec::new();
        };
        // A trusted message names the parent's origin exactly.
        self.parent_hint = Some(origin);
        if matches!(command, Command::Init(_)) {
            self.host_initialised = true;
        }
        match command {
            Command::Init(Some(state)) => vec![AppCommand::Restore(state)],
            Command::Init(None) => Vec::new(),
            // Before `ready` the app has not run: `ready` is the first message, and a size
            // report follows it anyway.
            Command::RequestSize if !self.ready_sent => Vec::new(),
            Command::RequestSize => {
                self.last_height = 0;
                self.report_size();
                Vec::new()
            }
            Command::Reset => vec![AppCommand::Reset],
        }
    }

    /// H5P's host (h5p-resizer.js) answers `hello` and asks again on its window's resize.
    fn on_h5p(&mut self, action: Option<&str>) {
        match action {
            Some("ready") => self.post_h5p("hello", None),
            Some("hello" | "resize" | "resizePrepared") => {
                self.post_h5p("resize", Some(content_height()));
            }
            _ => {}
        }
    }

    /// Reports the height on every change of the document's size, growing or shrinking.
    fn observe_size(&mut self, this: &Rc<RefCell<Host>>) {
        if self.parent.is_none() {
            return;
        }
        let weak = Rc::downgrade(this);
        let callback = Closure::<dyn FnMut()>::new(move || {
            if let Some(this) = weak.upgrade() {
                if let Ok(mut host) = this.try_borrow_mut() {
                    host.report_size();
                }
            }
        });
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let (Ok(observer), Some(root)) =
            (ResizeObserver::new(callback.as_ref().unchecked_ref()), root)
        {
            observer.observe(&root);
            self.observer = Some(observer);
        }
        callback.forget();
    }

    /// Sends the height when it changed. Only the content decides it (no viewport units), so the
    /// host's resizing of the frame never feeds back into another change.
    fn report_size(&mut self) {
        let height = content_height();
        if height != self.last_height {
            self.last_height = height;
            self.send(&Outgoing::Resize(height));
            self.post_h5p("resize", Some(height));
        }
    }

    fn post_h5p(&self, action: &str, scroll_height: Option<u32>) {
        let json = match scroll_height {
            Some(h) => format!(
                "{{\"context\":\"h5p\",\"action\":\"{action}\",\"scrollHeight\":{h},\"clientHeight\":{h}}}"
            ),
            None => format!("{{\"context\":\"h5p\",\"action\":\"{action}\"}}"),
        };
        self.post(&json, "*");
    }

    /// Posts a protocol message: public ones to any origin, private ones only to allow-listed ones.
    fn send(&self, message: &Outgoing) {
        let json = message.to_json(texts::bank(), self.config.id.as_deref().unwrap_or(""));
        if message.is_private() {
            for target in private_targets(&self.config.parent_origins, self.parent_hint.as_deref())
            {
                self.post(&json, &target);
            }
        } else {
            self.post(&json, "*");
        }
    }

    fn post(&self, json: &str, target: &str) {
        if let (Some(parent), Ok(value)) = (&self.parent, js_sys::JSON::parse(json)) {
            let _ = parent.post_message(&value, target);
        }
    }
}
