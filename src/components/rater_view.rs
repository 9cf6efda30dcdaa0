//! A colleague's side of "Ask colleagues" (`#rate=<invite>`): how they know the person, the
//! observer form, one statement per screen in the third person, then the rater code to send back,
//! to the person or, for a pooled request, to whoever pools the codes. Nothing is kept or sent.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

use crate::components::progress_bar::progress_bar;
use crate::effects::raters;
use crate::effects::{clipboard, storage};
use crate::hooks::use_answer_keys::use_answer_keys;
use crate::texts;
use radar_core::flow::Action;
use radar_core::group::Group;
use radar_core::responses::Answer;
use radar_core::text::{fill, substitute};

/// Props of [`RaterView`].
#[derive(Properties, PartialEq, Clone)]
pub struct RaterViewProps {
    /// The invitation from the link.
    pub invite: AttrValue,
    /// Leaves the form for one's own assessment.
    pub on_leave: Callback<()>,
}

/// The form's progress: a small state machine, pure, with the answers as `1`-`5` or `n`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Form {
    total: usize,
    /// `None` on the introduction, then the statement on screen; `Some(total)` when done.
    position: Option<usize>,
    answers: Vec<Option<char>>,
    /// How the colleague knows the person, chosen on the introduction.
    group: Option<Group>,
}

/// What the colleague did.
enum Step {
    Group(Group),
    Start,
    Answer(usize, char),
    Back,
}

impl Reducible for Form {
    type Action = Step;

    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut next = (*self).clone();
        match (step, self.position) {
            (Step::Group(group), None) => next.group = Some(group),
            // The statements start once the colleague has said how they know the person.
            (Step::Start, None) if self.group.is_some() => next.position = Some(0),
            (Step::Answer(at, answer), Some(p)) if at == p && p < self.total => {
                next.answers[p] = Some(answer);
                next.position = Some(p + 1);
            }
            (Step::Back, Some(0)) => next.position = None,
            (Step::Back, Some(p)) => next.position = Some(p - 1),
            _ => return self,
        }
        Rc::new(next)
    }
}

/// The colleague's form.
#[component]
pub fn RaterView(props: &RaterViewProps) -> Html {
    let locale = use_locale();
    let screens = texts::all().screens;
    // Read again for another link or language only.
    let details = use_memo((props.invite.clone(), locale.lang), |(invite, _)| {
        raters::invite_details(invite)
    });
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    match &*details {
        Err(why) => html! {
            <section class="screen rater" aria-labelledby="rater-heading">
                <h1 id="rater-heading" tabindex="-1" data-autofocus="true">{ screens.rater_refused_heading() }</h1>
                <p class="notice" data-tone="warning" role="alert">{ why.clone() }</p>
                <button type="button" class="button button-primary" onclick={leave}>{ screens.shared_start() }</button>
            </section>
        },
        Ok(details) => html! {
            <RaterForm invite={props.invite.clone()} name={AttrValue::from(details.name.clone())}
                pooled={details.pooled}
                statements={Rc::new(details.statements.clone())} on_leave={props.on_leave.clone()} />
        },
    }
}

/// Props of [`RaterForm`].
#[derive(Properties, PartialEq, Clone)]
struct RaterFormProps {
    invite: AttrValue,
    name: AttrValue,
    /// Whether the code goes to whoever pools the codes, not to the person.
    pooled: bool,
    statements: Rc<Vec<&'static str>>,
    on_leave: Callback<()>,
}

