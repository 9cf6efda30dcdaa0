//! The quiz flow as one state machine: a session and a pure `apply(action)` reducer.

use super::bank::{Bank, Form};
use super::legacy;
use super::responses::{Answer, Pick, Responses};

/// Where the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// What the assessment is, and the choice of form.
    Intro,
    /// The item at this position of the form's sequence.
    Item(usize),
    /// The offer to take (or, in the short form, skip) the scenarios.
    ScenarioIntro,
    /// The scenario at this index.
    Scenario(usize),
    /// Every answer listed, each changeable.
    Review,
    /// The radar and its reading.
    Results,
}

/// Whether the scenarios were taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scenarios {
    /// Not reached yet.
    Pending,
    /// Being answered or answered.
    Taken,
    /// Skipped (short form only): no agility score.
    Skipped,
}

/// Something the person did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Begin the chosen form from the intro; clears any earlier answers.
    Start(Form),
    /// Answer the item at this position (the current one) and move on.
    Answer(usize, Answer),
    /// Record an answer for the item at this position without moving on (arrow keys inside the group).
    Select(usize, Answer),
    /// Go forward, when the current screen is complete.
    Next,
    /// Go back one screen.
    Back,
    /// Begin the scenarios.
    StartScenarios,
    /// Skip the scenarios (short form).
    SkipScenarios,
    /// Choose the most effective option of the scenario at this index (the current one).
    PickBest(usize, u8),
    /// Choose the least effective option of the scenario at this index (the current one).
    PickLeast(usize, u8),
    /// From the review, change the item at this position of the sequence.
    EditItem(usize),
    /// From the review, change the scenario at this index.
    EditScenario(usize),
    /// Open the review.
    Review,
    /// Show the results, when every answer is in.
    ShowResults,
    /// Throw everything away and return to the intro.
    Restart,
}

/// How a fresh session opens (the URL's `intro` and `form`): on the intro, or straight into a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Opening {
    /// On the intro, with the choice of form.
    #[default]
    Intro,
    /// On the first statement of this form (`intro=off`).
    Form(Form),
}

/// The whole state of one attempt.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Session {
    /// The form being taken.
    pub form: Form,
    /// Item indices in presentation order (derived from the form).
    pub sequence: Vec<usize>,
    /// The answers so far.
    pub responses: Responses,
    /// Whether the scenarios were taken.
    pub scenarios: Scenarios,
    /// The current screen.
    pub screen: Screen,
    /// Set when a screen was opened from the review, so finishing it returns there.
    pub from_review: bool,
}

impl Session {
    /// A fresh session on the intro screen.
    pub fn new(bank: &Bank) -> Session {
        Session::with_form(bank, Form::Short)
    }

    /// A fresh session as `opening` asks: on the intro, or on the first statement of a form.
    pub fn opening(bank: &Bank, opening: Opening) -> Session {
        let fresh = Session::new(bank);
        match opening {
            Opening::Intro => fresh,
            Opening::Form(form) => fresh.apply(bank, Action::Start(form)).unwrap_or(fresh),
        }
    }

    fn with_form(bank: &Bank, form: Form) -> Session {
        Session {
            form,
            sequence: bank.sequence(form),
            responses: Responses::empty(bank),
            scenarios: Scenarios::Pending,
            screen: Screen::Intro,
            from_review: false,
        }
    }

    /// The answer to the item at `position` of the sequence.
    pub fn answer_at(&self, position: usize) -> Option<Answer> {
        let item = *self.sequence.get(position)?;
        self.responses.answers.get(item).copied().flatten()
    }

    /// How many items of the form are answered.
    pub fn answered(&self) -> usize {
        (0..self.sequence.len())
            .filter(|&p| self.answer_at(p).is_some())
            .count()
    }

