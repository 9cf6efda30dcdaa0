//! The bridge between the app and the host edge (`effects::host`: an embedding host's messages
//! and the LMS), both in the full module. Each side may start first: the app's latest saved record
//! and any command sent before the app listens wait here.
//!
//! The app reports its saved record after every change ([`update`]); the host edge hears it
//! ([`listen`]) and answers with [`Command`]s ([`command`]), which the app receives once it has
//! [`connect`]ed. A page without a host edge (a page of its own) has no listener, and nothing is sent.

use std::cell::RefCell;
use std::rc::Rc;

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
    /// The LMS keeps progress now (in `cmi.suspend_data`): stop keeping it in the browser.
    KeptByLms,
}

type Listener = Rc<RefCell<dyn FnMut(&str, &str)>>;
type Handler = Rc<RefCell<dyn FnMut(Command)>>;

#[derive(Default)]
struct Mediator {
    /// The app's latest record and where it is kept, for a listener that comes later.
    latest: Option<(String, &'static str)>,
    listener: Option<Listener>,
    handler: Option<Handler>,
    /// Commands sent before the app connected, in order.
    queue: Vec<Command>,
}

thread_local! {
    static MEDIATOR: RefCell<Mediator> = RefCell::new(Mediator::default());
}

/// Tells the host edge the saved record and where it is kept (`local`, `session`, `memory`,
/// `host`, `lms`).
pub fn update(record: &str, storage: &'static str) {
    let listener = MEDIATOR.with(|m| {
        let mut m = m.borrow_mut();
        m.latest = Some((record.to_string(), storage));
        m.listener.clone()
    });
    // Called with no borrow held: the listener may send a command back at once.
    if let Some(listener) = listener {
        if let Ok(mut listener) = listener.try_borrow_mut() {
            listener(record, storage);
        }
    }
}

/// Calls `listener(record, storage)` with the app's latest record now and after every change, for
/// the page's lifetime.
pub fn listen(listener: impl FnMut(&str, &str) + 'static) {
    let listener: Listener = Rc::new(RefCell::new(listener));
    let latest = MEDIATOR.with(|m| {
        let mut m = m.borrow_mut();
        m.listener = Some(listener.clone());
        m.latest.clone()
    });
    if let Some((record, storage)) = latest {
        if let Ok(mut listener) = listener.try_borrow_mut() {
            listener(&record, storage);
        }
    }
}

/// Sends the app a command; it waits here until the app connects.
pub fn command(command: Command) {
    let Some(handler) = MEDIATOR.with(|m| m.borrow().handler.clone()) else {
        MEDIATOR.with(|m| m.borrow_mut().queue.push(command));
        return;
    };
    // Called with no borrow of the mediator held: the app may report a record back at once.
    let mut handler = handler.try_borrow_mut();
    if let Ok(handler) = handler.as_deref_mut() {
        handler(command);
    }
}

/// The app's connection: commands reach its handler until this is dropped.
pub struct Connection(Handler);

impl Drop for Connection {
    fn drop(&mut self) {
        MEDIATOR.with(|m| {
            let mut m = m.borrow_mut();
            if m.handler.as_ref().is_some_and(|h| Rc::ptr_eq(h, &self.0)) {
                m.handler = None;
            }
        });
    }
}

/// Receives the host edge's commands, those sent before included, until the returned
/// [`Connection`] is dropped.
pub fn connect(on_command: impl FnMut(Command) + 'static) -> Connection {
    let handler: Handler = Rc::new(RefCell::new(on_command));
    let queued = MEDIATOR.with(|m| {
        let mut m = m.borrow_mut();
        m.handler = Some(handler.clone());
        std::mem::take(&mut m.queue)
    });
    for command in queued {
        if let Ok(mut handler) = handler.try_borrow_mut() {
            handler(command);
        }
    }
    Connection(handler)
}
