//! The Yew side of the flow: a `Reducible` wrapper that delegates to the pure core reducer.

use std::rc::Rc;

use yew::Reducible;

use radar_core::flow::{Action, Opening, Session};

/// The app state: one session of the assessment, and how a fresh one opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// The session the screens render.
    pub session: Session,
    /// Where "Start over" and a host's reset lead: the intro, or straight into a form.
    pub opening: Opening,
    /// The session continues saved progress (from the browser, a resume code or the host) rather
    /// than one begun in this page.
    pub restored: bool,
}

/// A change to the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Something the person did on a screen.
    Flow(Action),
    /// Continue a session from a resume code, the host or the LMS (already decoded and checked).
    Restore(Session),
    /// Throw everything away (a host's `reset`).
    Reset,
    /// A new LMS attempt: throw away progress restored from the browser, but keep a session the
    /// person began in this page before the LMS answered.
    Fresh,
}

impl Reducible for Model {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        // The structure (ids, counts, keys) is every language's.
        let bank = radar_content::bank();
        let (session, restored) = match change {
            Change::Fresh if !self.restored => return self,
            Change::Flow(Action::Restart) | Change::Reset | Change::Fresh => {
                (Session::opening(bank, self.opening), false)
            }
            Change::Restore(session) => (session, true),
            Change::Flow(action) => match self.session.apply(bank, action) {
                Some(session) => (session, self.restored),
                // Returning the same Rc for a no-op lets Yew 0.23 skip the re-render.
                None => return self,
            },
        };
        if session == self.session && restored == self.restored {
            return self;
        }
        Rc::new(Model {
            session,
            opening: self.opening,
            restored,
        })
    }
}
