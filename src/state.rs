//! The Yew side of the flow: a `Reducible` wrapper that delegates to the pure core reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::core::bank::Bank;
use crate::core::flow::{Action, Session};

/// The app state: one session of the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// The session the screens render.
    pub session: Session,
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Returning the same Rc for a no-op lets Yew 0.23 skip the re-render.
        match self.session.apply(Bank::builtin(), action) {
            Some(session) => Rc::new(Model { session }),
            None => self,
        }
    }
}
