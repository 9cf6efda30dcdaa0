//! What a person did on the build's pre-rendered first screens, for the app to take over.

use super::bank::{Bank, Form};
use super::flow::{Action, Opening, Session};
use super::responses::Answer;

/// The marks the pre-rendered page leaves on its element (early.js). They are read from the page,
/// so none is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks<'a> {
    /// The form whose start button was pressed: `short` or `full`.
    pub started: Option<&'a str>,
    /// The value of the option checked on the first statement: `1` to `5`, or `n`.
    pub checked: Option<&'a str>,
    /// Whether that check was an answer (a click, Space, a number key, Enter), which moves on,
    /// rather than a selection with the arrow keys, which stays.
    pub answered: bool,
    /// Where the keyboard focus was: the focused element's `nth-child` positions (from 1) from
    /// the pre-render's top down, dot-separated (`4.2.1`).
    pub focus: Option<&'a str>,
}

/// The pre-rendered screens' work, replayed by the app as it takes over from them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Replay {
    /// A start, then an answer to the first statement or a selection on it: replayed on the app's
    /// first session.
    pub actions: Vec<Action>,
    /// Where the focus goes after the app's first render: the next statement's start after an
    /// answer, as after any answer; else where the person had it on the page, if there.
    pub focus: Option<Focus>,
}

/// Where the focus goes once the app has taken over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// The same element: the app's first render repeats the pre-render element for element, so the
    /// same `nth-child` path from the root finds it.
    Same(Vec<u8>),
    /// The start of the screen, which is a new one (the answer replayed moved on).
    ScreenStart,
}

impl Focus {
    /// The CSS selector of the element at this path under `root`, for [`Focus::Same`].
    pub fn selector(&self, root: &str) -> Option<String> {
        match self {
            Focus::Same(path) => Some(path.iter().fold(root.to_string(), |selector, n| {
                format!("{selector} > :nth-child({n})")
            })),
            Focus::ScreenStart => None,
        }
    }
}

/// Reads the marks. A mark that does not parse is dropped, and an answer without a start means
/// nothing.
pub fn replay(marks: Marks<'_>) -> Replay {
    let mut actions = Vec::new();
    if let Some(form) = marks.started.and_then(form) {
        actions.push(Action::Start(form));
        actions.extend(
            marks
                .checked
                .and_then(answer)
                .map(|a| match marks.answered {
                    true => Action::Answer(0, a),
                    false => Action::Select(0, a),
                }),
        );
    }
    let moved_on = actions.iter().any(|a| matches!(a, Action::Answer(..)));
    let focus = match moved_on {
        true => Some(Focus::ScreenStart),
        false => marks.focus.and_then(path).map(Focus::Same),
    };
    Replay { actions, focus }
}

/// A fresh session as `opening` asks, with the pre-rendered screens' actions replayed; an action
/// the flow refuses (an answer its statement does not offer) is left out.
pub fn session(bank: &Bank, opening: Opening, actions: &[Action]) -> Session {
    actions
        .iter()
        .fold(Session::opening(bank, opening), |session, &action| {
            session.apply(bank, action).unwrap_or(session)
        })
}

fn form(id: &str) -> Option<Form> {
    [Form::Short, Form::Full].into_iter().find(|f| f.id() == id)
}

fn answer(value: &str) -> Option<Answer> {
    match value {
        "n" => Some(Answer::NoOpportunity),
        digit => digit.parse().ok().and_then(Answer::scale),
    }
}

/// At most this deep: the app's deepest control sits far above it.
const MAX_DEPTH: usize = 32;

fn path(text: &str) -> Option<Vec<u8>> {
    let path = text
        .split('.')
        .map(|n| n.parse::<u8>().ok().filter(|&n| n > 0))
        .collect::<Option<Vec<_>>>()?;
    (path.len() <= MAX_DEPTH).then_some(path)
}