#[component]
fn RaterForm(props: &RaterFormProps) -> Html {
    let locale = use_locale();
    let ui = locale.ui;
    let screens = texts::all().screens;
    let total = props.statements.len();
    // A reload keeps the colleague's answers, for this tab only: `<position>:<answers>:<group>`.
    let saved_key = format!("leadership-radar.rating.{}", props.invite);
    let form = use_reducer(|| {
        let mut form = Form {
            total,
            position: None,
            answers: vec![None; total],
            group: None,
        };
        let saved = storage::tab_note(&saved_key).unwrap_or_default();
        let mut fields = saved.splitn(3, ':');
        let (position, answers) = (fields.next(), fields.next());
        form.group = fields.next().and_then(Group::from_id);
        if let (Some(position), Some(answers), Some(_)) = (position, answers, form.group) {
            let answers: Vec<Option<char>> = answers
                .chars()
                .map(|c| matches!(c, '1'..='5' | 'n').then_some(c))
                .collect();
            let position = position.parse::<usize>().ok();
            if answers.len() == total && position.is_some_and(|p| p <= total) {
                let answered = answers.iter().take_while(|a| a.is_some()).count();
                form.position = position.map(|p| p.min(answered));
                form.answers = answers;
            }
        }
        form
    });
    {
        let saved_key = saved_key.clone();
        use_effect_with(form.clone(), move |form| {
            let answers: String = form.answers.iter().map(|a| a.unwrap_or('-')).collect();
            let position = form.position.map_or(String::new(), |p| p.to_string());
            let group = form.group.map_or("", Group::id);
            storage::set_tab_note(&saved_key, Some(&format!("{position}:{answers}:{group}")));
        });
    }
    let code = use_state(|| None::<String>);
    let copied = use_state(|| false);
    {
        // The code is made once every statement is answered.
        let (code, invite) = (code.clone(), props.invite.clone());
        use_effect_with(form.clone(), move |form| {
            if let (Some(group), true) = (form.group, form.position == Some(form.total)) {
                let answers: Option<Vec<Answer>> = form
                    .answers
                    .iter()
                    .map(|a| match a {
                        Some('n') => Some(Answer::NoOpportunity),
                        Some(c) => Answer::scale(c.to_digit(10)? as u8),
                        None => None,
                    })
                    .collect();
                let made =
                    answers.and_then(|answers| raters::rater_code(&invite, group, &answers).ok());
                code.set(made);
            }
        });
    }
    let someone = if props.name.is_empty() {
        screens.rater_someone().to_string()
    } else {
        props.name.to_string()
    };
    // Keys 1 to 5 answer here too, unless turned off on this browser (WCAG 2.1.4).
    let keys_on = *use_state(storage::number_keys);
    let on_key = {
        let form = form.clone();
        Callback::from(move |action: Action| {
            if let Action::Answer(at, Answer::Scale(v)) = action {
                form.dispatch(Step::Answer(at, char::from(b'0' + v)));
            }
        })
    };
    let key_position = form.position.filter(|&p| p < total && keys_on);
    use_answer_keys(key_position, on_key);
    let start_tried = use_state(|| false);
    let start = {
        let (form, start_tried) = (form.clone(), start_tried.clone());
        Callback::from(move |_: MouseEvent| {
            start_tried.set(true);
            form.dispatch(Step::Start);
        })
    };
    let group_names = [
        screens.rater_group_manager(),
        screens.rater_group_peer(),
        screens.rater_group_direct_report(),
        screens.rater_group_other(),
    ];
    let back = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| form.dispatch(Step::Back))
    };
    match form.position {
        None => html! {
            <section class="screen rater" aria-labelledby="rater-heading">
                <h1 id="rater-heading" tabindex="-1" data-autofocus="true">{ fill(locale.lang, screens.rater_heading(), &[("name", &someone)]) }</h1>
                <p class="lead">{ fill(locale.lang, screens.rater_lead(), &[("name", &someone), ("n", &total.to_string())]) }</p>
                <p class="rater-privacy" data-pooled={props.pooled.to_string()}>{ fill(locale.lang, if props.pooled { screens.rater_privacy_pooled() } else { screens.rater_privacy() }, &[("name", &someone)]) }</p>
                <fieldset class="choice-group rater-group" aria-describedby="rater-group-error">
                    <legend>{ fill(locale.lang, screens.rater_group_legend(), &[("name", &someone)]) }</legend>
                    { for Group::ALL.iter().map(|&group| {
                        let checked = form.group == Some(group);
                        let form = form.clone();
                        let onchange = Callback::from(move |_: Event| form.dispatch(Step::Group(group)));
                        html! {
                            <label class="choice">
                                <input type="radio" name="rater-group" value={group.id()}
                                    {checked} {onchange} />
                                <span>{ group_names[group.index()] }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <p id="rater-group-error" class="field-error" role="alert">{ if *start_tried && form.group.is_none() { screens.rater_group_needed() } else { "" } }</p>
                <button type="button" class="button button-primary" onclick={start}>{ screens.rater_start() }</button>
            </section>
        },
        Some(p) if p < total => {
            let choose = |value: char, label: &'static str, key: Option<char>| {
                let checked = form.answers[p] == Some(value);
                let form = form.clone();
                let onclick =
                    Callback::from(move |_: MouseEvent| form.dispatch(Step::Answer(p, value)));
                html! {
                    <label class="likert-option" data-extra={key.is_none().then_some("true")}>
                        <input type="radio" name={format!("rater-{p}")} value={value.to_string()}
                            {checked} {onclick} />
                        if let Some(key) = key {
                            <span class="likert-key" aria-hidden="true">{ key }</span>
                        }
                        <span class="likert-label">{ label }</span>
                    </label>
                }
            };
            let progress = substitute(
                ui.progress_items(),
                &[("n", &(p + 1).to_string()), ("total", &total.to_string())],
            );
            html! {
                <section class="screen item-screen rater" key={format!("rater-{p}")}>
                    { progress_bar(p + 1, total, progress) }
                    <p class="stem" id="rater-stem">{ fill(locale.lang, screens.rater_stem(), &[("name", &someone)]) }</p>
                    <fieldset class="likert" aria-describedby="rater-stem">
                        <legend class="statement"><h1 class="statement-text" tabindex="-1" data-autofocus="true">{ props.statements[p] }</h1></legend>
                        <div class="likert-scale">
                            { choose('1', ui.scale_1(), Some('1')) }
                            { choose('2', ui.scale_2(), Some('2')) }
                            { choose('3', ui.scale_3(), Some('3')) }
                            { choose('4', ui.scale_4(), Some('4')) }
                            { choose('5', ui.scale_5(), Some('5')) }
                        </div>
                        <div class="likert-extra">{ choose('n', screens.rater_not_seen(), None) }</div>
                    </fieldset>
                    <div class="nav-buttons">
                        <button type="button" class="button button-secondary" onclick={back}>{ ui.back() }</button>
                    </div>
                </section>
            }
        }
        Some(_) => {
            let copy = {
                let (code, copied) = ((*code).clone().unwrap_or_default(), copied.clone());
                Callback::from(move |_: MouseEvent| {
                    let (code, copied) = (code.clone(), copied.clone());
                    spawn_local(async move { copied.set(clipboard::copy(&code).await) });
                })
            };
            let leave = {
                let on_leave = props.on_leave.clone();
                Callback::from(move |_: MouseEvent| on_leave.emit(()))
            };
            html! {
                <section class="screen rater" aria-labelledby="rater-done-heading">
                    <h1 id="rater-done-heading" tabindex="-1" data-autofocus="true">{ screens.rater_done_heading() }</h1>
                    <p class="rater-done-lead">{ fill(locale.lang, if props.pooled { screens.rater_done_lead_pooled() } else { screens.rater_done_lead() }, &[("name", &someone)]) }</p>
                    <div class="resume-row">
                        <input id="rater-code" class="resume-code-value" type="text" readonly=true
                            aria-label={screens.rater_code_label()} value={(*code).clone().unwrap_or_default()} />
                        <button type="button" class="button button-primary" onclick={copy}>{ screens.copy() }</button>
                    </div>
                    <p class="field-status" role="status">{ if *copied { screens.copied() } else { "" } }</p>
                    <p><button type="button" class="button button-quiet" onclick={back}>{ screens.rater_change() }</button></p>
                    <p><button type="button" class="button button-quiet" onclick={leave}>{ screens.shared_take_yourself() }</button></p>
                </section>
            }
        }
    }
}