    /// Position of the first unanswered item, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        (0..self.sequence.len()).find(|&p| self.answer_at(p).is_none())
    }

    /// Every item answered, and the scenarios either skipped or all complete.
    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
            && match self.scenarios {
                Scenarios::Pending => false,
                Scenarios::Skipped => true,
                Scenarios::Taken => self.responses.picks.iter().all(Pick::is_complete),
            }
    }

    /// Complete, or finished before the bank gained its eighth stage: on the results, every item
    /// answered, the scenarios taken, the stages version 1 had all complete and the newer ones
    /// untouched. Such a session (from a version 1 result code or saved record) keeps its results;
    /// the flow itself only ever shows results once a session is complete.
    pub fn is_finished(&self) -> bool {
        let picks = &self.responses.picks;
        self.is_complete()
            || (self.screen == Screen::Results
                && self.scenarios == Scenarios::Taken
                && self.first_unanswered().is_none()
                && picks.len() > legacy::V1_STAGES
                && picks[..legacy::V1_STAGES].iter().all(Pick::is_complete)
                && picks[legacy::V1_STAGES..]
                    .iter()
                    .all(|p| *p == Pick::default()))
    }

    /// Whether the current screen may be left forward.
    pub fn can_advance(&self) -> bool {
        match self.screen {
            Screen::Item(p) => self.answer_at(p).is_some(),
            Screen::Scenario(s) => self.responses.picks.get(s).is_some_and(Pick::is_complete),
            Screen::Review => self.is_complete(),
            Screen::Intro | Screen::ScenarioIntro | Screen::Results => false,
        }
    }

    /// Applies an action; `None` means nothing changes (so the view need not re-render).
    pub fn apply(&self, bank: &Bank, action: Action) -> Option<Session> {
        let mut next = self.clone();
        match (action, self.screen) {
            (Action::Start(form), Screen::Intro) => {
                next = Session::with_form(bank, form);
                next.screen = Screen::Item(0);
            }
            (Action::Restart, _) => next = Session::new(bank),
            (Action::Answer(position, answer), Screen::Item(p)) if position == p => {
                next.record(bank, p, answer)?;
                return next.apply(bank, Action::Next).or(Some(next));
            }
            (Action::Select(position, answer), Screen::Item(p)) if position == p => {
                next.record(bank, p, answer)?
            }
            (Action::Next, _) if self.can_advance() => next.screen = self.forward(),
            (Action::Back, Screen::Item(p)) if p > 0 && !self.from_review => {
                next.screen = Screen::Item(p - 1)
            }
            (Action::Back, Screen::ScenarioIntro) => {
                next.screen = Screen::Item(self.sequence.len().checked_sub(1)?)
            }
            (Action::Back, Screen::Scenario(0)) if !self.from_review => {
                next.screen = Screen::ScenarioIntro
            }
            (Action::Back, Screen::Scenario(s)) if !self.from_review => {
                next.screen = Screen::Scenario(s - 1)
            }
            (Action::Back, Screen::Item(_) | Screen::Scenario(_)) if self.from_review => {
                next.screen = Screen::Review;
                next.from_review = false;
            }
            (Action::StartScenarios, Screen::ScenarioIntro | Screen::Review) => {
                next.scenarios = Scenarios::Taken;
                next.screen = Screen::Scenario(0);
                next.from_review = false;
            }
            (Action::SkipScenarios, Screen::ScenarioIntro) if self.form == Form::Short => {
                next.scenarios = Scenarios::Skipped;
                next.screen = Screen::Review;
            }
            (Action::PickBest(scenario, option), Screen::Scenario(s))
                if scenario == s && Responses::valid_option(option) =>
            {
                let pick = next.responses.picks.get_mut(s)?;
                *pick = pick.with_best(option);
            }
            (Action::PickLeast(scenario, option), Screen::Scenario(s))
                if scenario == s && Responses::valid_option(option) =>
            {
                let pick = next.responses.picks.get_mut(s)?;
                *pick = pick.with_least(option);
            }
            (Action::EditItem(p), Screen::Review) if p < self.sequence.len() => {
                next.screen = Screen::Item(p);
                next.from_review = true;
            }
            (Action::EditScenario(s), Screen::Review)
                if s < bank.scenarios.len() && self.scenarios == Scenarios::Taken =>
            {
                next.screen = Screen::Scenario(s);
                next.from_review = true;
            }
            (Action::Review, Screen::Results) => next.screen = Screen::Review,
            (Action::ShowResults, Screen::Review) if self.is_complete() => {
                next.screen = Screen::Results
            }
            _ => return None,
        }
        if !matches!(next.screen, Screen::Item(_) | Screen::Scenario(_)) {
            next.from_review = false;
        }
        (next != *self).then_some(next)
    }

    fn record(&mut self, bank: &Bank, position: usize, answer: Answer) -> Option<()> {
        let item = *self.sequence.get(position)?;
        let allowed = match answer {
            Answer::Scale(v) => (1..=5).contains(&v),
            Answer::NoOpportunity => bank.items.get(item)?.no_opportunity,
        };
        if !allowed {
            return None;
        }
        *self.responses.answers.get_mut(item)? = Some(answer);
        Some(())
    }

    fn forward(&self) -> Screen {
        let last_scenario = self.responses.picks.len().saturating_sub(1);
        match self.screen {
            Screen::Item(_) | Screen::Scenario(_) if self.from_review => Screen::Review,
            Screen::Item(p) if p + 1 < self.sequence.len() => Screen::Item(p + 1),
            Screen::Item(_) => match self.scenarios {
                Scenarios::Skipped => Screen::Review,
                Scenarios::Taken if self.responses.picks.iter().all(Pick::is_complete) => {
                    Screen::Review
                }
                Scenarios::Pending | Scenarios::Taken => Screen::ScenarioIntro,
            },
            Screen::Scenario(s) if s < last_scenario => Screen::Scenario(s + 1),
            Screen::Scenario(_) => Screen::Review,
            Screen::Review => Screen::Results,
            other => other,
        }
    }
}
