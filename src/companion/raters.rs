//! Ask colleagues, at the browser edge: invitations with a random request number, the observer
//! form's statements, rater codes and the comparison, for the app's rater and results screens.

use crate::texts;
use radar_core::raters::{clean_name, Comparison, Invite};
use radar_core::record;
use radar_core::report::explain_code_error;
use radar_core::responses::Answer;
use radar_core::result_code::encode_observer;

/// A random number below 2^bits, from the browser (it ties codes to a request; it guards nothing).
fn random(bits: u32) -> u32 {
    (js_sys::Math::random() * f64::from(bits).exp2()) as u32
}

/// A new invitation for the finished results in `record`.
pub fn make_invite(record_text: &str, name: &str) -> Result<String, String> {
    let bank = texts::bank();
    let session = record::decode(bank, record_text).map_err(|e| e.to_string())?;
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

/// `[name, form, statements...]` of an invitation, or why it cannot be used.
pub fn invite_details(text: &str) -> Result<js_sys::Array, String> {
    let invite =
        Invite::decode(text).map_err(|e| explain_code_error(&texts::all(), e).to_string())?;
    let bank = texts::bank();
    let statements = texts::all().observer;
    let out = js_sys::Array::new();
    out.push(&invite.name.as_str().into());
    out.push(&invite.form.id().into());
    for item in bank.sequence(invite.form) {
        out.push(&statements.get(item).copied().unwrap_or_default().into());
    }
    Ok(out)
}

/// A rater code from one character per statement (`1`-`5`, or `n` for no opportunity to observe).
pub fn rater_code(text: &str, answers: &str) -> Result<String, String> {
    let invite =
        Invite::decode(text).map_err(|e| explain_code_error(&texts::all(), e).to_string())?;
    let bank = texts::bank();
    let sequence = bank.sequence(invite.form);
    if answers.len() != sequence.len() {
        return Err("one answer per statement is needed".to_string());
    }
    let mut all = vec![None; bank.items.len()];
    for (&item, c) in sequence.iter().zip(answers.bytes()) {
        all[item] = Some(match c {
            b'1'..=b'5' => Answer::Scale(c - b'0'),
            b'n' => Answer::NoOpportunity,
            _ => return Err("an answer out of range".to_string()),
        });
    }
    encode_observer(bank, invite.form, invite.request, random(16) as u16, &all)
        .ok_or_else(|| "unanswered statements".to_string())
}

/// The comparison document of the person's results with the rater codes in `codes`.
pub fn comparison(record_text: &str, invite_text: &str, codes: &str) -> Result<String, String> {
    let texts = texts::all();
    let session = record::decode(texts.bank, record_text).map_err(|e| e.to_string())?;
    let invite =
        Invite::decode(invite_text).map_err(|e| explain_code_error(&texts, e).to_string())?;
    Ok(Comparison::new(texts.bank, &session, &invite, codes).document(&texts))
}
