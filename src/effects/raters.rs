//! Ask colleagues, at the browser edge: invitations with a random request number, the observer
//! form's statements, rater codes and the comparison, for the rater and results screens.

use radar_core::bank::Form;
use radar_core::flow::Session;
use radar_core::raters::{clean_name, explain_invite_error, Comparison, Invite};
use radar_core::responses::Answer;
use radar_core::result_code::encode_observer;

use crate::texts;

/// A random number below 2^bits, from the browser (it ties codes to a request; it guards nothing).
fn random(bits: u32) -> u32 {
    (js_sys::Math::random() * f64::from(bits).exp2()) as u32
}

/// A new invitation (the rater link's fragment) for the finished `session`, with the first name
/// the person typed (or none); a name that is not a first name is refused in words.
pub fn make_invite(session: &Session, name: &str) -> Result<String, String> {
    if !session.is_complete() {
        return Err("the results are not finished".to_string());
    }
    let name =
        clean_name(name).ok_or_else(|| texts::all().report.invite_name_refused().to_string())?;
    Ok(Invite {
        form: session.form,
        request: random(32),
        name,
    }
    .encode())
}

/// What a rater link holds, as the observer form shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteDetails {
    /// The person's first name, or empty.
    pub name: String,
    /// The form the person took.
    pub form: Form,
    /// The observer statements of that form, in order, in the current language.
    pub statements: Vec<&'static str>,
}

/// Reads a rater link's invitation; a refusal says in words what is wrong.
pub fn invite_details(text: &str) -> Result<InviteDetails, String> {
    let texts = texts::all();
    let invite = Invite::decode(text).map_err(|e| explain_invite_error(&texts, e).to_string())?;
    let statements = texts
        .bank
        .sequence(invite.form)
        .into_iter()
        .map(|item| texts.observer.get(item).copied().unwrap_or_default())
        .collect();
    Ok(InviteDetails {
        name: invite.name,
        form: invite.form,
        statements,
    })
}

/// A colleague's rater code: one answer per statement of the invitation's form, in order.
pub fn rater_code(invite_text: &str, answers: &[Answer]) -> Result<String, String> {
    let texts = texts::all();
    let invite =
        Invite::decode(invite_text).map_err(|e| explain_invite_error(&texts, e).to_string())?;
    let bank = texts.bank;
    let sequence = bank.sequence(invite.form);
    if answers.len() != sequence.len() {
        return Err("one answer per statement is needed".to_string());
    }
    let mut all = vec![None; bank.items.len()];
    for (&item, &answer) in sequence.iter().zip(answers) {
        all[item] = Some(answer);
    }
    encode_observer(bank, invite.form, invite.request, random(16) as u16, &all)
        .ok_or_else(|| "unanswered statements".to_string())
}

/// The comparison document of the person's finished `session` with the rater codes in `codes`.
pub fn comparison(session: &Session, invite_text: &str, codes: &str) -> Result<String, String> {
    let texts = texts::all();
    let invite =
        Invite::decode(invite_text).map_err(|e| explain_invite_error(&texts, e).to_string())?;
    Ok(Comparison::new(texts.bank, session, &invite, codes).document(&texts))
}
